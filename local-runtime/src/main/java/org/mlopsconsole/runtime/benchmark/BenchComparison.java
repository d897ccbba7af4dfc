package org.mlopsconsole.runtime.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Two results side by side (two machines, two model variants, before and after a setting): the
 * points they share (same load, batch and session settings), with B ÷ A ratios. Ratios travel
 * between machines and noisy runs better than absolute figures.
 */
public record BenchComparison(BenchResult a, BenchResult b, List<Row> rows) {

    public BenchComparison {
        rows = List.copyOf(rows);
    }

    /** One shared point; a ratio above 1 means B is higher (more throughput, or more latency). */
    public record Row(PointResult a, PointResult b) {
        public double throughputRatio() {
            return ratio(b.throughput(), a.throughput());
        }

        public double p50Ratio() {
            return ratio(b.latencyMs().p50(), a.latencyMs().p50());
        }

        public double p99Ratio() {
            return ratio(b.latencyMs().p99(), a.latencyMs().p99());
        }

        private static double ratio(double over, double under) {
            return under == 0 ? Double.NaN : over / under;
        }
    }

    /** Pairs the points of {@code b} with those of {@code a} measured at the same settings. */
    public static BenchComparison of(BenchResult a, BenchResult b) {
        List<Row> rows = new ArrayList<>();
        for (PointResult pointA : a.points()) {
            Optional<PointResult> match = b.points().stream()
                    .filter(pointB -> pointB.load().equals(pointA.load())
                            && pointB.batch() == pointA.batch()
                            && pointB.session().equals(pointA.session()))
                    .findFirst();
            match.ifPresent(pointB -> rows.add(new Row(pointA, pointB)));
        }
        return new BenchComparison(a, b, rows);
    }

    /** A Markdown table: the point, A's and B's throughput and p50, and the three ratios. */
    public String toMarkdown() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "A: %s (%s)%nB: %s (%s)%n%n",
                a.fingerprint().target(),
                a.startedAt(),
                b.fingerprint().target(),
                b.startedAt()));
        text.append("| point | A infer/s | B infer/s | B ÷ A throughput | A p50 ms | B p50 ms | B ÷ A p50"
                + " | B ÷ A p99 | stable A/B |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %s/%s |%n",
                    Benchmark.describe(row.a().load(), row.a().batch(), row.a().session()),
                    row.a().throughput(),
                    row.b().throughput(),
                    row.throughputRatio(),
                    row.a().latencyMs().p50(),
                    row.b().latencyMs().p50(),
                    row.p50Ratio(),
                    row.p99Ratio(),
                    row.a().stable() ? "yes" : "no",
                    row.b().stable() ? "yes" : "no"));
        }
        return text.toString();
    }
}
