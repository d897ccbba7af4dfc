package org.mlopsconsole.runtime.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.runtime.drift.DriftColumn;
import org.mlopsconsole.runtime.drift.DriftSample;

/** Reference and current shares per feature over common bins, for drawing the two side by side. */
final class Distributions {

    static final int NUMERIC_BINS = 10;
    static final int MAX_CATEGORIES = 20;

    private Distributions() {}

    static List<FeatureDistribution> of(DriftSample reference, DriftSample current) {
        List<FeatureDistribution> all = new ArrayList<>();
        for (DriftColumn column : reference.columns()) {
            Optional<DriftColumn> other = current.column(column.name());
            if (other.isEmpty() || other.get().type() != column.type()) {
                continue;
            }
            if (column instanceof DriftColumn.Numeric numeric) {
                all.add(numeric(numeric, (DriftColumn.Numeric) other.get()));
            } else {
                all.add(categorical((DriftColumn.Categorical) column, (DriftColumn.Categorical) other.get()));
            }
        }
        return all;
    }

    private static FeatureDistribution numeric(DriftColumn.Numeric reference, DriftColumn.Numeric current) {
        double[] values = reference.values();
        double min = java.util.Arrays.stream(values).min().orElse(0);
        double max = java.util.Arrays.stream(values).max().orElse(0);
        double width = max > min ? (max - min) / NUMERIC_BINS : 1;
        List<String> bins = new ArrayList<>();
        for (int bin = 0; bin < NUMERIC_BINS; bin++) {
            bins.add(String.format(Locale.ROOT, "%.3g", min + bin * width));
        }
        return new FeatureDistribution(
                reference.name(), bins, shares(values, min, width), shares(current.values(), min, width));
    }

    private static List<Double> shares(double[] values, double min, double width) {
        double[] counts = new double[NUMERIC_BINS];
        for (double value : values) {
            int bin = (int) Math.floor((value - min) / width);
            counts[Math.max(0, Math.min(NUMERIC_BINS - 1, bin))]++;
        }
        List<Double> shares = new ArrayList<>();
        for (double count : counts) {
            shares.add(values.length == 0 ? 0 : count / values.length);
        }
        return shares;
    }

    private static FeatureDistribution categorical(DriftColumn.Categorical reference, DriftColumn.Categorical current) {
        Map<String, Long> referenceCounts = counts(reference.values());
        Map<String, Long> currentCounts = counts(current.values());
        List<String> bins = new ArrayList<>(referenceCounts.keySet());
        currentCounts.keySet().stream()
                .filter(c -> !referenceCounts.containsKey(c))
                .forEach(bins::add);
        bins.sort(Comparator.comparingLong(
                (String c) -> -referenceCounts.getOrDefault(c, 0L) - currentCounts.getOrDefault(c, 0L)));
        List<String> shown = bins.subList(0, Math.min(MAX_CATEGORIES, bins.size()));
        return new FeatureDistribution(
                reference.name(),
                shown,
                shown.stream()
                        .map(c -> share(referenceCounts, c, reference.size()))
                        .toList(),
                shown.stream().map(c -> share(currentCounts, c, current.size())).toList());
    }

    private static double share(Map<String, Long> counts, String category, int total) {
        return total == 0 ? 0 : (double) counts.getOrDefault(category, 0L) / total;
    }

    private static Map<String, Long> counts(List<String> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach(value -> counts.merge(value, 1L, Long::sum));
        return counts;
    }
}
