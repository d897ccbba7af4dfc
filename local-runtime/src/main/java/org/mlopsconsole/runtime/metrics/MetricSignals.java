package org.mlopsconsole.runtime.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.mlopsconsole.runtime.alerts.SignalSource;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot.ModelMetrics;

/**
 * The metrics as signals for alert rules. Per model (all its versions together) over the recent
 * window: {@code throughput_per_second}, {@code failures_per_second}, {@code error_ratio},
 * {@code latency_p50_ms}, {@code latency_p95_ms}, {@code latency_p99_ms}, {@code pending_requests},
 * {@code batch_size_mean}. For the process, whatever the model: {@code cpu_usage} (0 to 1),
 * {@code resident_bytes}, {@code open_files}, {@code repository_bytes}, {@code disk_used_bytes},
 * {@code disk_free_bytes}. One snapshot serves all the rules of an evaluation.
 */
final class MetricSignals implements SignalSource {

    private static final Duration REUSE = Duration.ofMillis(250);
    private static final Map<String, ToDoubleFunction<ModelMetrics>> PER_VERSION = Map.of(
            "throughput_per_second", m -> m.recent().throughputPerSecond(),
            "failures_per_second", m -> m.recent().failuresPerSecond(),
            "pending_requests", ModelMetrics::pendingRequests);
    private static final Map<String, ToDoubleFunction<ModelMetrics>> WORST_VERSION = Map.of(
            "latency_p50_ms", m -> m.recent().p50Millis(),
            "latency_p95_ms", m -> m.recent().p95Millis(),
            "latency_p99_ms", m -> m.recent().p99Millis(),
            "batch_size_mean", m -> m.recent().meanBatchSize());
    private static final Set<String> PROCESS = Set.of(
            "cpu_usage", "resident_bytes", "open_files", "repository_bytes", "disk_used_bytes", "disk_free_bytes");

    private final Supplier<MetricsSnapshot> snapshots;
    private final Clock clock;
    private MetricsSnapshot last;
    private Instant lastAt = Instant.MIN;

    MetricSignals(Supplier<MetricsSnapshot> snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public Set<String> signals() {
        java.util.Set<String> all = new java.util.TreeSet<>(PROCESS);
        all.addAll(PER_VERSION.keySet());
        all.addAll(WORST_VERSION.keySet());
        all.add("error_ratio");
        return Set.copyOf(all);
    }

    @Override
    public OptionalDouble read(String model, String signal) {
        MetricsSnapshot snapshot = snapshot();
        if (PROCESS.contains(signal)) {
            return process(snapshot, signal);
        }
        List<ModelMetrics> versions =
                snapshot.models().stream().filter(m -> m.model().equals(model)).toList();
        if (versions.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (signal.equals("error_ratio")) {
            double failures = sum(versions, PER_VERSION.get("failures_per_second"));
            double all = failures + sum(versions, PER_VERSION.get("throughput_per_second"));
            return all == 0 ? OptionalDouble.of(0) : OptionalDouble.of(failures / all);
        }
        if (PER_VERSION.containsKey(signal)) {
            return OptionalDouble.of(sum(versions, PER_VERSION.get(signal)));
        }
        if (WORST_VERSION.containsKey(signal)) {
            return versions.stream().mapToDouble(WORST_VERSION.get(signal)).max();
        }
        return OptionalDouble.empty();
    }

    private static double sum(List<ModelMetrics> versions, ToDoubleFunction<ModelMetrics> figure) {
        return versions.stream().mapToDouble(figure).sum();
    }

    private static OptionalDouble process(MetricsSnapshot snapshot, String signal) {
        return switch (signal) {
            case "cpu_usage" -> snapshot.process().cpuUsage();
            case "resident_bytes" -> asDouble(snapshot.process().residentBytes());
            case "open_files" -> asDouble(snapshot.process().openFiles());
            case "repository_bytes" -> OptionalDouble.of(snapshot.disk().repositoryBytes());
            case "disk_used_bytes" -> asDouble(snapshot.disk().diskUsedBytes());
            default -> asDouble(snapshot.disk().diskFreeBytes());
        };
    }

    private static OptionalDouble asDouble(java.util.OptionalLong value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
    }

    private synchronized MetricsSnapshot snapshot() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(REUSE))) {
            last = snapshots.get();
            lastAt = now;
        }
        return last;
    }
}
