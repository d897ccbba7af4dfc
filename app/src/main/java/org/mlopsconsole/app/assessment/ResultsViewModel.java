package org.mlopsconsole.app.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.EmptyState;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.Crosswalk;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.ScoreStatus;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.OverallVerdict;
import org.mlopsconsole.assessment.analysis.QuestionFinding;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;
import org.mlopsconsole.assessment.analysis.RoleBreakdown;
import org.mlopsconsole.assessment.analysis.RoleBreakdown.RoleGroup;
import org.mlopsconsole.assessment.roles.RoleCatalog;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.ScorableResponses;

/**
 * Results of an assessment as the {@link AssessmentAnalysis} explains it (the same analysis the
 * reports and the command line show): the dimension profile with each level, score and reason,
 * the overall level with what holds it, the heatmap of questions × participants and the roadmap.
 * Nothing is scored or explained here; this class only arranges the analysis for the screen.
 */
public final class ResultsViewModel {

    /** The heatmap before anyone has rated. */
    public static final EmptyState NO_RATINGS = new EmptyState(
            "No ratings yet.", "Rate the questions in the Workshop tab, or open a live vote for the room to vote.");

    /** The profile of a model without dimensions to show. */
    public static final EmptyState NO_DIMENSIONS =
            new EmptyState("No dimension to show yet.", "Rate the questions in the Workshop tab; the levels follow.");

    /**
     * A dimension's verdict. {@code level} is present only when the dimension is rated; {@code
     * levelText} is then "2 (Managed)", else its status in words ("not applicable", "not
     * assessed"), never a level.
     */
    public record DimensionResult(
            String id,
            String name,
            ScoreStatus status,
            Optional<Level> level,
            String levelText,
            String score,
            OptionalInt target,
            OptionalInt gap,
            String reason) {

        public boolean isRated() {
            return status.isRated();
        }
    }

    /** One question's row of the heatmap: each participant's rating, in participant order. */
    public record HeatmapRow(
            String questionId,
            String text,
            String dimension,
            List<Optional<Rating>> ratings,
            Optional<Rating> aggregate,
            boolean disagreement,
            Optional<String> rolesDisagreeing) {
        public HeatmapRow {
            ratings = List.copyOf(ratings);
        }

        /** The spread column: "disagreement", with the roles that disagree when they do. */
        public String spread() {
            String roles = rolesDisagreeing.orElse("");
            return !disagreement ? roles : roles.isEmpty() ? "disagreement" : "disagreement: " + roles;
        }

        /** The question as the heatmap names it: its text first, its id second. */
        public String question() {
            return text + " (" + questionId + ")";
        }
    }

    /**
     * One roadmap item, in the analysis' order (to the next level first, then toward the target):
     * {@code horizon} is its label, {@code level} the level it leads to ("2 (Managed)", empty at
     * the top of a points-minimum model), {@code step} the question's text with its id and rating
     * second.
     */
    public record RoadmapStep(Horizon horizon, String dimension, String level, String step) {}

    /**
     * One bundled model's verdict for answers carried over from {@code mlops-practices}, and how
     * many of its questions were derived ("12/40 derived from 5 practice answers").
     */
    public record CrosswalkRow(
            String modelId, String modelName, String scoring, String level, String score, String derived) {}

    /**
     * A choice of the role filter: {@code key} empty for everyone, else a role of {@link
     * RoleBreakdown}; {@code label} "All participants" or "Data scientist (2)".
     */
    public record RoleFilter(String key, String label) {
        public static final RoleFilter ALL = new RoleFilter("", "All participants");

