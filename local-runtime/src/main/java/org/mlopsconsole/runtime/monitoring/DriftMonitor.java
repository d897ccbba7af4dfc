package org.mlopsconsole.runtime.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.alerts.SignalSource;
import org.mlopsconsole.runtime.drift.DriftDetector;
import org.mlopsconsole.runtime.drift.DriftReference;
import org.mlopsconsole.runtime.drift.DriftReport;
import org.mlopsconsole.runtime.drift.DriftSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online drift of served models' tabular inputs (see {@link TabularRows} for which inputs count
 * and how their features are named): each model's requests are compared with a reference (a CSV
 * given with {@link #useReference}, else the model's first requests) over a sliding window of the
 * latest ones, every {@link DriftMonitorSettings#everyRows} new rows or {@link
 * DriftMonitorSettings#every}, on a thread of its own: the observer thread only copies the
 * numbers. The results are also alert signals ({@link #signals()}).
 */
public final class DriftMonitor implements InferenceObserver, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DriftMonitor.class);

    private final DriftMonitorSettings settings;
    private final Clock clock;
    private final Map<String, ModelDrift> models = new ConcurrentHashMap<>();
    private final ScheduledExecutorService comparisons;
    private final DriftSignals signals = new DriftSignals(this::status);
    private Optional<LocalRuntime.Registration> registration = Optional.empty();

    public DriftMonitor(DriftMonitorSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.comparisons = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "drift-monitor");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.every().toMillis();
        comparisons.scheduleAtFixedRate(this::compareDue, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A monitor fed by every answered request of the runtime from now on. */
    public static DriftMonitor attach(LocalRuntime runtime, DriftMonitorSettings settings, Clock clock) {
        DriftMonitor monitor = new DriftMonitor(settings, clock);
        monitor.registration = Optional.of(runtime.addInferenceObserver(monitor));
        return monitor;
    }

    /** Takes a request's inputs (copied, never kept); non-tabular inputs are skipped. */
    public void observe(String model, List<Tensor> inputs) {
        Optional<List<Map<String, Double>>> rows = TabularRows.of(inputs);
        if (rows.isEmpty()) {
            return;
        }
        ModelDrift drift = models.computeIfAbsent(model, this::firstRequests);
        if (drift.add(rows.get(), settings)) {
            comparisons.execute(() -> drift.compare(clock.instant(), settings));
        }
    }

    /** Compares the model's requests with this reference from now on (its window is kept). */
    public void useReference(String model, DriftReference reference) {
        models.compute(model, (name, previous) -> {
            ModelDrift next = ModelDrift.fixed(name, reference, settings);
            if (previous != null) {
                next.takeWindow(previous);
            }
            return next;
        });
    }

    /** Starts over with a reference made of the model's next requests. */
    public void useFirstRequests(String model) {
        models.put(model, firstRequests(model));
    }

    /** Compares the model's window with its reference now, off the caller's thread. */
    public CompletableFuture<Optional<DriftStatus>> compareNow(String model) {
        return CompletableFuture.supplyAsync(
                () -> {
                    Optional.ofNullable(models.get(model)).ifPresent(d -> d.compare(clock.instant(), settings));
                    return status(model);
                },
                comparisons);
    }

    public Optional<DriftStatus> status(String model) {
        return Optional.ofNullable(models.get(model)).map(ModelDrift::status);
    }

    /** The models that sent tabular inputs or were given a reference, sorted. */
    public List<String> models() {
        return models.keySet().stream().sorted().toList();
    }

    /**
     * Per model: {@code drift_share} (0 to 1), {@code dataset_drift} (1 or 0), {@code
     * drifted_features}, {@code psi_max}, and per feature {@code feature_drift{NAME}} (1 or 0) and
     * {@code feature_psi{NAME}}; empty until the first comparison.
     */
    public SignalSource signals() {
        return signals;
    }

    @Override
    public void requestPredicted(Predicted event) {
        observe(event.model(), event.inputs());
    }

    @Override
    public void close() {
        registration.ifPresent(LocalRuntime.Registration::close);
        comparisons.shutdownNow();
    }

    private ModelDrift firstRequests(String model) {
        return ModelDrift.firstRequests(model, settings);
    }

    private void compareDue() {
        Instant now = clock.instant();
        for (ModelDrift drift : models.values()) {
            try {
                if (drift.due(now, settings)) {
                    drift.compare(now, settings);
                }
            } catch (RuntimeException e) {
                LOG.warn("Drift comparison of {} failed: {}", drift.model, e.toString());
            }
        }
    }

    /** One model's reference, window and latest comparison; guarded by itself. */
    private static final class ModelDrift {
        final String model;
        private final DriftSample.Builder referenceRows;
        private String referenceSource;
        private DriftReference reference;
        private final Deque<Map<String, Double>> window = new ArrayDeque<>();
        private int newRows;
        private Instant lastCompared = Instant.MIN;
        private Optional<DriftStatus.Comparison> latest = Optional.empty();
        private Optional<String> problem = Optional.empty();

        private ModelDrift(String model, DriftSample.Builder referenceRows, String source, DriftReference fixed) {
            this.model = model;
            this.referenceRows = referenceRows;
            this.referenceSource = source;
            this.reference = fixed;
        }

        static ModelDrift firstRequests(String model, DriftMonitorSettings settings) {
            String source = "the first " + settings.referenceRows() + " requests to " + model;
            return new ModelDrift(model, DriftSample.builder().maxRows(settings.referenceRows()), source, null);
        }

        static ModelDrift fixed(String model, DriftReference reference, DriftMonitorSettings settings) {
            return new ModelDrift(model, null, reference.source(), reference);
        }

        /** Adds rows; says whether enough new ones came for a comparison. */
        synchronized boolean add(List<Map<String, Double>> rows, DriftMonitorSettings settings) {
            for (Map<String, Double> row : rows) {
                if (reference == null) {
                    referenceRows.addRow(row);
                    if (referenceRows.isFull()) {
                        reference = DriftReference.of(referenceSource, referenceRows.build());
                    }
                    continue;
                }
                window.addLast(row);
                if (window.size() > settings.windowRows()) {
                    window.removeFirst();
                }
                newRows++;
            }
            return reference != null && newRows >= settings.everyRows();
        }

        synchronized void takeWindow(ModelDrift previous) {
            synchronized (previous) {
                window.addAll(previous.window);
                newRows = window.size();
            }
        }

        synchronized boolean due(Instant now, DriftMonitorSettings settings) {
            return reference != null && newRows > 0 && !now.isBefore(lastCompared.plus(settings.every()));
        }

        void compare(Instant now, DriftMonitorSettings settings) {
            DriftReference against;
            List<Map<String, Double>> rows;
            synchronized (this) {
                if (reference == null || window.size() < 2) {
                    return;
                }
                against = reference;
                rows = new ArrayList<>(window);
                newRows = 0;
                lastCompared = now;
            }
            DriftSample.Builder current = DriftSample.builder();
            rows.forEach(current::addRow);
            try {
                DriftSample sample = current.build();
                DriftReport report = DriftDetector.compare(against, sample, settings.options());
                DriftStatus.Comparison comparison =
                        new DriftStatus.Comparison(now, report, Distributions.of(against.sample(), sample));
                synchronized (this) {
                    latest = Optional.of(comparison);
                    problem = Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                synchronized (this) {
                    problem = Optional.of(e.getMessage());
                }
            }
        }

        synchronized DriftStatus status() {
            int referenceCount = reference != null
                    ? reference.sample().columns().stream()
                            .mapToInt(org.mlopsconsole.runtime.drift.DriftColumn::size)
                            .max()
                            .orElse(0)
                    : referenceRows.rows();
            return new DriftStatus(
                    model, referenceSource, referenceCount, reference != null, window.size(), latest, problem);
        }
    }
}
