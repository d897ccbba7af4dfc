package org.mlopsconsole.runtime.benchmark;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A finished benchmark: the fingerprint once, the generator's overhead once, and one result per
 * measured point. {@link BenchResultFiles} writes and reads it (format version {@value
 * BenchResultFiles#FORMAT_VERSION}).
 */
public record BenchResult(
        Instant startedAt,
        Fingerprint fingerprint,
        GeneratorOverhead generator,
        List<PointResult> points,
        OptionalDouble maxP99Ms) {

    public BenchResult {
        points = List.copyOf(points);
    }

    /** The stable, error-free point with the highest throughput within the p99 constraint (if any). */
    public Optional<PointResult> best() {
        return best(points, maxP99Ms);
    }

    public static Optional<PointResult> best(List<PointResult> points, OptionalDouble maxP99Ms) {
        return points.stream()
                .filter(PointResult::stable)
                .filter(point -> point.errorCount() == 0)
                .filter(point -> maxP99Ms.isEmpty() || point.latencyMs().p99() <= maxP99Ms.getAsDouble())
                .max(Comparator.comparingDouble(PointResult::throughput));
    }
}
