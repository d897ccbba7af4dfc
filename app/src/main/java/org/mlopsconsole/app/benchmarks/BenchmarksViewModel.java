package org.mlopsconsole.app.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.reports.BenchmarkReport;
import org.mlopsconsole.runtime.benchmark.BenchComparison;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.Benchmark;
import org.mlopsconsole.runtime.benchmark.InputSource;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.runtime.benchmark.SessionSettings;
import org.mlopsconsole.workspace.BenchmarkRun;

/**
 * The Benchmarks section: the stored runs, a form that runs a benchmark (with its progress and a
 * cancel), the curves of the selected runs, and the comparison of two. Everything that reads the
 * workspace or measures runs on the background executor; results are published on the UI executor.
 */
public final class BenchmarksViewModel {

    /** Runs a plan: the engine in the app, something that waits to be cancelled in a test. */
    @FunctionalInterface
    public interface Runner {
        BenchResult run(BenchPlan plan, BenchProgress progress) throws InterruptedException;
    }

    /** What a selection exports to. */
    public enum Export {
        JSON,
        CSV,
        XLSX
    }

    static final String SELECT_TWO = "Select two runs to compare them: B ÷ A, the first selected is A.";

    private static final DateTimeFormatter LABEL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final BenchmarkLibrary library;
    private final Runner runner;
    private final Executor background;
    private final Executor ui;

    private final ObservableList<BenchmarkRun> runs = FXCollections.observableArrayList();
    private final ObservableList<BenchmarkRun> selected = FXCollections.observableArrayList();
    private final ObservableList<BenchmarkCurves.Curve> throughputByConcurrency = FXCollections.observableArrayList();
    private final ObservableList<BenchmarkCurves.Curve> latencyByThroughput = FXCollections.observableArrayList();
    private final ObservableList<BenchmarkCurves.Curve> throughputByBatch = FXCollections.observableArrayList();
    private final ObservableList<BenchmarkReport.Ratio> ratios = FXCollections.observableArrayList();
    private final ObservableList<String> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonTitle = new ReadOnlyStringWrapper(SELECT_TWO);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty modelName = new SimpleStringProperty("");
    private final StringProperty concurrency = new SimpleStringProperty("1,2,4");
    private final StringProperty batches = new SimpleStringProperty("1");
    private final StringProperty window = new SimpleStringProperty("5s");
    private final StringProperty label = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    /** The thread measuring now, interrupted by {@link #cancel}. */
    private final AtomicReference<Thread> measuring = new AtomicReference<>();

    private volatile boolean cancelled;
    /** Which selection the curves show: a slower load of an older selection is dropped. */
    private int selection;

    public BenchmarksViewModel(BenchmarkLibrary library, Executor background, Executor ui) {
        this(library, Benchmark::run, background, ui);
    }

    public BenchmarksViewModel(BenchmarkLibrary library, Runner runner, Executor background, Executor ui) {
        this.library = library;
        this.runner = runner;
        this.background = background;
        this.ui = ui;
        selected.addListener((javafx.collections.ListChangeListener<BenchmarkRun>) change -> showSelection());
    }

    public ObservableList<BenchmarkRun> runs() {
        return runs;
    }

    /** The runs chosen in the list: their curves are drawn; two are compared (the first is A). */
    public ObservableList<BenchmarkRun> selected() {
        return selected;
    }

    public ObservableList<BenchmarkCurves.Curve> throughputByConcurrency() {
        return throughputByConcurrency;
    }

    public ObservableList<BenchmarkCurves.Curve> latencyByThroughput() {
        return latencyByThroughput;
    }

    public ObservableList<BenchmarkCurves.Curve> throughputByBatch() {
        return throughputByBatch;
    }

    /** B ÷ A per point both selected runs measured. */
    public ObservableList<BenchmarkReport.Ratio> ratios() {
        return ratios;
    }

    /** The fingerprint fields the two selected runs differ in, one line each. */
    public ObservableList<String> differences() {
        return differences;
    }

