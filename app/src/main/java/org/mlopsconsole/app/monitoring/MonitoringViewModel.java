package org.mlopsconsole.app.monitoring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.app.monitoring.MonitoringData.AlertRow;
import org.mlopsconsole.app.monitoring.MonitoringData.Chart;
import org.mlopsconsole.app.monitoring.MonitoringData.DriftRow;
import org.mlopsconsole.app.monitoring.MonitoringData.Frame;
import org.mlopsconsole.app.monitoring.MonitoringData.Point;
import org.mlopsconsole.app.monitoring.MonitoringData.Series;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.alerts.AlertEvaluator;
import org.mlopsconsole.runtime.alerts.AlertEvent;
import org.mlopsconsole.runtime.alerts.AlertRule;
import org.mlopsconsole.runtime.alerts.AlertRules;
import org.mlopsconsole.runtime.drift.DriftCsv;
import org.mlopsconsole.runtime.drift.DriftReference;
import org.mlopsconsole.runtime.drift.FeatureDrift;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot.ModelMetrics;
import org.mlopsconsole.runtime.monitoring.DriftMonitor;
import org.mlopsconsole.runtime.monitoring.DriftStatus;
import org.mlopsconsole.runtime.monitoring.FeatureDistribution;

/**
 * The Monitoring section: once a second (on the scheduler, off the UI thread) it reads the
 * runtime's metrics snapshot, keeps the last {@link #WINDOW} of figures per model, and publishes an
 * immutable {@link Frame} of chart series for the selected model on the UI executor, with the
 * drift status, the outcomes and the alerts. Everything through the runtime's Java API.
 */
public final class MonitoringViewModel implements AutoCloseable {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration REFRESH = Duration.ofSeconds(1);
    static final int OUTCOMES_EVERY = 5;

    /** Runs a task every interval until the returned handle is closed. */
    @FunctionalInterface
    public interface Scheduler {
        AutoCloseable every(Duration interval, Runnable task);
    }

    /** Where the figures come from. */
    public record Sources(
            Supplier<MetricsSnapshot> metrics,
            DriftMonitor drift,
            AlertEvaluator alerts,
            AlertFeed feed,
            ModelRepository repository,
            OutcomeSource outcomes) {}

    /** The outcome windows of a model, newest last (none before the prediction log is there). */
    @FunctionalInterface
    public interface OutcomeSource {
        List<MonitoringData.OutcomeRow> windows(String model);
    }

    private final Sources sources;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;
    private final Scheduler scheduler;
    private final Map<String, Deque<Sample>> history = new java.util.HashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private int polls;
    private List<MonitoringData.OutcomeRow> lastOutcomes = List.of();
    private AutoCloseable ticking;

    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedModel = new SimpleObjectProperty<>();
    private final ObjectProperty<Frame> frame = new SimpleObjectProperty<>();
    private final ObservableList<DriftRow> driftRows = FXCollections.observableArrayList();
    private final ObservableList<FeatureDistribution> distributions = FXCollections.observableArrayList();
    private final StringProperty driftVerdict = new SimpleStringProperty("");
    private final StringProperty driftReference = new SimpleStringProperty("");
    private final ObservableList<MonitoringData.OutcomeRow> outcomeRows = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> alertRows = FXCollections.observableArrayList();
    private final StringProperty rulesText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public MonitoringViewModel(Sources sources, Clock clock, Scheduler scheduler, Executor background, Executor ui) {
        this.sources = sources;
        this.clock = clock;
        this.scheduler = scheduler;
        this.background = background;
        this.ui = ui;
        selectedModel.addListener((observable, old, model) -> {
            if (model != null) {
                polls = 0; // the next poll reads the new model's outcomes
                loadRules(model);
            }
        });
    }

    /** Starts the once-a-second refresh. */
    public void start() {
        if (ticking == null) {
            ticking = scheduler.every(REFRESH, () -> background.execute(this::poll));
        }
    }

    @Override
    public void close() {
        if (ticking != null) {
            try {
                ticking.close();
            } catch (Exception e) {
                // the scheduler's handle only cancels
            }
            ticking = null;
        }
    }

