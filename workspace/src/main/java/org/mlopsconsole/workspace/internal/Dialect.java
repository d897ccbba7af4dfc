package org.mlopsconsole.workspace.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place where H2 and PostgreSQL SQL differ: the single-statement upsert. Every other
 * statement, and every migration, is the same on both.
 */
enum Dialect {
    /** {@code MERGE INTO ... USING ... WHEN MATCHED ... WHEN NOT MATCHED ...} (SQL:2008). */
    H2 {
        @Override
        String upsert(String table, List<Column> keys, List<Column> values, boolean versioned) {
            List<Column> all = Stream.concat(keys.stream(), values.stream()).toList();
            String source = all.stream()
                    .map(c -> "CAST(? AS " + c.type() + ") AS " + c.name())
                    .collect(Collectors.joining(", "));
            String on =
                    keys.stream().map(c -> "t." + c.name() + " = s." + c.name()).collect(Collectors.joining(" AND "));
            String set = values.stream().map(c -> c.name() + " = s." + c.name()).collect(Collectors.joining(", "));
            String columns = all.stream().map(Column::name).collect(Collectors.joining(", "));
            String inserted = all.stream().map(c -> "s." + c.name()).collect(Collectors.joining(", "));
            return "MERGE INTO " + table + " t USING (SELECT " + source + ") s ON (" + on + ")"
                    + (versioned
                            ? " WHEN MATCHED AND t.version = ? THEN UPDATE SET " + set + ", version = t.version + 1"
                                    + " WHEN NOT MATCHED THEN INSERT (" + columns + ", version) VALUES (" + inserted
                                    + ", 1)"
                            : " WHEN MATCHED THEN UPDATE SET " + set + " WHEN NOT MATCHED THEN INSERT (" + columns
                                    + ") VALUES (" + inserted + ")");
        }
    },
    /** {@code INSERT ... ON CONFLICT ... DO UPDATE}: race-free where PostgreSQL's MERGE is not. */
    POSTGRES {
        @Override
        String upsert(String table, List<Column> keys, List<Column> values, boolean versioned) {
            List<Column> all = Stream.concat(keys.stream(), values.stream()).toList();
            String columns = all.stream().map(Column::name).collect(Collectors.joining(", "));
            String placeholders = all.stream().map(c -> "?").collect(Collectors.joining(", "));
            String key = keys.stream().map(Column::name).collect(Collectors.joining(", "));
            String set = values.stream()
                    .map(c -> c.name() + " = EXCLUDED." + c.name())
                    .collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " AS t (" + columns + (versioned ? ", version" : "") + ") VALUES ("
                    + placeholders + (versioned ? ", 1" : "") + ") ON CONFLICT (" + key + ") DO UPDATE SET " + set
                    + (versioned ? ", version = t.version + 1 WHERE t.version = ?" : "");
        }
    };

    /** A column and its SQL type (H2 needs the type of a parameter in MERGE's source). */
    record Column(String name, String type) {}

    /**
     * One statement that inserts the row or updates it. Parameters: the keys, then the values, then
     * (when {@code versioned}) the version the row must still have; a new row gets version 1, an
     * updated one its version plus one, and a row whose version differs is left alone (0 rows).
     */
    abstract String upsert(String table, List<Column> keys, List<Column> values, boolean versioned);
}
