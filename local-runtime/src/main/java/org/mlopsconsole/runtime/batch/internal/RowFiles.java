package org.mlopsconsole.runtime.batch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mlopsconsole.runtime.batch.TableFormat;

/** Opens the reader and writer of a format. */
public final class RowFiles {

    private RowFiles() {}

    public static RowReader open(TableFormat format, Path file) throws IOException {
        return switch (format) {
            case CSV -> new CsvRows.Reader(file);
            case JSON_LINES -> new JsonLinesRows.Reader(file);
            case PARQUET -> new ParquetRows.Reader(file);
        };
    }

    /** A writer of {@code reader}'s rows, in its format, with these output columns appended. */
    public static RowWriter create(RowReader reader, Path file, List<OutputColumn> outputs) throws IOException {
        if (reader instanceof CsvRows.Reader) {
            return new CsvRows.Writer(file, reader.columns(), outputs);
        }
        if (reader instanceof ParquetRows.Reader parquet) {
            return new ParquetRows.Writer(file, parquet.schema(), outputs);
        }
        return new JsonLinesRows.Writer(file);
    }
}