    /** One refresh: reads, keeps, prepares, then publishes on the UI executor. Skipped while one runs. */
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            MetricsSnapshot snapshot = sources.metrics().get();
            Instant now = clock.instant();
            record(snapshot, now);
            List<String> names = modelNames();
            String model = Optional.ofNullable(selectedModel.get()).orElse(names.isEmpty() ? null : names.get(0));
            Optional<Frame> next = Optional.ofNullable(model).map(m -> frame(m, snapshot, now));
            Optional<DriftStatus> drift = Optional.ofNullable(model).flatMap(sources.drift()::status);
            List<MonitoringData.OutcomeRow> outcomes = outcomes(model);
            List<AlertRow> alerts = alertRows(now);
            ui.execute(() -> publish(names, model, next, drift, outcomes, alerts));
        } catch (RuntimeException e) {
            ui.execute(() -> message.set("Could not read the runtime's figures: " + Failures.message(e)));
        } finally {
            polling.set(false);
        }
    }

    /** The outcome windows change by the minute: read every {@link #OUTCOMES_EVERY} polls. */
    private List<MonitoringData.OutcomeRow> outcomes(String model) {
        if (model == null) {
            return List.of();
        }
        if (polls++ % OUTCOMES_EVERY == 0) {
            lastOutcomes = sources.outcomes().windows(model);
        }
        return lastOutcomes;
    }

    private void publish(
            List<String> names,
            String model,
            Optional<Frame> next,
            Optional<DriftStatus> drift,
            List<MonitoringData.OutcomeRow> outcomes,
            List<AlertRow> alerts) {
        if (!models.equals(names)) {
            models.setAll(names);
        }
        if (selectedModel.get() == null && model != null) {
            selectedModel.set(model);
        }
        next.ifPresent(frame::set);
        showDrift(drift);
        outcomeRows.setAll(outcomes);
        alertRows.setAll(alerts);
    }

    private synchronized void record(MetricsSnapshot snapshot, Instant now) {
        Map<String, List<ModelMetrics>> byModel = new java.util.TreeMap<>();
        snapshot.models()
                .forEach(m -> byModel.computeIfAbsent(m.model(), k -> new ArrayList<>())
                        .add(m));
        byModel.forEach((model, versions) -> {
            Deque<Sample> samples = history.computeIfAbsent(model, k -> new ArrayDeque<>());
            samples.addLast(Sample.of(now, versions, snapshot));
        });
        Instant oldest = now.minus(WINDOW);
        history.values().forEach(samples -> {
            while (!samples.isEmpty() && samples.peekFirst().at().isBefore(oldest)) {
                samples.removeFirst();
            }
        });
    }

    private synchronized List<String> modelNames() {
        TreeSet<String> names = new TreeSet<>(history.keySet());
        names.addAll(sources.drift().models());
        return List.copyOf(names);
    }

    private synchronized Frame frame(String model, MetricsSnapshot snapshot, Instant now) {
        List<Sample> samples = List.copyOf(history.getOrDefault(model, new ArrayDeque<>()));
        List<Chart> charts = List.of(
                new Chart(
                        "Throughput",
                        "requests/s",
                        List.of(
                                series("answered", samples, Sample::throughput),
                                series("failed", samples, Sample::errors))),
                new Chart(
                        "Latency",
                        "ms",
                        List.of(
                                series("p50", samples, Sample::p50),
                                series("p95", samples, Sample::p95),
                                series("p99", samples, Sample::p99))),
                new Chart("Queue depth", "requests", List.of(series("pending", samples, Sample::pending))),
                new Chart("Batch size", "rows", List.of(series("mean", samples, Sample::batch))),
                new Chart("Errors", "share", List.of(series("error ratio", samples, Sample::errorRatio))),
                new Chart(
                        "Process",
                        "CPU %",
                        List.of(series("CPU %", samples, Sample::cpuPercent)),
                        Optional.of(new MonitoringData.Axis(
                                "RSS MiB", List.of(series("RSS MiB", samples, Sample::rssMiB))))));
        return new Frame(model, now, charts, variants(snapshot));
    }

    private static String variants(MetricsSnapshot snapshot) {
        if (snapshot.currentVariants().isEmpty()) {
            return "No variant groups";
        }
        return "Current variant: "
                + snapshot.currentVariants().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " → " + e.getValue())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
    }

    private static Series series(String name, List<Sample> samples, ToDoubleFunction<Sample> value) {
        return new Series(
                name,
                samples.stream()
                        .map(s -> new Point(s.at(), value.applyAsDouble(s)))
                        .filter(p -> Double.isFinite(p.value()))
                        .toList());
    }

    private List<AlertRow> alertRows(Instant now) {
        List<AlertRow> rows = new ArrayList<>();
        for (AlertEvaluator.ActiveAlert active : sources.alerts().active()) {
            rows.add(new AlertRow(
                    "active",
                    active.rule().model(),
                    active.rule().name(),
                    condition(active.rule()),
                    number(active.value()),
                    ago(active.since(), now)));
        }
        List<AlertEvent> recent = new ArrayList<>(sources.feed().recent());
        recent.sort(Comparator.comparing(AlertEvent::at).reversed());
        for (AlertEvent event : recent) {
            if (event instanceof AlertEvent.Resolved resolved) {
                rows.add(new AlertRow(
                        "resolved",
                        event.rule().model(),
                        event.rule().name(),
                        condition(event.rule()),
                        number(event.value()),
                        ago(resolved.raisedAt(), now) + ", resolved " + ago(event.at(), now)));
            }
        }
        return rows;
    }

    static String condition(AlertRule rule) {
        return rule.signal() + " " + rule.comparison().symbol() + " " + number(rule.threshold())
                + (rule.forDuration().isZero()
                        ? ""
                        : " for " + rule.forDuration().toSeconds() + " s");
    }

    private static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        return seconds < 120 ? seconds + " s ago" : seconds / 60 + " min ago";
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        return Math.abs(value) >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    private void showDrift(Optional<DriftStatus> drift) {
        if (drift.isEmpty()) {
            driftReference.set("No tabular requests yet: drift is watched for models with 2-D numeric inputs.");
            driftVerdict.set("");
            driftRows.clear();
            distributions.clear();
            return;
        }
        DriftStatus status = drift.get();
        driftReference.set(String.format(
                Locale.ROOT,
                "Reference: %s (%d rows%s); current window: %d rows",
                status.referenceSource(),
                status.referenceRows(),
                status.referenceComplete() ? "" : ", collecting",
                status.currentRows()));
        if (status.latest().isEmpty()) {
            driftVerdict.set(status.problem().map(p -> "Cannot compare: " + p).orElse("Not compared yet"));
            driftRows.clear();
            distributions.clear();
            return;
        }
        DriftStatus.Comparison comparison = status.latest().get();
        driftVerdict.set(String.format(
                        Locale.ROOT,
                        "%s: %d of %d features drift (dataset drift at %.0f %%)",
                        comparison.report().datasetDrift() ? "Dataset drift" : "No dataset drift",
                        comparison.report().driftedFeatures(),
                        comparison.report().features().size(),
                        100 * comparison.report().datasetDriftShare())
                + status.problem().map(p -> "; latest attempt failed: " + p).orElse(""));
        List<DriftRow> rows = comparison.report().features().stream()
                .map(MonitoringViewModel::row)
                .toList();
        if (!driftRows.equals(rows)) {
            driftRows.setAll(rows);
        }
        if (!distributions.equals(comparison.distributions())) {
            distributions.setAll(comparison.distributions());
        }
    }

    private static DriftRow row(FeatureDrift feature) {
        return new DriftRow(
                feature.feature(),
                feature.type().id(),
                feature.test().displayName(),
                number(feature.statistic()),
                feature.pValue().isPresent() ? number(feature.pValue().getAsDouble()) : "—",
                number(feature.threshold()),
                feature.drift(),
                number(feature.psi()),
                feature.psiBand().id());
    }

    /** Compares the selected model's requests with a CSV reference from now on. */
    public void useReferenceCsv(Path file) {
        String model = selectedModel.get();
        if (model == null) {
            message.set("Choose a model first.");
            return;
        }
        background.execute(() -> {
            try {
                sources.drift()
                        .useReference(
                                model, DriftReference.of(file.getFileName().toString(), DriftCsv.read(file, Map.of())));
                sources.drift().compareNow(model);
                ui.execute(() -> message.set("Drift of " + model + " is now measured against " + file.getFileName()));
            } catch (RuntimeException e) {
                ui.execute(() -> message.set("Cannot use " + file.getFileName() + ": " + Failures.message(e)));
            }
        });
    }

    /** Makes the selected model's next requests its reference. */
    public void useFirstRequests() {
        Optional.ofNullable(selectedModel.get()).ifPresent(model -> {
            sources.drift().useFirstRequests(model);
            message.set("The next requests to " + model + " become its drift reference.");
        });
    }

    public void compareNow() {
        Optional.ofNullable(selectedModel.get()).ifPresent(sources.drift()::compareNow);
    }

    private void loadRules(String model) {
        background.execute(() -> {
            String json;
            try {
                List<AlertRule> rules = sources.alerts().rules(model);
                json = AlertRules.toJson(rules);
            } catch (RuntimeException e) {
                json = "{\"rules\": []}";
            }
            String text = json;
            ui.execute(() -> {
                if (model.equals(selectedModel.get())) {
                    rulesText.set(text);
                }
            });
        });
    }

    /** Checks the editor's rules; saves them to the model's alerts.json and applies them if they hold. */
    public void saveRules() {
        String model = selectedModel.get();
        String json = rulesText.get();
        if (model == null) {
            message.set("Choose a model first.");
            return;
        }
        background.execute(() -> {
            try {
                AlertRules.write(
                        sources.repository(), model, json, sources.alerts().signals());
                sources.alerts()
                        .setRules(
                                model,
                                AlertRules.parse(json, model, sources.alerts().signals()));
                ui.execute(() -> message.set("Alert rules of " + model + " saved."));
            } catch (InvalidInputException e) {
                ui.execute(() -> message.set(e.getMessage()));
            } catch (RuntimeException e) {
                ui.execute(() -> message.set("Cannot save the rules: " + Failures.message(e)));
            }
        });
    }

    public ObservableList<String> models() {
        return models;
    }

    public ObjectProperty<String> selectedModelProperty() {
        return selectedModel;
    }

    public ObjectProperty<Frame> frameProperty() {
        return frame;
    }

    public ObservableList<DriftRow> driftRows() {
        return driftRows;
    }

    public ObservableList<FeatureDistribution> distributions() {
        return distributions;
    }

    public StringProperty driftVerdictProperty() {
        return driftVerdict;
    }

    public StringProperty driftReferenceProperty() {
        return driftReference;
    }

    public ObservableList<MonitoringData.OutcomeRow> outcomeRows() {
        return outcomeRows;
    }

    public ObservableList<AlertRow> alertRows() {
        return alertRows;
    }

    public StringProperty rulesTextProperty() {
        return rulesText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** One poll's figures of a model, all its versions together. */
    private record Sample(
            Instant at,
            double throughput,
            double errors,
            double p50,
            double p95,
            double p99,
            double pending,
            double batch,
            double cpuPercent,
            double rssMiB) {

        static Sample of(Instant at, List<ModelMetrics> versions, MetricsSnapshot snapshot) {
            return new Sample(
                    at,
                    versions.stream()
                            .mapToDouble(m -> m.recent().throughputPerSecond())
                            .sum(),
                    versions.stream()
                            .mapToDouble(m -> m.recent().failuresPerSecond())
                            .sum(),
                    versions.stream()
                            .mapToDouble(m -> m.recent().p50Millis())
                            .max()
                            .orElse(0),
                    versions.stream()
                            .mapToDouble(m -> m.recent().p95Millis())
                            .max()
                            .orElse(0),
                    versions.stream()
                            .mapToDouble(m -> m.recent().p99Millis())
                            .max()
                            .orElse(0),
                    versions.stream().mapToDouble(ModelMetrics::pendingRequests).sum(),
                    versions.stream()
                            .mapToDouble(m -> m.recent().meanBatchSize())
                            .max()
                            .orElse(0),
                    100 * snapshot.process().cpuUsage().orElse(Double.NaN),
                    snapshot.process().residentBytes().isPresent()
                            ? snapshot.process().residentBytes().getAsLong() / (double) (1 << 20)
                            : Double.NaN);
        }

        double errorRatio() {
            double all = throughput + errors;
            return all == 0 ? 0 : errors / all;
        }
    }
}
