package org.mlopsconsole.runtime.batch.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reads a table file row by row, so a file larger than memory streams through. */
public interface RowReader extends AutoCloseable {

    /** The column names, in file order. */
    List<String> columns() throws IOException;

    /** The next row, empty at the end. */
    Optional<SourceRow> next() throws IOException;

    /** How much of the file has been read, 0 to 1. */
    double fraction();

    @Override
    void close() throws IOException;
}
