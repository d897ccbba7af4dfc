package org.mlopsconsole.runtime.drift.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.drift.DriftColumn;
import org.mlopsconsole.runtime.drift.DriftInputException;
import org.mlopsconsole.runtime.drift.DriftSample;
import org.mlopsconsole.runtime.drift.FeatureType;

/**
 * Turns CSV tables into drift samples. An empty cell is a missing value. A column's type is the
 * one declared, else that of its first value (reference first): a decimal number makes it
 * numeric, anything else categorical; a later value of the other kind is an error at its cell.
 */
public final class CsvColumns {

    /** Plain decimal numbers: 12, -0.5, .5, 1e-3; not NaN, Infinity, hex or 1,000. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvColumns() {}

    /** The first value that fixed a column's type, to point at in an error. */
    private record Origin(FeatureType type, CsvTable table, long line) {}

    /** The tables' samples, in the first table's column order; each has every column of the first. */
    public static List<DriftSample> samples(List<CsvTable> tables, Map<String, FeatureType> declared) {
        CsvTable first = tables.get(0);
        for (String name : declared.keySet()) {
            if (!first.header().contains(name)) {
                throw DriftInputException.atLine(
                        first.file(),
                        1,
                        "no column '" + name + "' (declared "
                                + declared.get(name).id() + "); the columns are " + String.join(", ", first.header()));
            }
        }
        tables.subList(1, tables.size()).forEach(table -> requireSameColumns(first, table));
        Map<String, Origin> types = new LinkedHashMap<>();
        for (String name : first.header()) {
            types.put(name, type(tables, name, Optional.ofNullable(declared.get(name))));
        }
        List<DriftSample> samples = new ArrayList<>();
        for (CsvTable table : tables) {
            List<DriftColumn> columns = new ArrayList<>();
            types.forEach((name, origin) -> columns.add(column(table, name, origin.type())));
            samples.add(DriftSample.of(columns));
        }
        return samples;
    }

    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches() && Double.isFinite(Double.parseDouble(cell));
    }

    private static void requireSameColumns(CsvTable reference, CsvTable other) {
        List<String> missing = reference.header().stream()
                .filter(name -> !other.header().contains(name))
                .toList();
        if (!missing.isEmpty()) {
            throw DriftInputException.atLine(
                    other.file(), 1, "no column " + quoted(missing) + " of " + reference.file());
        }
        List<String> extra = other.header().stream()
                .filter(name -> !reference.header().contains(name))
                .toList();
        if (!extra.isEmpty()) {
            throw DriftInputException.atLine(
                    other.file(), 1, "column " + quoted(extra) + " not in " + reference.file());
        }
    }

    private static Origin type(List<CsvTable> tables, String name, Optional<FeatureType> declared) {
        Origin origin = declared.map(type -> new Origin(type, tables.get(0), 0)).orElse(null);
        for (CsvTable table : tables) {
            int index = table.columnIndex().get(name);
            for (CsvTable.Row row : table.rows()) {
                String cell = row.cells().get(index);
                if (cell.isEmpty()) {
                    continue;
                }
                FeatureType kind = isNumber(cell) ? FeatureType.NUMERIC : FeatureType.CATEGORICAL;
                if (origin == null) {
                    origin = new Origin(kind, table, row.line());
                } else if (origin.type() == FeatureType.NUMERIC && kind == FeatureType.CATEGORICAL
                        || origin.type() == FeatureType.CATEGORICAL
                                && kind == FeatureType.NUMERIC
                                && origin.line() > 0) {
                    throw mixed(table, row, index, name, cell, origin);
                }
            }
        }
        if (origin == null) {
            throw DriftInputException.atCell(
                    tables.get(0).file(), 0, tables.get(0).columnIndex().get(name) + 1, name, "no values in any file");
        }
        return origin;
    }

    private static DriftInputException mixed(
            CsvTable table, CsvTable.Row row, int index, String name, String cell, Origin origin) {
        String since =
                origin.line() > 0 ? " (from " + origin.table().file() + ":" + origin.line() + ")" : " (declared)";
        String problem = origin.type() == FeatureType.NUMERIC
                ? "'" + cell + "' is not a number, but the column is numeric" + since
                        + "; declare it categorical to compare its values as categories"
                : "'" + cell + "' is a number, but the column is categorical" + since
                        + "; declare it categorical to compare all its values as categories";
        return DriftInputException.atCell(table.file(), row.line(), index + 1, name, problem);
    }

    private static DriftColumn column(CsvTable table, String name, FeatureType type) {
        int index = table.columnIndex().get(name);
        List<String> cells = table.rows().stream()
                .map(row -> row.cells().get(index))
                .filter(cell -> !cell.isEmpty())
                .toList();
        if (type == FeatureType.NUMERIC) {
            return new DriftColumn.Numeric(
                    name, cells.stream().mapToDouble(Double::parseDouble).toArray());
        }
        return new DriftColumn.Categorical(name, cells);
    }

    private static String quoted(List<String> names) {
        return "'" + String.join("', '", names) + "'";
    }
}
