package org.mlopsconsole.runtime.drift;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Columns of observed values, one per feature (and one for the predictions, if any), in order.
 * Columns may differ in length: a missing value is left out of its column only.
 */
public final class DriftSample {

    private final Map<String, DriftColumn> columns;

    private DriftSample(Map<String, DriftColumn> columns) {
        this.columns = columns;
    }

    /** The columns as given; their names must differ. */
    public static DriftSample of(List<? extends DriftColumn> columns) {
        Map<String, DriftColumn> byName = new LinkedHashMap<>();
        for (DriftColumn column : columns) {
            if (byName.putIfAbsent(column.name(), column) != null) {
                throw new IllegalArgumentException("two columns are named '" + column.name() + "'");
            }
        }
        return new DriftSample(byName);
    }

    /** A sample fed row by row, say from logged requests; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    public List<DriftColumn> columns() {
        return List.copyOf(columns.values());
    }

    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    public Optional<DriftColumn> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    @Override
    public String toString() {
        return "DriftSample" + columns.values();
    }

    /**
     * Collects rows (feature name to value) into columns, keeping at most {@link #maxRows} rows:
     * the first N requests of a model make its reference this way. A column's type is the one
     * declared, else the first value's: a {@link Number} makes it numeric, anything else
     * categorical. Nulls, NaN and infinities are missing values. A number in a categorical
     * column counts as its text; text in a numeric column is an error.
     */
    public static final class Builder {

        private final Map<String, FeatureType> types = new LinkedHashMap<>();
        private final Map<String, List<Object>> values = new LinkedHashMap<>();
        private int maxRows = Integer.MAX_VALUE;
        private int rows;

        private Builder() {}

        public Builder declare(String column, FeatureType type) {
            if (types.containsKey(column)) {
                throw new IllegalArgumentException("column '" + column + "' is declared already");
            }
            types.put(column, type);
            values.put(column, new ArrayList<>());
            return this;
        }

        public Builder maxRows(int maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows is at least 1, not " + maxRows);
            }
            this.maxRows = maxRows;
            return this;
        }

        /** Adds one row unless the sample is full; says whether it did. */
        public boolean addRow(Map<String, ?> row) {
            if (isFull()) {
                return false;
            }
            rows++;
            row.forEach((column, value) -> add(column, value));
            return true;
        }

        public boolean isFull() {
            return rows >= maxRows;
        }

        public int rows() {
            return rows;
        }

        public DriftSample build() {
            List<DriftColumn> columns = new ArrayList<>();
            values.forEach((name, collected) -> columns.add(column(name, types.get(name), collected)));
            return of(columns);
        }

        private void add(String column, Object value) {
            if (value == null || value instanceof Number number && !Double.isFinite(number.doubleValue())) {
                values.computeIfAbsent(column, name -> new ArrayList<>());
                return;
            }
            FeatureType type = types.computeIfAbsent(
                    column, name -> value instanceof Number ? FeatureType.NUMERIC : FeatureType.CATEGORICAL);
            List<Object> collected = values.computeIfAbsent(column, name -> new ArrayList<>());
            if (type == FeatureType.CATEGORICAL) {
                collected.add(String.valueOf(value));
            } else if (value instanceof Number number) {
                collected.add(number.doubleValue());
            } else {
                throw new IllegalArgumentException("row " + rows + ", column '" + column + "': '" + value
                        + "' is not a number, but the column is numeric");
            }
        }

        private static DriftColumn column(String name, FeatureType type, Collection<Object> collected) {
            if (type == FeatureType.CATEGORICAL || type == null) {
                return new DriftColumn.Categorical(
                        name, collected.stream().map(String.class::cast).toList());
            }
            return new DriftColumn.Numeric(
                    name, collected.stream().mapToDouble(Double.class::cast).toArray());
        }
    }
}
