package org.mlopsconsole.app.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.assessment.AssessmentDirectory;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.app.common.FileOpener;
import org.mlopsconsole.reports.ReportFileNames;
import org.mlopsconsole.reports.ReportFormat;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.reports.Reports;

/**
 * The Reports section: pick an assessment of the workspace and a format, optionally an earlier
 * assessment of the same team to compare with, write the report in the background, then open it.
 * Every report carries the options saved in Settings → Reports (branding, paper), read at each
 * export. The same files as {@code mlops-console report --assessment ID [--baseline-assessment ID]}.
 */
public final class ReportsViewModel {

    /** An assessment as the picker shows it. */
    public record Choice(
            long assessmentId, String label, String suggestedName, long teamId, String modelId, long previousId) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The baseline list's first entry: a report of the assessment alone. */
    public static final Choice NO_COMPARISON = new Choice(-1, "No comparison", "", -1, "", -1);

    private final AssessmentDirectory directory;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Choice> assessments = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.XLSX);
    private final ObservableList<Choice> baselines = FXCollections.observableArrayList(NO_COMPARISON);
    private final ObjectProperty<Choice> baseline = new SimpleObjectProperty<>(NO_COMPARISON);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final Supplier<ReportOptions> options;
    private final FileOpener opener;

    /** Reports with the default options, opened nowhere (tests). */
    public ReportsViewModel(AssessmentDirectory directory, Executor background, Executor ui) {
        this(directory, ReportOptions::defaults, file -> Optional.empty(), background, ui);
    }

    /**
     * @param options the saved report options, read on {@code background} at each export
     * @param opener opens a written report; run on {@code background}
     */
    public ReportsViewModel(
            AssessmentDirectory directory,
            Supplier<ReportOptions> options,
            FileOpener opener,
            Executor background,
            Executor ui) {
        this.directory = directory;
        this.options = options;
        this.opener = opener;
        this.background = background;
        this.ui = ui;
        selected.addListener((observable, before, now) -> offerBaselines(true));
        assessments.addListener((javafx.collections.ListChangeListener<Choice>) change -> offerBaselines(false));
    }

    /**
     * The other assessments of the chosen one's team on the same model, newest first; a follow-up
     * compares with the assessment it follows unless another comparison was chosen for it.
     */
    private void offerBaselines(boolean newSelection) {
        Choice current = selected.get();
        Choice keep = baseline.get();
        List<Choice> earlier = current == null
                ? List.of()
                : assessments.stream()
                        .filter(c -> c.teamId() == current.teamId()
                                && c.modelId().equals(current.modelId())
                                && c.assessmentId() != current.assessmentId())
                        .toList();
        baselines.setAll(NO_COMPARISON);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            baselines.add(earlier.get(i));
        }
        Optional<Choice> previous = current == null
                ? Optional.empty()
                : baselines.stream()
                        .filter(c -> c.assessmentId() == current.previousId())
                        .findFirst();
        boolean keepChoice = baselines.contains(keep) && !(newSelection && keep == NO_COMPARISON);
        baseline.set(keepChoice ? keep : previous.orElse(NO_COMPARISON));
    }

    /** Reloads the assessments (the workshop may have added some since). */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(this::choices, background).thenAcceptAsync(this::show, ui);
    }

    private List<Choice> choices() {
        return directory.all().stream()
                .filter(entry -> !entry.assessment().archived())
                .map(entry -> new Choice(
                        entry.assessment().id(),
                        entry.organization().name() + " · " + entry.team().name() + " · "
                                + entry.assessment().date() + " "
                                + entry.assessment().title(),
                        ReportFileNames.base(
                                entry.organization().name(),
                                entry.team().name(),
                                entry.assessment().date()),
                        entry.team().id(),
                        entry.assessment().modelId(),
                        directory.previous(entry.assessment().id()).orElse(-1L)))
                .toList();
    }

    private void show(List<Choice> choices) {
        Optional<Long> keep = Optional.ofNullable(selected.get()).map(Choice::assessmentId);
        assessments.setAll(choices);
        selected.set(choices.stream()
                .filter(c -> keep.isPresent() && c.assessmentId() == keep.get())
                .findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(choices.size() - 1)));
        if (choices.isEmpty()) {
            status.set("No assessments yet: create one in the Assessments section.");
        }
    }

    public ObservableList<Choice> assessments() {
        return assessments;
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public List<ReportFormat> formats() {
        return List.of(ReportFormat.values());
    }

    /** "No comparison", then the other assessments of the chosen one's team on its model. */
    public ObservableList<Choice> baselines() {
        return baselines;
    }

    public ObjectProperty<Choice> baselineProperty() {
        return baseline;
    }

    /** True when the chosen format cannot hold a comparison or there is nothing to compare with. */
    public BooleanBinding baselineDisabled() {
        return Bindings.createBooleanBinding(
                () -> format.get() == null || !format.get().hasComparison() || baselines.size() < 2, format, baselines);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the status is an error (the export or Open failed), for its style. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /**
     * Opens the last report written on the background executor; when no program takes it the
     * status says so, with where the file is, and {@link #failedProperty()} turns true.
     */
    public CompletableFuture<Void> open() {
        Path file = written.get();
        if (file == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> opener.open(file), background)
                .exceptionally(failure -> Optional.of(Failures.rootMessage(failure)))
                .thenAcceptAsync(
                        problem -> problem.ifPresent(why -> {
                            failed.set(true);
                            status.set("Could not open " + file.getFileName() + ": " + why + ". The report is at "
                                    + file.toAbsolutePath() + ".");
                        }),
                        ui);
    }

    /** The last report written, for "Open". */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** True while nothing can be exported: no assessment chosen, or a report being written. */
    public BooleanBinding exportDisabled() {
        return Bindings.or(selected.isNull(), running);
    }

    /** The file name the save dialog proposes, with the format's extension. */
    public String suggestedFileName() {
        Choice choice = selected.get();
        String base = choice == null ? "report" : choice.suggestedName();
        return base + "." + format.get().code();
    }

    /** Writes the report to {@code target} in the background; the status says how it went. */
    public CompletableFuture<Path> export(Path target) {
        Choice choice = selected.get();
        ReportFormat chosen = format.get();
        Optional<Choice> compareWith =
                Optional.ofNullable(baseline.get()).filter(b -> b != NO_COMPARISON && chosen.hasComparison());
        running.set(true);
        written.set(null);
        failed.set(false);
        status.set("Writing " + target.getFileName() + "…");
        CompletableFuture<Written> writing =
                CompletableFuture.supplyAsync(() -> write(choice, compareWith, chosen, target), background);
        CompletableFuture<Path> result = writing.thenApply(Written::file);
        writing.whenCompleteAsync(
                (done, failure) -> {
                    running.set(false);
                    if (failure == null) {
                        written.set(done.file());
                        status.set("Report written to " + done.file()
                                + done.notice().map(notice -> ". " + notice).orElse(""));
                    } else {
                        failed.set(true);
                        status.set("The report was not written: " + Failures.rootMessage(failure));
                    }
                },
                ui);
        return result;
    }

    /** A report written, and what its scoring left out of the saved responses, if anything. */
    private record Written(Path file, Optional<String> notice) {}

    private Written write(Choice choice, Optional<Choice> compareWith, ReportFormat chosen, Path target) {
        AssessmentDirectory.Loaded loaded = directory.load(choice.assessmentId());
        ReportOptions presentation = options.get();
        ReportInput current = loaded.reportInput().withOptions(presentation);
        try {
            if (compareWith.isPresent()) {
                Reports.writeComparison(
                        directory
                                .load(compareWith.get().assessmentId())
                                .reportInput()
                                .withOptions(presentation),
                        current,
                        chosen,
                        target);
            } else {
                Reports.write(current, chosen, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(
                target.toAbsolutePath().normalize(), loaded.scorable().notice());
    }
}
