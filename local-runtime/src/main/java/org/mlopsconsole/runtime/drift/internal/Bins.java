package org.mlopsconsole.runtime.drift.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlopsconsole.runtime.drift.DriftColumn;

/**
 * Counts and shares of two samples over common bins, as Evidently's {@code get_binned_data}
 * makes them: numeric columns with more than 20 distinct reference values in NumPy's Sturges
 * bins over both samples ({@code np.histogram_bin_edges(..., bins="sturges")}), everything else
 * one bin per value, in sorted order.
 */
public final class Bins {

    /** Numeric columns with more distinct reference values than this are cut into Sturges bins. */
    static final int MAX_DISTINCT_FOR_VALUE_BINS = 20;

    /** Evidently's fill for empty bins (PSI): 0.0001, or a millionth of the smallest share. */
    private static final double EMPTY_SHARE = 0.0001;

    private Bins() {}

    /** Counts of the reference and of the current sample in the same bins. */
    public record Counts(long[] reference, long[] current) {

        public int bins() {
            return reference.length;
        }

        double[] referenceShares() {
            return shares(reference);
        }

        double[] currentShares() {
            return shares(current);
        }

        private static double[] shares(long[] counts) {
            long total = Arrays.stream(counts).sum();
            return Arrays.stream(counts)
                    .mapToDouble(count -> count / (double) total)
                    .toArray();
        }
    }

    /** Shares over the same bins; with {@code fillEmpty}, empty bins get Evidently's small share. */
    public record Shares(double[] reference, double[] current) {}

    public static Shares shares(DriftColumn reference, DriftColumn current, boolean fillEmpty) {
        Counts counts = histogramOrValues(reference, current);
        double[] ref = counts.referenceShares();
        double[] cur = counts.currentShares();
        if (fillEmpty) {
            fillEmpty(ref);
            fillEmpty(cur);
        }
        return new Shares(ref, cur);
    }

    static Counts histogramOrValues(DriftColumn reference, DriftColumn current) {
        if (reference instanceof DriftColumn.Numeric ref
                && current instanceof DriftColumn.Numeric cur
                && distinct(ref.values()) > MAX_DISTINCT_FOR_VALUE_BINS) {
            double[] edges = sturgesEdges(concat(ref.values(), cur.values()));
            return new Counts(histogram(ref.values(), edges), histogram(cur.values(), edges));
        }
        return valueCounts(reference, current);
    }

    /** One bin per value seen in either sample, in sorted order. */
    public static Counts valueCounts(DriftColumn reference, DriftColumn current) {
        if (reference instanceof DriftColumn.Numeric ref && current instanceof DriftColumn.Numeric cur) {
            return valueCounts(boxed(ref.values()), boxed(cur.values()));
        }
        return valueCounts(labels(reference), labels(current));
    }

    /** Distinct values in both samples together (pandas' {@code nunique} of the concatenation). */
    public static int distinctTogether(DriftColumn reference, DriftColumn current) {
        return valueCounts(reference, current).bins();
    }

    /**
     * NumPy's Sturges edges: width {@code ptp / (log2(n) + 1)}, {@code ceil(range / width)} equal
     * bins from the minimum to the maximum, edges as {@code np.linspace} computes them.
     */
    static double[] sturgesEdges(double[] values) {
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        double first = min;
        double last = max;
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        double width = (max - min) / (log2(values.length) + 1.0);
        int bins = width != 0 ? (int) Math.ceil((last - first) / width) : 1;
        return linspace(first, last, bins + 1);
    }

    /** {@code np.linspace(first, last, count)}: {@code i * step + first}, the last edge exact. */
    private static double[] linspace(double first, double last, int count) {
        int divisions = count - 1;
        double delta = last - first;
        double step = delta / divisions;
        double[] edges = new double[count];
        for (int i = 0; i < count; i++) {
            edges[i] = step == 0 ? i / (double) divisions * delta + first : i * step + first;
        }
        edges[count - 1] = last;
        return edges;
    }

    /** {@code np.histogram(values, edges)}: bins closed on the left, the last one on both sides. */
    static long[] histogram(double[] values, double[] edges) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        long[] counts = new long[edges.length - 1];
        for (int i = 0; i < counts.length; i++) {
            boolean lastBin = i == counts.length - 1;
            counts[i] = countBelow(sorted, edges[i + 1], lastBin) - countBelow(sorted, edges[i], false);
        }
        return counts;
    }

    /** {@code np.log2} for a count: exact on powers of two, where the bin count is an integer. */
    private static double log2(int n) {
        return Integer.bitCount(n) == 1 ? Integer.numberOfTrailingZeros(n) : Math.log(n) / Math.log(2);
    }

    private static void fillEmpty(double[] shares) {
        double smallest = Arrays.stream(shares).filter(s -> s != 0).min().orElse(EMPTY_SHARE);
        double fill = smallest <= EMPTY_SHARE ? smallest / 1e6 : EMPTY_SHARE;
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] == 0) {
                shares[i] = fill;
            }
        }
    }

    private static <K extends Comparable<K>> Counts valueCounts(List<K> reference, List<K> current) {
        Map<K, long[]> counts = new TreeMap<>();
        reference.forEach(value -> counts.computeIfAbsent(value, k -> new long[2])[0]++);
        current.forEach(value -> counts.computeIfAbsent(value, k -> new long[2])[1]++);
        return new Counts(column(counts, 0), column(counts, 1));
    }

    private static <K> long[] column(Map<K, long[]> counts, int side) {
        return counts.values().stream().mapToLong(pair -> pair[side]).toArray();
    }

    private static int distinct(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = sorted.length == 0 ? 0 : 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** Boxed, with -0.0 as 0.0: the two are one value, as in pandas. */
    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).map(v -> v + 0.0).boxed().toList();
    }

    private static List<String> labels(DriftColumn column) {
        if (column instanceof DriftColumn.Categorical categorical) {
            return categorical.values();
        }
        return Arrays.stream(((DriftColumn.Numeric) column).values())
                .mapToObj(Double::toString)
                .toList();
    }

    static double[] concat(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** How many sorted values are under {@code key}, or at most {@code key} when {@code inclusive}. */
    static int countBelow(double[] sorted, double key, boolean inclusive) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key || inclusive && sorted[mid] == key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