    public ReadOnlyStringProperty comparisonTitleProperty() {
        return comparisonTitle.getReadOnlyProperty();
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** An .onnx file (in process) or an Open Inference Protocol server's URL. */
    public StringProperty targetProperty() {
        return target;
    }

    /** The model's name on the server (URL targets only). */
    public StringProperty modelNameProperty() {
        return modelName;
    }

    /** Comma-separated concurrencies, e.g. {@code 1,2,4,8}. */
    public StringProperty concurrencyProperty() {
        return concurrency;
    }

    /** Comma-separated batch sizes, e.g. {@code 1,8,32}. */
    public StringProperty batchesProperty() {
        return batches;
    }

    /** The measurement window, e.g. {@code 5s} or {@code 500ms}. */
    public StringProperty windowProperty() {
        return window;
    }

    /** The stored run's label; blank for the model's name and the time. */
    public StringProperty labelProperty() {
        return label;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 over the plan's points and their windows. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(library::runs, background)
                .thenAcceptAsync(runs::setAll, ui)
                .exceptionally(failure -> fail("Could not read the benchmark results", failure));
    }

    /** Stores a result file (from {@code mlops-runtime.jar bench --format json}) and selects it. */
    public CompletableFuture<Void> importFile(Path file) {
        return CompletableFuture.supplyAsync(() -> library.importFile(file, Optional.empty()), background)
                .thenComposeAsync(
                        run -> afterStoring(run, "Imported " + file.getFileName() + " as \"" + run.label() + "\""), ui)
                .exceptionally(failure -> fail("Could not import " + file.getFileName(), failure));
    }

    /** Measures the form's plan, stores the result and selects it; {@link #cancel} stops it. */
    public CompletableFuture<Void> run() {
        BenchPlan plan;
        try {
            plan = plan();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        String name = label.get().isBlank()
                ? plan.target().label() + " " + LABEL_TIME.format(Instant.now())
                : label.get().strip();
        cancelled = false;
        running.set(true);
        progress.set(0);
        progressText.set("Starting");
        message.set("");
        return CompletableFuture.supplyAsync(() -> measure(plan), background)
                .thenApplyAsync(result -> library.save(result, name), background)
                .thenComposeAsync(run -> afterStoring(run, "Measured and stored \"" + run.label() + "\""), ui)
                .handleAsync(
                        (done, failure) -> {
                            running.set(false);
                            progressText.set("");
                            if (failure != null) {
                                if (cancelled) {
                                    message.set("Benchmark cancelled: nothing was stored.");
                                } else {
                                    fail("The benchmark failed", failure);
                                }
                            }
                            return null;
                        },
                        ui);
    }

    /** Stops the running benchmark within a window; nothing is stored. */
    public void cancel() {
        cancelled = true;
        Thread thread = measuring.get();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private BenchResult measure(BenchPlan plan) {
        measuring.set(Thread.currentThread());
        try {
            if (cancelled) {
                throw new CancellationException("cancelled");
            }
            return runner.run(plan, progressListener(plan));
        } catch (InterruptedException e) {
            throw new CompletionException(new CancellationException("cancelled"));
        } finally {
            measuring.set(null);
            Thread.interrupted(); // the pool's thread goes back clean
        }
    }

    private BenchProgress progressListener(BenchPlan plan) {
        int trials = plan.measurement().maxTrials();
        return new BenchProgress() {
            private volatile int point;
            private volatile int total = plan.pointCount();
            private volatile String description = "";

            @Override
            public void pointStarted(int index, int count, String what) {
                point = index;
                total = count;
                description = what;
                publish(index, 0, "Point " + (index + 1) + " of " + count + ": " + what + " (warming up)");
            }

            @Override
            public void windowMeasured(int trial, double throughput, double p95Ms) {
                publish(
                        point,
                        Math.min(trial, trials),
                        String.format(
                                Locale.ROOT,
                                "Point %d of %d: %s, window %d: %.1f infer/s, p95 %.2f ms",
                                point + 1,
                                total,
                                description,
                                trial,
                                throughput,
                                p95Ms));
            }

            private void publish(int index, int trial, String text) {
                double done = (index + (double) trial / trials) / Math.max(1, total);
                ui.execute(() -> {
                    progress.set(Math.min(1, done));
                    progressText.set(text);
                });
            }
        };
    }

    BenchPlan plan() {
        String where = target.get().strip();
        if (where.isEmpty()) {
            throw new IllegalArgumentException("Choose an .onnx file or type a server's URL.");
        }
        BenchTarget benchTarget;
        if (where.startsWith("http://") || where.startsWith("https://")) {
            if (modelName.get().isBlank()) {
                throw new IllegalArgumentException("A server needs the model's name on it.");
            }
            benchTarget =
                    new BenchTarget.OipHttp(URI.create(where), modelName.get().strip());
        } else {
            Path file = Path.of(where);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(where + " is not a file.");
            }
            benchTarget = new BenchTarget.OnnxFile(file);
        }
        List<LoadPoint> loads = new ArrayList<>();
        numbers("Concurrency", concurrency.get()).forEach(c -> loads.add(new LoadPoint.Concurrency(c)));
        MeasurementSettings measurement = MeasurementSettings.defaults().withWindow(duration(window.get()));
        return new BenchPlan(
                benchTarget,
                loads,
                numbers("Batch sizes", batches.get()),
                List.of(SessionSettings.defaults()),
                InputSource.Generated.random(),
                measurement,
                OptionalDouble.empty());
    }

    private static List<Integer> numbers(String field, String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                int value = Integer.parseInt(part.strip());
                if (value < 1) {
                    throw new NumberFormatException();
                }
                numbers.add(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        field + ": '" + part.strip() + "' is not a whole number of at least 1 (e.g. 1,2,4).");
            }
        }
        return numbers;
    }

