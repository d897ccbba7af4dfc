package org.mlopsconsole.runtime.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.mlopsconsole.runtime.ModelStatistics;
import org.mlopsconsole.runtime.ModelStatistics.BatchStats;
import org.mlopsconsole.runtime.ModelStatistics.InferenceStats;
import org.mlopsconsole.runtime.ModelStatistics.MemoryUsage;
import org.mlopsconsole.runtime.ModelStatistics.ResponseStats;

/** Counters for one model version, in Triton's terms; they outlive reloads of that version. */
final class VersionStatistics {

    /** Each request gets one response, so response statistics have the single key "0". */
    static final String ONLY_RESPONSE = "0";

    final Counter success = new Counter();
    final Counter fail = new Counter();
    final Counter queue = new Counter();
    final Counter computeInput = new Counter();
    final Counter computeInfer = new Counter();
    final Counter computeOutput = new Counter();
    final Counter cacheHit = new Counter();
    final Counter cacheMiss = new Counter();
    private final Counter responseInfer = new Counter();
    private final Counter responseOutput = new Counter();
    private final Counter responseSuccess = new Counter();
    private final Counter responseFail = new Counter();
    private final LongAdder inferences = new LongAdder();
    private final LongAdder executions = new LongAdder();
    private final AtomicLong lastInferenceMillis = new AtomicLong();
    private final Map<Integer, BatchCounters> batches = new ConcurrentHashMap<>();
    private volatile List<MemoryUsage> memory = List.of();

    /** One execution of {@code requests} requests holding {@code rows} rows. */
    void recordExecution(int rows, int requests, long inputNanos, long inferNanos, long outputNanos) {
        executions.increment();
        inferences.add(rows);
        lastInferenceMillis.set(System.currentTimeMillis());
        BatchCounters batch = batches.computeIfAbsent(rows, ignored -> new BatchCounters());
        batch.input.add(inputNanos);
        batch.infer.add(inferNanos);
        batch.output.add(outputNanos);
        // Triton counts the compute phases per request, the batch's duration for each of them
        for (int i = 0; i < requests; i++) {
            computeInput.add(inputNanos);
            computeInfer.add(inferNanos);
            computeOutput.add(outputNanos);
            responseInfer.add(inferNanos);
            responseOutput.add(outputNanos);
            responseSuccess.add(inferNanos + outputNanos);
        }
    }

    void recordFailedExecution(long elapsedNanos) {
        responseFail.add(elapsedNanos);
    }

    void memory(List<MemoryUsage> usage) {
        memory = List.copyOf(usage);
    }

    ModelStatistics snapshot(String name, long version) {
        List<BatchStats> batchStats = batches.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new BatchStats(
                        entry.getKey(),
                        entry.getValue().input.snapshot(),
                        entry.getValue().infer.snapshot(),
                        entry.getValue().output.snapshot()))
                .toList();
        Map<String, ResponseStats> responses = responseSuccess.count.sum() + responseFail.count.sum() == 0
                ? Map.of()
                : Map.of(
                        ONLY_RESPONSE,
                        new ResponseStats(
                                responseInfer.snapshot(),
                                responseOutput.snapshot(),
                                responseSuccess.snapshot(),
                                responseFail.snapshot(),
                                ModelStatistics.Duration.NONE,
                                ModelStatistics.Duration.NONE));
        return new ModelStatistics(
                name,
                version,
                lastInferenceMillis.get(),
                inferences.sum(),
                executions.sum(),
                new InferenceStats(
                        success.snapshot(),
                        fail.snapshot(),
                        queue.snapshot(),
                        computeInput.snapshot(),
                        computeInfer.snapshot(),
                        computeOutput.snapshot(),
                        cacheHit.snapshot(),
                        cacheMiss.snapshot()),
                responses,
                batchStats,
                memory);
    }

    private static final class BatchCounters {
        final Counter input = new Counter();
        final Counter infer = new Counter();
        final Counter output = new Counter();
    }

    static final class Counter {
        private final LongAdder count = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        void add(long elapsedNanos) {
            count.increment();
            nanos.add(elapsedNanos);
        }

        ModelStatistics.Duration snapshot() {
            return new ModelStatistics.Duration(count.sum(), nanos.sum());
        }
    }
}
