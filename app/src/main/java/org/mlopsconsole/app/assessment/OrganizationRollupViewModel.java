package org.mlopsconsole.app.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
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
import org.mlopsconsole.app.common.EmptyState;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.RollUp;
import org.mlopsconsole.reports.ReportFormat;
import org.mlopsconsole.reports.Reports;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.Organization;

/**
 * An organization rolled up from its teams ({@link OrganizationRollups}: each team's latest
 * assessment on the model most teams were assessed on), and per dimension the figures of the analysis'
 * {@link RollUp}: median and spread (lowest to highest) of the rated teams' levels and scores, and
 * the teams without a verdict there.
 */
public final class OrganizationRollupViewModel {

    /**
     * One dimension across the teams: {@code teams} counts those rated there; levels read "1
     * (Initial)", or "—" when no team is rated; {@code notRated} names the others with their
     * status ("Data team (not assessed)").
     */
    public record Row(
            String dimension,
            int teams,
            String medianLevel,
            String levels,
            String medianScore,
            String scoreSpread,
            String notRated,
            OptionalDouble medianScoreValue) {}

    /** What the roll-up shows before any team has a usable assessment. */
    public static final EmptyState EMPTY = new EmptyState(
            "No team of this organization has an assessment to roll up yet.",
            "Create an assessment for one of its teams and rate it; its scores then appear here.");

    private static final String NONE = "—";

    private final Organization organization;
    private final OrganizationRollups rollups;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper teamsUsed = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReportFormat> exportFormat = new SimpleObjectProperty<>(ReportFormat.XLSX);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();

    public OrganizationRollupViewModel(
            Organization organization,
            Engagements engagements,
            Assessments assessments,
            Executor background,
            Executor ui) {
        this.organization = organization;
        this.rollups = new OrganizationRollups(engagements, assessments);
        this.background = background;
        this.ui = ui;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Which assessment (title and date) each team brought, and the teams left out with the reason; "" before a roll-up. */
    public ReadOnlyStringProperty teamsUsedProperty() {
        return teamsUsed.getReadOnlyProperty();
    }

    private record Rolled(List<Row> rows, String summary, String teamsUsed) {}

    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(this::roll, background)
                .handleAsync(
                        (rolled, failure) -> {
                            if (failure != null) {
                                summary.set("Could not roll the teams up: " + Failures.message(failure));
                            } else {
                                rows.setAll(rolled.rows());
                                summary.set(rolled.summary());
                                teamsUsed.set(rolled.teamsUsed());
                            }
                            return null;
                        },
                        ui);
    }

    private Rolled roll() {
        OrganizationRollups.Outcome outcome = rollups.roll(organization);
        if (outcome instanceof OrganizationRollups.Rolled rolled) {
            return rows(rolled);
        }
        return new Rolled(List.of(), ((OrganizationRollups.NothingToRoll) outcome).reason(), "");
    }

    private static Rolled rows(OrganizationRollups.Rolled rolled) {
        MaturityModel model = rolled.model();
        RollUp rollUp = rolled.rollUp();
        List<Row> result =
                rollUp.dimensions().stream().map(figures -> row(model, figures)).toList();
        int used = rolled.teams().size();
        int left = rolled.leftOut().size();
        return new Rolled(
                result,
                "Latest assessment on " + model.name() + " of " + used + " team" + (used == 1 ? "" : "s")
                        + (left == 0 ? "" : "; " + left + " without one left out"),
                OrganizationRollups.assessmentsUsed(rolled)
                        + rolled.leftOut().stream()
                                .map(out -> " Left out: " + out.team().name() + " (" + out.reason() + ").")
                                .collect(Collectors.joining()));
    }

    private static Row row(MaturityModel model, RollUp.DimensionFigures figures) {
        return new Row(
                figures.dimension().name(),
                figures.ratedTeams(),
                levelText(figures.medianLevel()),
                figures.isRated()
                        ? figures.lowestLevel().orElseThrow().id() + "–"
                                + figures.highestLevel().orElseThrow().id()
                        : NONE,
                ScoreReportFormat.scoreText(model.scoring(), figures.medianScore()),
                figures.lowestScore().isPresent()
                        ? ScoreReportFormat.scoreText(model.scoring(), figures.lowestScore()) + "–"
                                + ScoreReportFormat.scoreText(model.scoring(), figures.highestScore())
                        : "n/a",
                figures.notRated().stream().map(RollUp.NotRated::text).collect(Collectors.joining(", ")),
                figures.medianScore());
    }

    private static String levelText(Optional<Level> level) {
        return level.map(AssessmentAnalysis::levelText).orElse(NONE);
    }

    /** The formats the roll-up is written in: xlsx and pdf. */
    public List<ReportFormat> exportFormats() {
        return List.of(ReportFormat.XLSX, ReportFormat.PDF);
    }

    public ObjectProperty<ReportFormat> exportFormatProperty() {
        return exportFormat;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** Where the last export went, or why it failed; empty before any. */
    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** The last roll-up written. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** True while there is nothing to export (no team rolled up yet) or an export is being written. */
    public BooleanBinding exportDisabled() {
        return Bindings.or(Bindings.isEmpty(rows), exporting);
    }

    /** The file name the save dialog proposes: the organization's name, "roll-up", the extension. */
    public String suggestedFileName() {
        String base = organization.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        return (base + "-roll-up").replaceAll("(^-+|-+$)", "") + "."
                + exportFormat.get().code();
    }

    /**
     * Writes the roll-up, read afresh from the workspace and dated today, to {@code target} on the
     * background executor: the same file as {@code mlops-console report --organization-rollup}.
     */
    public CompletableFuture<Path> export(Path target) {
        ReportFormat format = exportFormat.get();
        exporting.set(true);
        exported.set(null);
        exportStatus.set("Writing " + target.getFileName() + "…");
        CompletableFuture<Path> result = CompletableFuture.supplyAsync(() -> write(format, target), background);
        result.whenCompleteAsync(
                (file, failure) -> {
                    exporting.set(false);
                    if (failure == null) {
                        exported.set(file);
                        exportStatus.set("Roll-up written to " + file);
                    } else {
                        exportStatus.set("The roll-up was not written: " + Failures.message(failure));
                    }
                },
                ui);
        return result;
    }

    private Path write(ReportFormat format, Path target) {
        OrganizationRollups.Outcome outcome = rollups.roll(organization);
        if (outcome instanceof OrganizationRollups.NothingToRoll nothing) {
            throw new EngagementException(nothing.reason());
        }
        OrganizationRollups.Rolled rolled = (OrganizationRollups.Rolled) outcome;
        try {
            Reports.writeRollUp(rolled.report(organization.name(), LocalDate.now()), format, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return target.toAbsolutePath().normalize();
    }
}
