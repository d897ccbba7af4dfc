package org.mlopsconsole.app.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.Crosswalk;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.ScoringMethod;

/**
 * Results of an assessment, scored by the engine's {@link Scorer}: level and score per dimension
 * with the reason, current against target for the radar, the heatmap of questions × participants
 * and the roadmap.
 */
public final class ResultsViewModel {

    /** A dimension's verdict; {@code reason} says which unsatisfied questions held the level back. */
    public record DimensionResult(
            String id,
            String name,
            int level,
            String levelName,
            String score,
            OptionalInt target,
            OptionalInt gap,
            String reason) {}

    /** One question's row of the heatmap: each participant's rating, in participant order. */
    public record HeatmapRow(
            String questionId,
            String text,
            String dimension,
            List<Optional<Rating>> ratings,
            Optional<Rating> aggregate,
            boolean disagreement) {
        public HeatmapRow {
            ratings = List.copyOf(ratings);
        }
    }

    /** The next steps of one dimension, heaviest question first. */
    public record RoadmapGroup(String dimension, OptionalInt gap, double weight, List<String> steps) {
        public RoadmapGroup {
            steps = List.copyOf(steps);
        }
    }

    /** One bundled model's verdict for answers carried over from {@code mlops-practices}. */
    public record CrosswalkRow(String modelId, String modelName, String scoring, String level, String score) {}

    private final long assessmentId;
    private final MaturityModel model;
    private final AssessmentRepository repository;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<DimensionResult> dimensions = FXCollections.observableArrayList();
    private final ObservableList<String> participantNames = FXCollections.observableArrayList();
    private final ObservableList<HeatmapRow> heatmap = FXCollections.observableArrayList();
    private final ObservableList<RoadmapGroup> roadmap = FXCollections.observableArrayList();
    private final ObservableList<CrosswalkRow> crosswalk = FXCollections.observableArrayList();

    public ResultsViewModel(
            long assessmentId, MaturityModel model, AssessmentRepository repository, Executor background, Executor ui) {
        this.assessmentId = assessmentId;
        this.model = model;
        this.repository = repository;
        this.background = background;
        this.ui = ui;
    }

    /** "Level 2 · Managed · score 55.6" for the whole assessment. */
    public ReadOnlyStringProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    /** How a question counts as satisfied, said once under the table instead of in every reason. */
    public String passRule() {
        return model.scoring() == ScoringMethod.STAGED
                ? "A level is reached when every question up to it passes: rated " + passText()
                        + " or NA. Unanswered questions do not pass."
                : "Levels follow the score: each level has a minimum score; NA questions are left out.";
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<DimensionResult> dimensions() {
        return dimensions;
    }

    public ObservableList<String> participantNames() {
        return participantNames;
    }

    public ObservableList<HeatmapRow> heatmap() {
        return heatmap;
    }

    public ObservableList<RoadmapGroup> roadmap() {
        return roadmap;
    }

    public MaturityModel model() {
        return model;
    }

    /** Every bundled model side by side, when the assessment used {@code mlops-practices}; else empty. */
    public ObservableList<CrosswalkRow> crosswalk() {
        return crosswalk;
    }

    /** Sets (or with empty, clears) the target level of a dimension, then scores again. */
    public CompletableFuture<Void> setTarget(String dimensionId, OptionalInt level) {
        return CompletableFuture.runAsync(() -> repository.setTarget(assessmentId, dimensionId, level), background)
                .handleAsync(
                        (done, failure) -> {
                            if (failure != null) {
                                message.set("Could not save the target: " + Failures.message(failure));
                            }
                            return null;
                        },
                        ui)
                .thenCompose(done -> refresh());
    }

    private record Computed(
            String overall,
            List<DimensionResult> dimensions,
            List<String> participants,
            List<HeatmapRow> heatmap,
            List<RoadmapGroup> roadmap,
            List<CrosswalkRow> crosswalk) {}

    /** Scores the saved responses again in the background. */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(() -> compute(repository.responses(assessmentId)), background)
                .handleAsync(
                        (computed, failure) -> {
                            if (failure != null) {
                                message.set("Could not score the assessment: " + Failures.message(failure));
                                return null;
                            }
                            message.set("");
                            overall.set(computed.overall());
                            dimensions.setAll(computed.dimensions());
                            participantNames.setAll(computed.participants());
                            heatmap.setAll(computed.heatmap());
                            roadmap.setAll(computed.roadmap());
                            crosswalk.setAll(computed.crosswalk());
                            return null;
                        },
                        ui);
    }

    private Computed compute(Responses responses) {
        ScoreReport report = Scorer.score(model, responses);
        Map<String, QuestionScore> byQuestion = new HashMap<>();
        report.questions().forEach(q -> byQuestion.put(q.id(), q));
        List<DimensionResult> results = new ArrayList<>();
        for (int i = 0; i < report.dimensions().size(); i++) {
            DimensionScore score = report.dimensions().get(i);
            Dimension dimension = model.dimensions().get(i);
            results.add(new DimensionResult(
                    score.id(),
                    score.name(),
                    score.level().id(),
                    score.level().name(),
                    scoreText(score.score()),
                    score.target(),
                    score.gap(),
                    reason(dimension, score, byQuestion)));
        }
        String overallText = levelText(report.overall().level()) + " · score "
                + scoreText(report.overall().score());
        return new Computed(
                overallText,
                results,
                responses.respondents().stream().map(Respondent::name).toList(),
                heatmap(responses, byQuestion),
                roadmap(report, byQuestion),
                crosswalk(responses));
    }

