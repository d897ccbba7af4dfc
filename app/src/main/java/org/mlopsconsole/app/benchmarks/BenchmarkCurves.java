package org.mlopsconsole.app.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.PointResult;
import org.mlopsconsole.runtime.benchmark.SessionSettings;

/**
 * The curves the Benchmarks section plots from results, as plain numbers: throughput against
 * concurrency (one curve per run and batch), latency percentiles against throughput (one curve per
 * run and percentile), and throughput against batch size (one per run and concurrency).
 */
public final class BenchmarkCurves {

    /** A named line of (x, y) points, sorted by x. */
    public record Curve(String name, List<double[]> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    private BenchmarkCurves() {}

    /** Closed-loop points only: a request rate has no concurrency. */
    public static List<Curve> throughputByConcurrency(String label, BenchResult result) {
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        for (PointResult p : result.points()) {
            if (p.load() instanceof LoadPoint.Concurrency c) {
                curves.computeIfAbsent(label + ", batch " + p.batch() + session(p.session()), k -> new ArrayList<>())
                        .add(new double[] {c.clients(), p.throughput()});
            }
        }
        return sorted(curves);
    }

    /** p50, p95 and p99 against throughput, over every point of the run (batch 1 first). */
    public static List<Curve> latencyByThroughput(String label, BenchResult result) {
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        for (PointResult p : result.points()) {
            curves.computeIfAbsent(label + " p50", k -> new ArrayList<>())
                    .add(new double[] {p.throughput(), p.latencyMs().p50()});
            curves.computeIfAbsent(label + " p95", k -> new ArrayList<>())
                    .add(new double[] {p.throughput(), p.latencyMs().p95()});
            curves.computeIfAbsent(label + " p99", k -> new ArrayList<>())
                    .add(new double[] {p.throughput(), p.latencyMs().p99()});
        }
        return sorted(curves);
    }

    /** Throughput against batch size, one curve per load level; empty when the run had one batch size. */
    public static List<Curve> throughputByBatch(String label, BenchResult result) {
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        for (PointResult p : result.points()) {
            curves.computeIfAbsent(
                            label + ", " + org.mlopsconsole.runtime.benchmark.Benchmark.describe(p.load())
                                    + session(p.session()),
                            k -> new ArrayList<>())
                    .add(new double[] {p.batch(), p.throughput()});
        }
        curves.values().removeIf(points -> points.size() < 2);
        return sorted(curves);
    }

    private static String session(Optional<SessionSettings> session) {
        // The default settings go unnamed; a sweep names the threads it varied.
        return session.filter(s -> !s.equals(SessionSettings.defaults()))
                .map(s -> ", " + s.label())
                .orElse("");
    }

    private static List<Curve> sorted(Map<String, List<double[]>> curves) {
        List<Curve> result = new ArrayList<>();
        curves.forEach((name, points) -> {
            List<double[]> ordered = new ArrayList<>(points);
            ordered.sort(Comparator.comparingDouble(point -> point[0]));
            result.add(new Curve(name, ordered));
        });
        return result;
    }
}