        public boolean isAll() {
            return key.isEmpty();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final long assessmentId;
    private final MaturityModel model;
    private final Assessments repository;
    private volatile Map<String, Integer> savedTargets = Map.of();
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overallReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<DimensionResult> dimensions = FXCollections.observableArrayList();
    private final ObservableList<String> participantNames = FXCollections.observableArrayList();
    private final ObservableList<HeatmapRow> heatmap = FXCollections.observableArrayList();
    private final ObservableList<RoadmapStep> roadmap = FXCollections.observableArrayList();
    private final ObservableList<CrosswalkRow> crosswalk = FXCollections.observableArrayList();
    private final ObservableList<RoleFilter> roleFilters = FXCollections.observableArrayList(RoleFilter.ALL);
    private final ObjectProperty<RoleFilter> roleFilter = new SimpleObjectProperty<>(RoleFilter.ALL);
    private final ReadOnlyStringWrapper roleNote = new ReadOnlyStringWrapper("");
    /** The filter the lists show now: setting it from a refresh's result must not score again. */
    private RoleFilter showingFilter = RoleFilter.ALL;

    public ResultsViewModel(
            long assessmentId, MaturityModel model, Assessments repository, Executor background, Executor ui) {
        this.assessmentId = assessmentId;
        this.model = model;
        this.repository = repository;
        this.background = background;
        this.ui = ui;
        roleFilter.addListener((o, was, is) -> {
            if (is != null && !is.equals(showingFilter)) {
                refresh();
            }
        });
    }

    /** "Level 1 (Initial) · score 35.2", or "Not applicable: no level" for the whole assessment. */
    public ReadOnlyStringProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    /** What holds the overall level: "Held at level 1 (Initial) by Fairness and trust." */
    public ReadOnlyStringProperty overallReasonProperty() {
        return overallReason.getReadOnlyProperty();
    }

    /** How the model's levels are reached, said once under the table instead of in every reason. */
    public String passRule() {
        return AssessmentAnalysis.passRule(model);
    }

    /** The last failure to read or score, in words; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * What scoring left out of the saved responses, such as "2 saved ratings are for questions model
     * X no longer asks: …"; empty when nothing was.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The dimension profile, in model order. */
    public ObservableList<DimensionResult> dimensions() {
        return dimensions;
    }

    public ObservableList<String> participantNames() {
        return participantNames;
    }

    public ObservableList<HeatmapRow> heatmap() {
        return heatmap;
    }

    public ObservableList<RoadmapStep> roadmap() {
        return roadmap;
    }

    public MaturityModel model() {
        return model;
    }

    /** A heatmap cell: the rating as the model labels it ("PI", "Yes"), "·" when not rated. */
    public String ratingText(Optional<Rating> rating) {
        return rating.map(model.ratingScale()::shown).orElse("·");
    }

    /** What each rating means in this model, under the heatmap: "FI = Fully implemented, …". */
    public String ratingLegend() {
        return model.ratingScale().legend();
    }

    /** Every bundled model side by side, when the assessment used {@code mlops-practices}; else empty. */
    public ObservableList<CrosswalkRow> crosswalk() {
        return crosswalk;
    }

    /** The roles of the participants to filter by, "All participants" first. */
    public ObservableList<RoleFilter> roleFilters() {
        return roleFilters;
    }

    /**
     * The role whose participants' ratings alone the results show (scores, reasons, heatmap and
     * roadmap: the analysis' {@link RoleBreakdown}); "All participants" for the whole room. Setting
     * it scores again.
     */
    public ObjectProperty<RoleFilter> roleFilterProperty() {
        return roleFilter;
    }

    /** What the filter shows, "Only the 2 participants of Data scientist: …"; empty for everyone. */
    public ReadOnlyStringProperty roleNoteProperty() {
        return roleNote.getReadOnlyProperty();
    }

    /** Sets (or with empty, clears) the target level of a dimension, then scores again. */
    public CompletableFuture<Void> setTarget(String dimensionId, OptionalInt level) {
        // Based on the targets last read: one saved meanwhile by someone else is a conflict, not lost.
        Integer seen = savedTargets.get(dimensionId);
        OptionalInt before = seen == null ? OptionalInt.empty() : OptionalInt.of(seen);
        return CompletableFuture.runAsync(
                        () -> repository.setTarget(assessmentId, dimensionId, before, level), background)
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
            String overallReason,
            String notice,
            List<DimensionResult> dimensions,
            List<String> participants,
            List<HeatmapRow> heatmap,
            List<RoadmapStep> roadmap,
            List<CrosswalkRow> crosswalk,
            List<RoleFilter> roles,
            RoleFilter shown,
            String roleNote) {}

    /** Scores the saved responses again in the background. */
    public CompletableFuture<Void> refresh() {
        RoleFilter wanted = Optional.ofNullable(roleFilter.get()).orElse(RoleFilter.ALL);
        return CompletableFuture.supplyAsync(() -> compute(repository.responses(assessmentId), wanted), background)
                .handleAsync(
                        (computed, failure) -> {
                            if (failure != null) {
                                message.set("Could not score the assessment: " + Failures.message(failure));
                                return null;
                            }
                            message.set("");
                            notice.set(computed.notice());
                            overall.set(computed.overall());
                            overallReason.set(computed.overallReason());
                            dimensions.setAll(computed.dimensions());
                            participantNames.setAll(computed.participants());
                            heatmap.setAll(computed.heatmap());
                            roadmap.setAll(computed.roadmap());
                            crosswalk.setAll(computed.crosswalk());
                            roleFilters.setAll(computed.roles());
                            showingFilter = computed.shown();
                            roleFilter.set(computed.shown());
                            roleNote.set(computed.roleNote());
                            return null;
                        },
                        ui);
    }

    private Computed compute(Responses saved, RoleFilter wanted) {
        savedTargets = Map.copyOf(saved.targets());
        ScorableResponses scorable = ScorableResponses.of(model, saved);
        Responses all = scorable.responses();
        RoleBreakdown breakdown = RoleBreakdown.of(model, all, RoleCatalog.bundled());
        List<RoleFilter> choices = new ArrayList<>(List.of(RoleFilter.ALL));
        breakdown.roles().forEach(role -> choices.add(filter(role)));
        Optional<RoleGroup> role = wanted.isAll() ? Optional.empty() : breakdown.role(wanted.key());
        Responses responses = role.map(breakdown::responsesOf).orElse(all);
        AssessmentAnalysis analysis = role.flatMap(found -> breakdown.analysis(found.key()))
                .orElseGet(() -> AssessmentAnalysis.of(model, all));
        return new Computed(
                overallText(analysis.overall()),
                analysis.overall().reason(),
                scorable.notice().orElse(""),
                analysis.dimensions().stream().map(ResultsViewModel::result).toList(),
                responses.respondents().stream().map(Respondent::name).toList(),
                heatmap(responses, analysis, breakdown),
                analysis.roadmap().stream().map(ResultsViewModel::step).toList(),
                role.isPresent() ? List.of() : crosswalk(responses),
                choices,
                role.map(ResultsViewModel::filter).orElse(RoleFilter.ALL),
                role.map(found ->
                                "Only the ratings of the " + found.respondents().size() + " participant"
                                        + (found.respondents().size() == 1 ? "" : "s") + " in the role " + found.name()
                                        + ": the consensus is the whole room's, so it is left out.")
                        .orElse(""));
    }

    private static RoleFilter filter(RoleGroup role) {
        return new RoleFilter(
                role.key(), role.name() + " (" + role.respondents().size() + ")");
    }

    /** The same verdict for the screen as the analysis gives every report. */
    static DimensionResult result(DimensionVerdict verdict) {
        return new DimensionResult(
                verdict.id(),
                verdict.name(),
                verdict.status(),
                verdict.level(),
                verdict.levelText(),
                verdict.scoreText(),
                verdict.target(),
                verdict.gap(),
                verdict.reason());
    }

    static RoadmapStep step(RoadmapItem item) {
        return new RoadmapStep(
                item.horizon(),
                item.dimension().name(),
                item.level().map(AssessmentAnalysis::levelText).orElse(""),
                item.text());
    }

    /** "Level 1 (Initial) · score 35.2"; without a level, the status says so: "Not applicable: no level". */
    static String overallText(OverallVerdict verdict) {
        if (!verdict.isRated()) {
            String words = verdict.status().words();
            return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": no level";
        }
        return "Level " + verdict.levelText() + " · score " + verdict.scoreText();
    }

    /** The crosswalk of the engine, for our practices model only (the bundled one, not a custom copy). */
    private List<CrosswalkRow> crosswalk(Responses responses) {
        ModelCatalog catalog = ModelCatalog.bundled();
        if (!model.equals(catalog.practicesModel())) {
            return List.of();
        }
        List<CrosswalkRow> rows = new ArrayList<>();
        for (Crosswalk.Result result : new Crosswalk(catalog).deriveAll(responses)) {
            ScoreReport report = result.report();
            String name = catalog.find(report.model()).map(MaturityModel::name).orElse(report.model());
            rows.add(new CrosswalkRow(
                    report.model(),
                    name,
                    report.scoring().code(),
                    report.overall()
                            .level()
                            .map(level -> "Level " + AssessmentAnalysis.levelText(level))
                            .orElse(report.overall().status().words()),
                    ScoreReportFormat.scoreText(
                            report.scoring(), report.overall().score()),
                    result.describe()));
        }
        return rows;
    }

    private static List<HeatmapRow> heatmap(Responses responses, AssessmentAnalysis analysis, RoleBreakdown breakdown) {
        List<HeatmapRow> rows = new ArrayList<>();
        for (QuestionFinding finding : analysis.questions()) {
            List<Optional<Rating>> ratings = responses.respondents().stream()
                    .map(r -> Optional.ofNullable(r.ratings().get(finding.id())))
                    .toList();
            rows.add(new HeatmapRow(
                    finding.id(),
                    finding.text(),
                    finding.dimension().name(),
                    ratings,
                    finding.rating(),
                    finding.disagreement(),
                    breakdown
                            .split(finding.id())
                            .map(split -> split.text(analysis.model().ratingScale()))));
        }
        return rows;
    }
}
