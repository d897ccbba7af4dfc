package org.mlopsconsole.runtime;

import java.util.List;
import java.util.Map;

/**
 * One model version's statistics, field by field as Triton's statistics extension
 * ({@code docs/protocol/extension_statistics.md}, {@code $model_stat}) defines them.
 *
 * @param lastInferenceMillis {@code last_inference}: epoch milliseconds of the last inference, 0 if none
 * @param inferenceCount {@code inference_count}: inferences run (a batch of n counts n), excluding cache hits
 * @param executionCount {@code execution_count}: model executions, excluding cache hits
 * @param inferenceStats {@code inference_stats}
 * @param responseStats {@code response_stats} by response index; a model here answers each request
 *     with one response, so the only key is {@code "0"}
 * @param batchStats {@code batch_stats}, one per batch size executed, ascending
 * @param memoryUsage {@code memory_usage} detected at load
 */
public record ModelStatistics(
        String name,
        long version,
        long lastInferenceMillis,
        long inferenceCount,
        long executionCount,
        InferenceStats inferenceStats,
        Map<String, ResponseStats> responseStats,
        List<BatchStats> batchStats,
        List<MemoryUsage> memoryUsage) {

    public ModelStatistics {
        responseStats = Map.copyOf(responseStats);
        batchStats = List.copyOf(batchStats);
        memoryUsage = List.copyOf(memoryUsage);
    }

    /** Triton's {@code $duration_stat}: how often it was collected and the total nanoseconds. */
    public record Duration(long count, long ns) {
        public static final Duration NONE = new Duration(0, 0);
    }

    /**
     * Triton's {@code $inference_stats}. {@code success} and {@code queue} include cache hits; the
     * compute durations do not.
     */
    public record InferenceStats(
            Duration success,
            Duration fail,
            Duration queue,
            Duration computeInput,
            Duration computeInfer,
            Duration computeOutput,
            Duration cacheHit,
            Duration cacheMiss) {}

    /**
     * Triton's {@code $response_stats}: {@code success} and {@code fail} last the sum of the infer
     * and output durations, {@code empty_response} the infer duration; {@code cancel} stays zero
     * (nothing here cancels an admitted request).
     */
    public record ResponseStats(
            Duration computeInfer,
            Duration computeOutput,
            Duration success,
            Duration fail,
            Duration emptyResponse,
            Duration cancel) {}

    /** Triton's {@code $batch_stats}: the compute durations of the executions of one batch size. */
    public record BatchStats(int batchSize, Duration computeInput, Duration computeInfer, Duration computeOutput) {}

    /**
     * Triton's {@code $memory_usage}.
     *
     * @param type {@code "CPU"}, {@code "CPU_PINNED"} or {@code "GPU"}
     * @param id the device
     */
    public record MemoryUsage(String type, long id, long byteSize) {}
}
