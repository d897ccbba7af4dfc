package org.mlopsconsole.runtime.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What the runtime's metrics say at one moment, for a screen that polls once a second: totals since
 * the metrics were attached, and the recent figures (throughput, latency percentiles, batch size,
 * errors) over a sliding window of the last seconds.
 *
 * @param models one entry per served model version that has seen a request, by model then version
 * @param currentVariants each variant group's variant after its latest switch
 * @param droppedEvents observer events the runtime dropped (figures may then undercount)
 */
public record MetricsSnapshot(
        Instant at,
        List<ModelMetrics> models,
        Map<String, String> currentVariants,
        ProcessMetrics process,
        DiskMetrics disk,
        long droppedEvents) {

    public MetricsSnapshot {
        models = List.copyOf(models);
        currentVariants = Map.copyOf(currentVariants);
    }

    /** The entry of a model's version, if it has seen a request. */
    public Optional<ModelMetrics> model(String model, long version) {
        return models.stream()
                .filter(entry -> entry.model().equals(model) && entry.version() == version)
                .findFirst();
    }

    /**
     * Counts since the metrics were attached and the recent figures of one model version; a variant
     * group's requests count for the variant that served them.
     *
     * @param failuresByReason Triton's reasons: REJECTED, CANCELED, BACKEND, OTHER
     * @param pendingRequests queued and not yet executing
     */
    public record ModelMetrics(
            String model,
            long version,
            long successes,
            long failures,
            Map<String, Long> failuresByReason,
            long inferences,
            long executions,
            long cacheHits,
            int pendingRequests,
            Recent recent) {

        public ModelMetrics {
            failuresByReason = Map.copyOf(failuresByReason);
        }
    }

    /** Figures over the last {@code window}; latencies are 0 when no request was answered in it. */
    public record Recent(
            Duration window,
            double throughputPerSecond,
            double failuresPerSecond,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            double meanBatchSize) {}

    /** @param cpuUsage the share of all cores this process used recently, 0 to 1 */
    public record ProcessMetrics(OptionalDouble cpuUsage, OptionalLong residentBytes, OptionalLong openFiles) {}

    /** @param repositoryBytes the model repository's files (measured at most every 30 s) */
    public record DiskMetrics(long repositoryBytes, OptionalLong diskUsedBytes, OptionalLong diskFreeBytes) {}
}
