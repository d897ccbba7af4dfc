package org.mlopsconsole.runtime.internal.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.mlopsconsole.runtime.ModelStatistics;

/** Counters for one model version; they outlive reloads of that version. */
final class VersionStatistics {

    final Counter success = new Counter();
    final Counter fail = new Counter();
    final Counter queue = new Counter();
    final Counter computeInput = new Counter();
    final Counter computeInfer = new Counter();
    final Counter computeOutput = new Counter();
    final Counter cacheHit = new Counter();
    final Counter cacheMiss = new Counter();
    final LongAdder inferences = new LongAdder();
    final LongAdder executions = new LongAdder();
    final AtomicLong lastInferenceMillis = new AtomicLong();
    private final Map<Integer, LongAdder> batches = new ConcurrentHashMap<>();

    void recordBatch(int size) {
        executions.increment();
        inferences.add(size);
        batches.computeIfAbsent(size, ignored -> new LongAdder()).increment();
        lastInferenceMillis.set(System.currentTimeMillis());
    }

    ModelStatistics snapshot(String name, long version) {
        Map<Integer, Long> batchCounts = new TreeMap<>();
        batches.forEach((size, count) -> batchCounts.put(size, count.sum()));
        return new ModelStatistics(
                name,
                version,
                lastInferenceMillis.get(),
                inferences.sum(),
                executions.sum(),
                success.snapshot(),
                fail.snapshot(),
                queue.snapshot(),
                computeInput.snapshot(),
                computeInfer.snapshot(),
                computeOutput.snapshot(),
                cacheHit.snapshot(),
                cacheMiss.snapshot(),
                batchCounts);
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
