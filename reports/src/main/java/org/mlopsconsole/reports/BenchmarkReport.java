package org.mlopsconsole.reports;

import java.util.List;
import java.util.Optional;

/**
 * Benchmark results for a workbook, as plain values: the reports module does not know the
 * runtime, so the caller maps its results and their comparison to these records.
 *
 * @param runs one or more runs, each with its fingerprint and its measured points
 * @param comparison B ÷ A of two runs, when two are compared
 */
public record BenchmarkReport(List<Run> runs, Optional<Comparison> comparison) {

    public BenchmarkReport {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a benchmark report needs at least one run");
        }
    }

    /**
     * @param fingerprint the machine and settings, as name and value, in the order to show them
     */
    public record Run(String label, String startedAt, List<Fact> fingerprint, List<Point> points) {
        public Run {
            fingerprint = List.copyOf(fingerprint);
            points = List.copyOf(points);
        }
    }

    public record Fact(String name, String value) {}

    /**
     * One measured point, latencies in milliseconds.
     *
     * @param point its settings in words, e.g. {@code concurrency 4, batch 8}
     * @param throughput inferences per second
     */
    public record Point(
            String point,
            double throughput,
            double p50,
            double p90,
            double p95,
            double p99,
            double max,
            long errors,
            boolean stable,
            int trials) {}

    /** Two runs side by side: the points both measured, and what their fingerprints differ in. */
    public record Comparison(String labelA, String labelB, List<Ratio> rows, List<Difference> differences) {
        public Comparison {
            rows = List.copyOf(rows);
            differences = List.copyOf(differences);
        }
    }

    /** A shared point; a ratio without a base (A measured 0) is NaN and left blank. */
    public record Ratio(
            String point,
            double throughputA,
            double throughputB,
            double throughputRatio,
            double p50Ratio,
            double p95Ratio,
            double p99Ratio,
            boolean bothStable) {}

    public record Difference(String field, String a, String b) {}
}