    /** The crosswalk of the engine, for our practices model only (the bundled one, not a custom copy). */
    private List<CrosswalkRow> crosswalk(Responses responses) {
        ModelCatalog catalog = ModelCatalog.bundled();
        if (!model.equals(catalog.practicesModel())) {
            return List.of();
        }
        List<CrosswalkRow> rows = new ArrayList<>();
        for (ScoreReport report : new Crosswalk(catalog).scoreAll(responses)) {
            String name = catalog.find(report.model()).map(MaturityModel::name).orElse(report.model());
            rows.add(new CrosswalkRow(
                    report.model(),
                    name,
                    report.scoring().code(),
                    levelText(report.overall().level()),
                    scoreText(report.overall().score())));
        }
        return rows;
    }

    /** The score as the CLI prints it: rounded half-up to one decimal; "n/a" when every question is NA. */
    public static String scoreText(OptionalDouble score) {
        return score.isPresent() ? ScoreReportFormat.round(score.getAsDouble()).toPlainString() : "n/a";
    }

    private static String levelText(Level level) {
        return "Level " + level.id() + " · " + level.name();
    }

    /** Why the dimension stopped where it did, from the engine's rules c, d and f. */
    String reason(Dimension dimension, DimensionScore score, Map<String, QuestionScore> byQuestion) {
        if (model.scoring() == ScoringMethod.CONTINUOUS) {
            return continuousReason(score);
        }
        int lowestUnsatisfied = dimension.questions().stream()
                .filter(q -> !satisfied(byQuestion.get(q.id())))
                .mapToInt(Question::level)
                .min()
                .orElse(Integer.MAX_VALUE);
        if (lowestUnsatisfied == Integer.MAX_VALUE) {
            return "Every question up to level " + dimension.topQuestionLevel() + " is satisfied.";
        }
        String held = dimension.questions().stream()
                .filter(q -> q.level() == lowestUnsatisfied && !satisfied(byQuestion.get(q.id())))
                .map(q -> q.id() + " (" + ratingWords(byQuestion.get(q.id())) + ")")
                .collect(Collectors.joining(", "));
        return "Held below level " + lowestUnsatisfied + " by " + held + ".";
    }

    private String continuousReason(DimensionScore score) {
        if (score.score().isEmpty()) {
            return "Every question is NA: the dimension stays at the floor.";
        }
        int index = model.levels().indexOf(score.level());
        if (index == model.levels().size() - 1) {
            return "The score reaches the top level.";
        }
        Level next = model.levels().get(index + 1);
        return String.format(
                Locale.ROOT,
                "Score %s is below the %s of level %d (%s).",
                scoreText(score.score()),
                ScoreReportFormat.round(next.minScore()).toPlainString(),
                next.id(),
                next.name());
    }

    private boolean satisfied(QuestionScore question) {
        return question.rating()
                .map(r -> r == Rating.NA || model.passRatings().contains(r))
                .orElse(false);
    }

    private String passText() {
        return model.passRatings().stream()
                .sorted(Comparator.reverseOrder())
                .map(Rating::name)
                .collect(Collectors.joining(", "));
    }

    private static String ratingWords(QuestionScore question) {
        return question.rating().map(r -> "rated " + r).orElse("not answered");
    }

    private List<HeatmapRow> heatmap(Responses responses, Map<String, QuestionScore> byQuestion) {
        List<HeatmapRow> rows = new ArrayList<>();
        for (Dimension dimension : model.dimensions()) {
            for (Question question : dimension.questions()) {
                List<Optional<Rating>> ratings = responses.respondents().stream()
                        .map(r -> Optional.ofNullable(r.ratings().get(question.id())))
                        .toList();
                QuestionScore score = byQuestion.get(question.id());
                rows.add(new HeatmapRow(
                        question.id(),
                        question.text(),
                        dimension.name(),
                        ratings,
                        score.rating(),
                        score.disagreement()));
            }
        }
        return rows;
    }

    /** Next steps grouped by dimension: the largest gap first, then the heaviest dimension. */
    private List<RoadmapGroup> roadmap(ScoreReport report, Map<String, QuestionScore> byQuestion) {
        List<RoadmapGroup> groups = new ArrayList<>();
        for (int i = 0; i < report.dimensions().size(); i++) {
            DimensionScore score = report.dimensions().get(i);
            Dimension dimension = model.dimensions().get(i);
            if (score.nextSteps().isEmpty()) {
                continue;
            }
            Map<String, Question> questions = new HashMap<>();
            dimension.questions().forEach(q -> questions.put(q.id(), q));
            List<String> steps = score.nextSteps().stream()
                    .map(questions::get)
                    .sorted(Comparator.comparingDouble(Question::weight).reversed())
                    .map(q -> q.id() + ": " + q.text() + " (" + ratingWords(byQuestion.get(q.id())) + ")")
                    .toList();
            groups.add(new RoadmapGroup(dimension.name(), score.gap(), dimension.weight(), steps));
        }
        groups.sort(Comparator.comparingInt((RoadmapGroup g) -> g.gap().orElse(0))
                .reversed()
                .thenComparing(Comparator.comparingDouble(RoadmapGroup::weight).reversed()));
        return groups;
    }
}
