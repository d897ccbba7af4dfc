package org.mlopsconsole.runtime.internal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelLifecycleListener;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.VariantSwitch;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot;

/**
 * Turns the runtime's observer events into meters, per served model and version. Events arrive
 * on the runtime's one observer thread; snapshots and scrapes read from other threads.
 */
final class MetricsCollector implements InferenceObserver, ModelLifecycleListener {

    /** Failures naming a model the runtime does not know count here, so a client cannot add series. */
    static final String UNKNOWN_MODEL = "_unknown";

    private final LocalRuntime runtime;
    private final MeterRegistry registry;
    private final LongSupplier clockMillis;
    private final Map<Key, ModelMeters> meters = new ConcurrentHashMap<>();
    private final Set<String> knownModels = ConcurrentHashMap.newKeySet();
    /** Requests per batch, between its forming and its computing (observer thread only). */
    private final Map<Long, Integer> batchRequests = new HashMap<>();

    private final Map<String, String> currentVariants = new ConcurrentHashMap<>();

    MetricsCollector(LocalRuntime runtime, MeterRegistry registry, LongSupplier clockMillis) {
        this.runtime = runtime;
        this.registry = registry;
        this.clockMillis = clockMillis;
        runtime.index().stream().map(ModelState::name).forEach(knownModels::add);
        runtime.switchEvents().forEach(change -> currentVariants.put(change.group(), change.to()));
    }

    private record Key(String model, long version) {}

    private ModelMeters meters(String model, long version) {
        return meters.computeIfAbsent(
                new Key(model, version),
                key -> new ModelMeters(registry, key.model(), key.version(), clockMillis, () -> cacheMisses(key)));
    }

    private long cacheMisses(Key key) {
        if (key.model().equals(UNKNOWN_MODEL) || key.version() == 0) {
            return 0;
        }
        try {
            return runtime.statistics(Optional.of(key.model()), OptionalLong.of(key.version())).stream()
                    .mapToLong(stats -> stats.inferenceStats().cacheMiss().count())
                    .sum();
        } catch (ServingException e) {
            return 0; // the version is gone; Prometheus sees a counter reset
        }
    }

    @Override
    public void requestQueued(Queued event) {
        meters(event.variant().orElse(event.model()), event.version()).queued(event.requestId());
    }

    @Override
    public void batchFormed(BatchFormed event) {
        batchRequests.put(event.batchId(), event.requestIds().size());
        meters(event.model(), event.version()).batchFormed(event.requestIds(), event.batchSize());
    }

    @Override
    public void batchComputed(BatchComputed event) {
        int requests =
                Optional.ofNullable(batchRequests.remove(event.batchId())).orElse(1);
        meters(event.model(), event.version())
                .computed(event.computeInputNanos(), event.computeInferNanos(), event.computeOutputNanos(), requests);
    }

    @Override
    public void requestAnswered(Answered event) {
        String model = event.variant().orElse(event.model());
        knownModels.add(model);
        meters(model, event.version()).answered(event.fromCache(), event.queueNanos(), event.totalNanos());
    }

    @Override
    public void requestFailed(Failed event) {
        String model = event.variant().orElse(event.model());
        String counted = knownModels.contains(model) ? model : UNKNOWN_MODEL;
        meters(counted, event.version()).failed(event.requestId(), event.reason());
    }

    @Override
    public void ready(String model, long version, Duration took) {
        knownModels.add(model);
        Timer.builder(MeterNames.LOAD_DURATION)
                .description("Time to load and warm up a model version")
                .serviceLevelObjectives(MeterNames.LOAD_BUCKETS)
                .tags(MeterNames.MODEL, model, MeterNames.VERSION, Long.toString(version))
                .register(registry)
                .record(took);
    }

    @Override
    public void failed(String model, OptionalLong version, String reason) {
        Counter.builder(MeterNames.LOAD_FAILURES)
                .description("Failed loads of a model (a version's file or its config.json)")
                .tags(MeterNames.MODEL, model)
                .register(registry)
                .increment();
    }

    @Override
    public void variantSwitched(VariantSwitch change) {
        currentVariants.put(change.group(), change.to());
        Counter.builder(MeterNames.VARIANT_SWITCHES)
                .description("Switches of a variant group from one variant to another")
                .tags("group", change.group(), "from", change.from(), "to", change.to())
                .register(registry)
                .increment();
    }

    List<MetricsSnapshot.ModelMetrics> models() {
        return meters.values().stream()
                .sorted(Comparator.comparing((ModelMeters m) -> m.model).thenComparingLong(m -> m.version))
                .map(MetricsCollector::describe)
                .toList();
    }

    Map<String, String> currentVariants() {
        return Map.copyOf(currentVariants);
    }

    private static MetricsSnapshot.ModelMetrics describe(ModelMeters m) {
        return new MetricsSnapshot.ModelMetrics(
                m.model,
                m.version,
                m.successCount(),
                m.failureCount(),
                m.failuresByReason(),
                m.inferenceCount(),
                m.executionCount(),
                m.cacheHitCount(),
                m.pending(),
                m.window.figures());
    }
}
