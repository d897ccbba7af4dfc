package org.mlopsconsole.runtime.internal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/** The meters of one served model version, written only on the runtime's observer thread. */
final class ModelMeters {

    final String model;
    final long version;
    private final MeterRegistry registry;
    private final Tags tags;
    private final Counter success;
    private final Map<FailureReason, Counter> failures = new ConcurrentHashMap<>();
    private final Counter inferences;
    private final Counter executions;
    private final Counter requestMicros;
    private final Counter queueMicros;
    private final Counter computeInputMicros;
    private final Counter computeInferMicros;
    private final Counter computeOutputMicros;
    private final Counter cacheHits;
    private final Timer requestHistogram;
    private final Timer queueHistogram;
    private final DistributionSummary batchHistogram;
    /** Requests queued and not yet taken into a batch (or failed), for Triton's pending count. */
    private final Set<Long> pendingIds = new HashSet<>();

    private final AtomicInteger pending = new AtomicInteger();
    final RollingWindow window;

    /** @param cacheMisses the runtime's own count: only it knows whether the version has a cache */
    ModelMeters(
            MeterRegistry registry, String model, long version, LongSupplier clockMillis, LongSupplier cacheMisses) {
        this.model = model;
        this.version = version;
        this.registry = registry;
        this.tags = Tags.of(MeterNames.MODEL, model, MeterNames.VERSION, Long.toString(version));
        this.success = counter(MeterNames.SUCCESS, "Successful inference requests (a batch counts as one)");
        this.inferences = counter(MeterNames.INFERENCES, "Inferences performed (a batch of n counts n; no cache hits)");
        this.executions = counter(MeterNames.EXECUTIONS, "Model executions (batches); no cache hits");
        this.requestMicros = counter(MeterNames.REQUEST_US, "Cumulative request duration in µs, cache hits included");
        this.queueMicros = counter(MeterNames.QUEUE_US, "Cumulative time requests waited in the queue, in µs");
        this.computeInputMicros = counter(MeterNames.COMPUTE_INPUT_US, "Cumulative compute input duration in µs");
        this.computeInferMicros = counter(MeterNames.COMPUTE_INFER_US, "Cumulative compute infer duration in µs");
        this.computeOutputMicros = counter(MeterNames.COMPUTE_OUTPUT_US, "Cumulative compute output duration in µs");
        this.cacheHits = counter(MeterNames.CACHE_HITS, "Requests answered from the response cache");
        FunctionCounter.builder(MeterNames.CACHE_MISSES, cacheMisses, LongSupplier::getAsLong)
                .description("Requests the response cache could not answer")
                .tags(tags)
                .register(registry);
        this.requestHistogram = Timer.builder(MeterNames.REQUEST_HISTOGRAM)
                .description("Request duration from admission to the answer")
                .tags(tags)
                .serviceLevelObjectives(MeterNames.LATENCY_BUCKETS)
                .register(registry);
        this.queueHistogram = Timer.builder(MeterNames.QUEUE_HISTOGRAM)
                .description("Time a request waited in the batcher's queue")
                .tags(tags)
                .serviceLevelObjectives(MeterNames.LATENCY_BUCKETS)
                .register(registry);
        this.batchHistogram = DistributionSummary.builder(MeterNames.BATCH_HISTOGRAM)
                .description("Rows per model execution")
                .tags(tags)
                .serviceLevelObjectives(MeterNames.BATCH_BUCKETS)
                .register(registry);
        Gauge.builder(MeterNames.PENDING, pending, AtomicInteger::get)
                .description("Requests received and not yet executing")
                .tags(tags)
                .register(registry);
        this.window = new RollingWindow(clockMillis);
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    void queued(long requestId) {
        if (pendingIds.add(requestId)) {
            pending.incrementAndGet();
        }
    }

    void batchFormed(Iterable<Long> requestIds, int rows) {
        for (long id : requestIds) {
            if (pendingIds.remove(id)) {
                pending.decrementAndGet();
            }
        }
        executions.increment();
        inferences.increment(rows);
        batchHistogram.record(rows);
        window.batch(rows);
    }

    void computed(long inputNanos, long inferNanos, long outputNanos, int requests) {
        // per request, as Triton counts them: each request of a batch counts the batch's durations
        computeInputMicros.increment(requests * (inputNanos / 1000.0));
        computeInferMicros.increment(requests * (inferNanos / 1000.0));
        computeOutputMicros.increment(requests * (outputNanos / 1000.0));
    }

    void answered(boolean fromCache, long queueNanos, long totalNanos) {
        success.increment();
        requestMicros.increment(totalNanos / 1000.0);
        queueMicros.increment(queueNanos / 1000.0);
        requestHistogram.record(totalNanos, TimeUnit.NANOSECONDS);
        queueHistogram.record(queueNanos, TimeUnit.NANOSECONDS);
        if (fromCache) {
            cacheHits.increment();
        }
        window.answered(totalNanos / 1000);
    }

    void failed(long requestId, String message) {
        if (pendingIds.remove(requestId)) {
            pending.decrementAndGet();
        }
        FailureReason reason = FailureReason.of(message);
        failures.computeIfAbsent(reason, this::failureCounter).increment();
        window.failed();
    }

    private Counter failureCounter(FailureReason reason) {
        return Counter.builder(MeterNames.FAILURE)
                .description("Failed inference requests by Triton's reason")
                .tags(tags.and(MeterNames.REASON, reason.name()))
                .register(registry);
    }

    int pending() {
        return pending.get();
    }

    long successCount() {
        return (long) success.count();
    }

    long failureCount() {
        return (long) failures.values().stream().mapToDouble(Counter::count).sum();
    }

    Map<String, Long> failuresByReason() {
        Map<String, Long> byReason = new TreeMap<>();
        failures.forEach((reason, counter) -> byReason.put(reason.name(), (long) counter.count()));
        return byReason;
    }

    long inferenceCount() {
        return (long) inferences.count();
    }

    long executionCount() {
        return (long) executions.count();
    }

    long cacheHitCount() {
        return (long) cacheHits.count();
    }
}
