package org.mlopsconsole.runtime.batch;

/**
 * A row that cannot be scored.
 *
 * @param line where it is: the line in a CSV or JSON Lines file (the header is line 1 of a CSV
 *     file), the row number from 1 in a Parquet file
 * @param reason what is wrong, naming the column
 */
public record BadRow(long line, String reason) {

    /** "line 17: ..." or "row 17: ...", as a person reads it. */
    public String describe(TableFormat format) {
        return (format == TableFormat.PARQUET ? "row " : "line ") + line + ": " + reason;
    }
}
