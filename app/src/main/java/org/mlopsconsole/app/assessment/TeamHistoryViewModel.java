package org.mlopsconsole.app.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.EmptyState;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.AssessmentComparison;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.ScorableResponses;
import org.mlopsconsole.workspace.Team;

/**
 * A team's re-assessments over time: the trend of each dimension across the assessments that used
 * the same model as the latest one, and any two of them compared question by question.
 */
public final class TeamHistoryViewModel {

    /** What the comparison table says while there are not two assessments to compare. */
    public static final EmptyState NOTHING_TO_COMPARE = new EmptyState(
            "There are no two assessments of this team on one model to compare.",
            "Run a follow-up assessment of the team on the same model, then pick both above.");

    /**
     * One assessment on the time line, scored: {@code level} only when the dimension was rated then,
     * {@code levelText} "1 (Initial)" or the status in words ("not assessed").
     */
    public record Point(
            Assessment assessment, String label, Optional<Level> level, String levelText, OptionalDouble score) {}

    /** A dimension's levels and scores, oldest assessment first. */
    public record Trend(String dimensionId, String dimension, List<Point> points) {
        public Trend {
            points = List.copyOf(points);
        }
    }

    /**
     * One question in two assessments, as {@link AssessmentComparison} compares them: {@code change}
     * is {@code up}, {@code down}, {@code same}, {@code changed} or {@code new}; {@code changed} when
     * it is not {@code same}.
     */
    public record Comparison(
            String questionId, String text, String before, String after, String change, boolean changed) {}

    private record Scored(Assessment assessment, ScoreReport report) {}

    private final Team team;
    private final Assessments repository;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Trend> trends = FXCollections.observableArrayList();
    private final ObservableList<Assessment> comparable = FXCollections.observableArrayList();
    private final ObservableList<Comparison> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private MaturityModel model;
    private final Map<Long, ScoreReport> reports = new HashMap<>();

    public TeamHistoryViewModel(Team team, Assessments repository, Executor background, Executor ui) {
        this.team = team;
        this.repository = repository;
        this.background = background;
        this.ui = ui;
    }

    public ObservableList<Trend> trends() {
        return trends;
    }

    /** The assessments of the trend's model, oldest first: the ones that can be compared. */
    public ObservableList<Assessment> comparable() {
        return comparable;
    }

    public ObservableList<Comparison> comparison() {
        return comparison;
    }

    /** What the trend covers, or why there is none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private record Loaded(MaturityModel model, List<Scored> scored, String summary) {}

    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(this::read, background)
                .handleAsync(
                        (loaded, failure) -> {
                            if (failure != null) {
                                summary.set("Could not read the history: " + Failures.message(failure));
                                return null;
                            }
                            show(loaded);
                            return null;
                        },
                        ui);
    }

    private Loaded read() {
        List<Assessment> all = repository.forTeam(team.id(), false); // oldest first
        if (all.isEmpty()) {
            return new Loaded(null, List.of(), team.name() + " has no assessment yet.");
        }
        Assessment latest = all.get(all.size() - 1);
        MaturityModel latestModel = AssessmentModels.of(latest);
        List<Scored> scored = new ArrayList<>();
        for (Assessment assessment : all) {
            if (assessment.modelId().equals(latest.modelId())
                    && assessment.customModel().equals(latest.customModel())) {
                Responses scorable = ScorableResponses.of(latestModel, repository.responses(assessment.id()))
                        .responses();
                scored.add(new Scored(assessment, Scorer.score(latestModel, scorable)));
            }
        }
        int skipped = all.size() - scored.size();
        String text = scored.size() + " assessment" + (scored.size() == 1 ? "" : "s") + " of " + team.name()
                + " with " + latestModel.name()
                + (skipped == 0 ? "" : "; " + skipped + " with another model left out");
        return new Loaded(latestModel, scored, text);
    }

    private void show(Loaded loaded) {
        summary.set(loaded.summary());
        model = loaded.model();
        reports.clear();
        loaded.scored().forEach(s -> reports.put(s.assessment().id(), s.report()));
        // after the reports: choosing the latest two compares them at once
        comparable.setAll(loaded.scored().stream().map(Scored::assessment).toList());
        if (model == null) {
            trends.clear();
            return;
        }
        List<Trend> result = new ArrayList<>();
        for (int d = 0; d < model.dimensions().size(); d++) {
            List<Point> points = new ArrayList<>();
            for (Scored s : loaded.scored()) {
                DimensionScore dimension = s.report().dimensions().get(d);
                points.add(new Point(
                        s.assessment(),
                        s.assessment().date() + " " + s.assessment().title(),
                        dimension.level(),
                        dimension
                                .level()
                                .map(AssessmentAnalysis::levelText)
                                .orElse(dimension.status().words()),
                        dimension.score()));
            }
            result.add(new Trend(
                    model.dimensions().get(d).id(), model.dimensions().get(d).name(), points));
        }
        trends.setAll(result);
    }

    /** Fills {@link #comparison()} with every question of {@code before} against {@code after}. */
    public void compare(Assessment before, Assessment after) {
        ScoreReport a = reports.get(before.id());
        ScoreReport b = reports.get(after.id());
        if (a == null || b == null || model == null) {
            comparison.clear();
            return;
        }
        List<Comparison> rows = AssessmentComparison.of(model, a, b).questions().stream()
                .map(change -> new Comparison(
                        change.question().id(),
                        change.question().text(),
                        change.beforeCode(),
                        change.nowCode(),
                        change.change().code(),
                        change.changed()))
                .toList();
        comparison.setAll(rows);
    }
}
