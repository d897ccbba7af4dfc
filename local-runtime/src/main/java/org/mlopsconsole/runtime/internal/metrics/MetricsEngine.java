package org.mlopsconsole.runtime.internal.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot;
import org.mlopsconsole.runtime.predictions.PredictionLog;

/** The meter registry behind {@code RuntimeMetrics}: per-model meters, process and disk gauges. */
public final class MetricsEngine implements AutoCloseable {

    /** Prometheus' text exposition format, version 0.0.4, which every scraper reads. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final LocalRuntime runtime;
    private final Clock clock;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MetricsCollector collector;
    private final ProcessProbe process = new ProcessProbe();
    private final DiskProbe disk;
    private final LocalRuntime.Registration inference;
    private final LocalRuntime.Registration lifecycle;

    public MetricsEngine(LocalRuntime runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
        this.collector = new MetricsCollector(runtime, registry, clock::millis);
        this.disk = new DiskProbe(runtime.repository().root(), clock::millis);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gauge(MeterNames.RSS, "Resident set size of this process", () -> process.residentBytes());
        gauge(
                MeterNames.REPOSITORY_SIZE,
                "Bytes of the model repository's files",
                () -> OptionalLong.of(disk.repositoryBytes()));
        gauge(MeterNames.DISK_USED, "Used bytes of the disk holding the model repository", disk::diskUsedBytes);
        gauge(MeterNames.DISK_FREE, "Bytes free for this process on the repository's disk", disk::diskFreeBytes);
        FunctionCounter.builder(MeterNames.OBSERVER_DROPS, runtime, LocalRuntime::droppedObserverEvents)
                .description("Observer events the runtime dropped because its observers fell behind")
                .register(registry);
        this.inference = runtime.addInferenceObserver(collector);
        this.lifecycle = runtime.addLifecycleListener(collector);
    }

    private void gauge(String name, String description, Supplier<OptionalLong> value) {
        Gauge.builder(name, value, supplier -> {
                    OptionalLong figure = supplier.get();
                    return figure.isPresent() ? figure.getAsLong() : Double.NaN;
                })
                .description(description)
                .register(registry);
    }

    /** Counts what the prediction log wrote, dropped and could not store, and its forwarding's events. */
    public void track(PredictionLog log) {
        counter(
                MeterNames.LOG_WRITTEN,
                "Requests the prediction log stored",
                log,
                l -> l.stats().written());
        counter(
                MeterNames.LOG_DROPPED,
                "Requests not logged because the log's queue was full",
                log,
                l -> l.stats().dropped());
        counter(
                MeterNames.LOG_FAILED,
                "Requests the prediction log's store refused",
                log,
                l -> l.stats().failed());
        if (log.forwarding().isPresent()) {
            counter(
                    MeterNames.EVENTS_SENT,
                    "Prediction log CloudEvents the receiver accepted",
                    log,
                    l -> l.forwarding().map(PredictionLog.ForwardingStats::sent).orElse(0L));
            counter(
                    MeterNames.EVENTS_DROPPED,
                    "Prediction log entries not forwarded because the forwarding queue was full",
                    log,
                    l -> l.forwarding()
                            .map(PredictionLog.ForwardingStats::dropped)
                            .orElse(0L));
            counter(
                    MeterNames.EVENTS_FAILED,
                    "Prediction log CloudEvents refused or not delivered",
                    log,
                    l -> l.forwarding()
                            .map(PredictionLog.ForwardingStats::failed)
                            .orElse(0L));
        }
    }

    private void counter(String name, String description, PredictionLog log, ToDoubleFunction<PredictionLog> count) {
        FunctionCounter.builder(name, log, count).description(description).register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Everything in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    public MetricsSnapshot snapshot() {
        OptionalDouble cpu = process.cpuUsage();
        return new MetricsSnapshot(
                clock.instant(),
                collector.models(),
                collector.currentVariants(),
                new MetricsSnapshot.ProcessMetrics(cpu, process.residentBytes(), process.openFiles()),
                new MetricsSnapshot.DiskMetrics(disk.repositoryBytes(), disk.diskUsedBytes(), disk.diskFreeBytes()),
                runtime.droppedObserverEvents());
    }

    @Override
    public void close() {
        inference.close();
        lifecycle.close();
        registry.close();
    }
}
