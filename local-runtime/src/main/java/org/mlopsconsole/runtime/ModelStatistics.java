package org.mlopsconsole.runtime;

import java.util.Map;

/**
 * Triton-style counters for one model version. Each {@link Duration} is a count and the total
 * nanoseconds; batch counts are keyed by batch size.
 *
 * @param inferenceCount inferences run (a batch of n counts n), excluding cache hits
 * @param executionCount {@code session.run} calls
 * @param lastInferenceMillis epoch milliseconds of the last inference, 0 if none
 */
public record ModelStatistics(
        String name,
        long version,
        long lastInferenceMillis,
        long inferenceCount,
        long executionCount,
        Duration success,
        Duration fail,
        Duration queue,
        Duration computeInput,
        Duration computeInfer,
        Duration computeOutput,
        Duration cacheHit,
        Duration cacheMiss,
        Map<Integer, Long> batchCounts) {

    public ModelStatistics {
        batchCounts = Map.copyOf(batchCounts);
    }

    public record Duration(long count, long ns) {}
}
