package org.mlopsconsole.runtime.batch.internal;

import java.util.Optional;

/**
 * One row as a reader found it.
 *
 * @param line the line (text files) or row number (Parquet) it is at
 * @param cells one per column of the reader: a String, a Number, a Boolean, a List of those (a
 *     JSON array, a repeated Parquet field), or null where the row has no value
 * @param original the row in its file's own form, for the writer to copy unchanged
 * @param problem why the row cannot be read at all (wrong column count, not JSON)
 */
public record SourceRow(long line, Object[] cells, Object original, Optional<String> problem) {

    static SourceRow bad(long line, String problem) {
        return new SourceRow(line, new Object[0], null, Optional.of(problem));
    }
}