    /** {@code 5s}, {@code 500ms} or a number of seconds. */
    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(
                        Long.parseLong(value.substring(0, value.length() - 2).strip()));
            }
            double seconds = Double.parseDouble(value.endsWith("s") ? value.substring(0, value.length() - 1) : value);
            if (!(seconds > 0)) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Window: '" + text + "' is not a duration such as 5s or 500ms.");
        }
    }

    private CompletableFuture<Void> afterStoring(BenchmarkRun run, String done) {
        return refresh()
                .thenRunAsync(
                        () -> {
                            message.set(done);
                            runs.stream()
                                    .filter(r -> r.id() == run.id())
                                    .findFirst()
                                    .ifPresent(r -> selected.setAll(List.of(r)));
                        },
                        ui);
    }

    public CompletableFuture<Void> renameSelected(String newLabel) {
        if (selected.size() != 1) {
            message.set("Select one run to rename.");
            return CompletableFuture.completedFuture(null);
        }
        long id = selected.get(0).id();
        return CompletableFuture.runAsync(() -> library.rename(id, newLabel), background)
                .thenComposeAsync(nothing -> refresh(), ui)
                .thenRunAsync(() -> message.set("Renamed to \"" + newLabel.strip() + "\""), ui)
                .exceptionally(failure -> fail("Could not rename", failure));
    }

    public CompletableFuture<Void> deleteSelected() {
        List<Long> ids = selected.stream().map(BenchmarkRun::id).toList();
        return CompletableFuture.runAsync(() -> ids.forEach(library::delete), background)
                .thenComposeAsync(
                        nothing -> {
                            selected.clear();
                            return refresh();
                        },
                        ui)
                .thenRunAsync(() -> message.set("Deleted " + ids.size() + (ids.size() == 1 ? " run" : " runs")), ui)
                .exceptionally(failure -> fail("Could not delete", failure));
    }

    /** JSON and CSV: the one selected run; XLSX: every selected run, compared when there are two. */
    public CompletableFuture<Void> export(Export format, Path file) {
        List<Long> ids = selected.stream().map(BenchmarkRun::id).toList();
        if (ids.isEmpty() || (format != Export.XLSX && ids.size() != 1)) {
            message.set(
                    format == Export.XLSX ? "Select runs to export." : "Select one run to export as " + format + ".");
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(
                        () -> {
                            try {
                                switch (format) {
                                    case XLSX -> library.exportExcel(ids, file);
                                    case JSON ->
                                        Files.writeString(
                                                file,
                                                library.export(ids.get(0), BenchmarkLibrary.ExportFormat.JSON),
                                                StandardCharsets.UTF_8);
                                    case CSV ->
                                        Files.writeString(
                                                file,
                                                library.export(ids.get(0), BenchmarkLibrary.ExportFormat.CSV),
                                                StandardCharsets.UTF_8);
                                }
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        background)
                .thenRunAsync(() -> message.set("Exported to " + file), ui)
                .exceptionally(failure -> fail("Could not export to " + file.getFileName(), failure));
    }

    private void showSelection() {
        int mine = ++selection;
        List<BenchmarkRun> chosen = List.copyOf(selected);
        CompletableFuture.supplyAsync(() -> load(chosen), background)
                .thenAcceptAsync(
                        loaded -> {
                            if (mine == selection) {
                                show(chosen, loaded);
                            }
                        },
                        ui)
                .exceptionally(failure -> fail("Could not read the selected results", failure));
    }

    private List<BenchResult> load(List<BenchmarkRun> chosen) {
        return chosen.stream().map(run -> library.result(run.id())).toList();
    }

    private void show(List<BenchmarkRun> chosen, List<BenchResult> results) {
        List<BenchmarkCurves.Curve> byConcurrency = new ArrayList<>();
        List<BenchmarkCurves.Curve> byThroughput = new ArrayList<>();
        List<BenchmarkCurves.Curve> byBatch = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String name = chosen.get(i).label();
            byConcurrency.addAll(BenchmarkCurves.throughputByConcurrency(name, results.get(i)));
            byThroughput.addAll(BenchmarkCurves.latencyByThroughput(name, results.get(i)));
            byBatch.addAll(BenchmarkCurves.throughputByBatch(name, results.get(i)));
        }
        throughputByConcurrency.setAll(byConcurrency);
        latencyByThroughput.setAll(byThroughput);
        throughputByBatch.setAll(byBatch);
        if (chosen.size() == 2) {
            BenchmarkReport.Comparison comparison = BenchmarkLibrary.reportComparison(
                    chosen.get(0).label(), chosen.get(1).label(), BenchComparison.of(results.get(0), results.get(1)));
            comparisonTitle.set("B \"" + comparison.labelB() + "\" ÷ A \"" + comparison.labelA() + "\": "
                    + comparison.rows().size() + " shared "
                    + (comparison.rows().size() == 1 ? "point" : "points"));
            ratios.setAll(comparison.rows());
            differences.setAll(comparison.differences().stream()
                    .map(d -> d.field() + ": A " + shown(d.a()) + ", B " + shown(d.b()))
                    .toList());
        } else {
            comparisonTitle.set(SELECT_TWO);
            ratios.clear();
            differences.clear();
        }
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    private Void fail(String what, Throwable failure) {
        ui.execute(() -> message.set(what + ": " + Failures.message(failure)));
        return null;
    }
}
