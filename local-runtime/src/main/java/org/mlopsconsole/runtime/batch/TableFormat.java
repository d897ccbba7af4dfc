package org.mlopsconsole.runtime.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats batch scoring reads and writes; the output is always in the input's format. */
public enum TableFormat {
    /** A header row naming the columns, then one row per line (RFC 4180 quoting). */
    CSV("csv", List.of(".csv")),
    /** One JSON object per line; a feature is a number, a text or an array of numbers. */
    JSON_LINES("jsonl", List.of(".jsonl", ".ndjson")),
    /** Apache Parquet with flat columns (numbers, booleans, strings). */
    PARQUET("parquet", List.of(".parquet", ".pq"));

    private final String id;
    private final List<String> extensions;

    TableFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The name {@code --format} takes. */
    public String id() {
        return id;
    }

    /** The format a file name's extension says, if it says one. */
    public static Optional<TableFormat> fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.extensions.stream().anyMatch(name::endsWith))
                .findFirst();
    }

    public static Optional<TableFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }
}
