package org.mlopsconsole.app.deployments;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.batch.BatchJob;
import org.mlopsconsole.runtime.batch.BatchResult;
import org.mlopsconsole.runtime.batch.BatchScorer;
import org.mlopsconsole.runtime.batch.BatchScoringException;
import org.mlopsconsole.runtime.batch.TableFormat;

/**
 * Deployments → Score a file…: one file scored by a served model through the runtime's {@link
 * BatchScorer} on the background executor, with progress, cancel and a summary of bad rows.
 */
public final class ScoreFileViewModel {

    private final LocalRuntime runtime;
    private final String model;
    private final Executor background;
    private final Executor ui;

    private final ObjectProperty<Path> input = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>();
    private final StringProperty columns = new SimpleStringProperty("");
    private final StringProperty batchSize = new SimpleStringProperty(String.valueOf(BatchJob.DEFAULT_BATCH_SIZE));
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(true);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObservableList<String> badRows = FXCollections.observableArrayList();
    private final AtomicBoolean cancel = new AtomicBoolean();

    public ScoreFileViewModel(LocalRuntime runtime, String model, Executor background, Executor ui) {
        this.runtime = runtime;
        this.model = model;
        this.background = background;
        this.ui = ui;
        input.addListener((observable, old, file) -> {
            if (file != null) {
                output.set(suggestedOutput(file));
            }
        });
    }

    public String model() {
        return model;
    }

    /** The file beside the input, named NAME-scored.EXT. */
    static Path suggestedOutput(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String scored = dot > 0 ? name.substring(0, dot) + "-scored" + name.substring(dot) : name + "-scored";
        return input.resolveSibling(scored);
    }

    /** Scores the chosen file; the future completes on the UI executor when the run ends, however it ends. */
    public CompletableFuture<Void> start() {
        BatchJob job;
        try {
            job = job();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        cancel.set(false);
        running.set(true);
        failed.set(false);
        progress.set(0);
        badRows.clear();
        status.set("Scoring " + job.input().getFileName() + "…");
        BatchScorer scorer = new BatchScorer(runtime);
        return CompletableFuture.supplyAsync(
                        () -> scorer.score(
                                job,
                                step -> ui.execute(() -> {
                                    progress.set(step.fraction());
                                    status.set(String.format(
                                            Locale.ROOT, "%d rows scored, %d bad", step.rowsScored(), step.badRows()));
                                }),
                                cancel::get),
                        background)
                .handleAsync(
                        (result, error) -> {
                            running.set(false);
                            if (error == null) {
                                show(result, job.format());
                            } else {
                                fail(message(error));
                            }
                            return null;
                        },
                        ui);
    }

    /** Stops the run before its next row; nothing is written. */
    public void cancel() {
        cancel.set(true);
    }

    private BatchJob job() {
        if (input.get() == null) {
            throw new IllegalArgumentException("Choose a file to score.");
        }
        if (output.get() == null || output.get().equals(input.get())) {
            throw new IllegalArgumentException("Choose an output file other than the input.");
        }
        TableFormat format = TableFormat.fromFileName(input.get())
                .orElseThrow(() -> new IllegalArgumentException("Cannot tell the format of "
                        + input.get().getFileName() + ": use .csv, .jsonl, .ndjson or .parquet."));
        int batch;
        try {
            batch = Integer.parseInt(batchSize.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Batch size must be a whole number, not '" + batchSize.get() + "'.");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("Batch size must be at least 1.");
        }
        List<String> chosen = Arrays.stream(columns.get().split(","))
                .map(String::trim)
                .filter(column -> !column.isEmpty())
                .toList();
        return new BatchJob(model, input.get(), output.get(), format, batch, chosen, skipBadRows.get());
    }

    private void show(BatchResult result, TableFormat format) {
        progress.set(1);
        result.badRows().forEach(row -> badRows.add(row.describe(format)));
        status.set(String.format(
                Locale.ROOT,
                "Scored %d rows at %.0f rows/s; %d bad row(s) left out; wrote %s",
                result.rowsScored(),
                result.rowsPerSecond(),
                result.badRows().size(),
                result.output().getFileName()));
    }

    private void fail(String message) {
        failed.set(true);
        status.set(message);
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return "Cancelled; nothing was written.";
        }
        if (cause instanceof BatchScoringException) {
            return cause.getMessage() + "; nothing was written.";
        }
        return "Scoring failed: " + cause.getMessage() + "; nothing was written.";
    }

    public ObjectProperty<Path> inputProperty() {
        return input;
    }

    public ObjectProperty<Path> outputProperty() {
        return output;
    }

    public StringProperty columnsProperty() {
        return columns;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** "line 17: ..." for each row left out. */
    public ObservableList<String> badRows() {
        return FXCollections.unmodifiableObservableList(badRows);
    }
}
