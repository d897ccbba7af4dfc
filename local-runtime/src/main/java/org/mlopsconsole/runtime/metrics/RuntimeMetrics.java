package org.mlopsconsole.runtime.metrics;

import java.time.Clock;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.alerts.AlertEvaluator;
import org.mlopsconsole.runtime.alerts.SignalSource;
import org.mlopsconsole.runtime.internal.metrics.AlertGauges;
import org.mlopsconsole.runtime.internal.metrics.MetricsEngine;
import org.mlopsconsole.runtime.predictions.PredictionLog;

/**
 * Prometheus metrics of a {@link LocalRuntime}, fed by its observation API: Triton's per-model
 * counters, histograms of request duration, queue duration and batch size, model loads, variant
 * switches, the process's CPU, memory and open files, and the repository's disk. A
 * {@link org.mlopsconsole.runtime.RuntimeServer} started with it serves them at {@code /metrics};
 * an application reads {@link #snapshot()} instead, without HTTP (cheap enough to poll once a
 * second). The meters run on the runtime's observer thread, never on an inference thread.
 */
public final class RuntimeMetrics implements AutoCloseable {

    /** The Content-Type of {@link #scrape()}: Prometheus' text format 0.0.4. */
    public static final String CONTENT_TYPE = MetricsEngine.CONTENT_TYPE;

    private final MetricsEngine engine;
    private final SignalSource signals;

    private RuntimeMetrics(MetricsEngine engine, Clock clock) {
        this.engine = engine;
        this.signals = new MetricSignals(engine::snapshot, clock);
    }

    /** Starts counting the runtime's requests and loads from now on. */
    public static RuntimeMetrics attach(LocalRuntime runtime) {
        return attach(runtime, Clock.systemUTC());
    }

    /** @param clock what the sliding windows of {@link #snapshot()} and the snapshots' times use */
    public static RuntimeMetrics attach(LocalRuntime runtime, Clock clock) {
        return new RuntimeMetrics(new MetricsEngine(runtime, clock), clock);
    }

    public MetricsSnapshot snapshot() {
        return engine.snapshot();
    }

    /**
     * The metrics as signals for alert rules (names in {@link SignalSource#signals()}): per model
     * throughput, errors, latency percentiles, queue and batch size; the process's CPU, memory and
     * files; the repository's disk.
     */
    public SignalSource signals() {
        return signals;
    }

    /** Exposes the evaluator's alerts as {@code mlops_alert_active{model,rule}} (1 raised, 0 resolved). */
    public AlertEvaluator.Registration track(AlertEvaluator alerts) {
        return alerts.addListener(new AlertGauges(engine));
    }

    /**
     * Exposes the prediction log's counts: {@code mlops_prediction_log_written_total}, {@code
     * _dropped_total} and {@code _failed_total}, and with forwarding {@code
     * mlops_prediction_events_sent_total}, {@code _dropped_total} and {@code _failed_total}.
     */
    public void track(PredictionLog log) {
        engine.track(log);
    }

    /** Every metric in Prometheus' text format, as {@code /metrics} answers. */
    public String scrape() {
        return engine.scrape();
    }

    /** Stops counting; the figures so far stay readable. */
    @Override
    public void close() {
        engine.close();
    }
}
