package org.mlopsconsole.runtime.drift;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One feature's observed values; missing values are simply left out. */
public sealed interface DriftColumn permits DriftColumn.Numeric, DriftColumn.Categorical {

    String name();

    FeatureType type();

    int size();

    /** Finite numbers. */
    record Numeric(String name, double[] values) implements DriftColumn {

        public Numeric {
            Objects.requireNonNull(name, "name");
            values = values.clone();
            for (double value : values) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("column '" + name + "' holds " + value + "; values are finite");
                }
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public FeatureType type() {
            return FeatureType.NUMERIC;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Numeric that && name.equals(that.name) && Arrays.equals(values, that.values);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Numeric[" + name + ", " + values.length + " values]";
        }
    }

    /** Category labels, compared as exact strings. */
    record Categorical(String name, List<String> values) implements DriftColumn {

        public Categorical {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        @Override
        public FeatureType type() {
            return FeatureType.CATEGORICAL;
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public String toString() {
            return "Categorical[" + name + ", " + values.size() + " values]";
        }
    }
}
