package org.mlopsconsole.runtime.drift;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A data file that cannot be compared, with where: the file, the line (1 is the header) and the
 * column (1-based, with its name) where that applies. The message starts with {@code file:line:}.
 */
public final class DriftInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final int column;
    private final String columnName;

    private DriftInputException(String message, Path file, long line, int column, String columnName) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
    }

    /** A problem with the whole file. */
    public static DriftInputException inFile(Path file, String problem) {
        return new DriftInputException(file + ": " + problem, file, 0, 0, null);
    }

    /** A problem with one line. */
    public static DriftInputException atLine(Path file, long line, String problem) {
        return new DriftInputException(file + ":" + line + ": " + problem, file, line, 0, null);
    }

    /** A problem with one cell, or with a column (line 0: the column as a whole). */
    public static DriftInputException atCell(Path file, long line, int column, String columnName, String problem) {
        String where = line > 0 ? file + ":" + line + ": " : file + ": ";
        return new DriftInputException(
                where + "column " + column + " '" + columnName + "': " + problem, file, line, column, columnName);
    }

    public Path file() {
        return file;
    }

    /** The line, 1 for the header; empty when the problem is the whole file or column. */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /** The 1-based column, where the problem is in one. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    public Optional<String> columnName() {
        return Optional.ofNullable(columnName);
    }
}
