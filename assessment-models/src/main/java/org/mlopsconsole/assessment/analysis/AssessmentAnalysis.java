package org.mlopsconsole.assessment.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.OverallScore;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.ScoreStatus;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.ScoringMethod;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;

/**
 * One assessment explained: the engine's verdicts (docs/scoring.md) with the reasons, the roadmap,
 * strongest and weakest dimensions, disagreements and the executive summary's facts. Results, the
 * reports and the command line all show this, so an assessment explains itself one way.
 */
public final class AssessmentAnalysis {

    /** How many questions a score-based reason names, and how many dimensions strongest/weakest list. */
    private static final int NAMED = 3;

    private final MaturityModel model;
    private final Responses responses;
    private final ScoreReport report;
    private final Map<String, QuestionFinding> findings = new HashMap<>();
    private final List<QuestionFinding> questions = new ArrayList<>();
    private final List<DimensionVerdict> dimensions = new ArrayList<>();
    private final OverallVerdict overall;
    private final List<RoadmapItem> roadmap;

    private AssessmentAnalysis(MaturityModel model, Responses responses, ScoreReport report) {
        this.model = model;
        this.responses = responses;
        this.report = report;
        requireFits();
        Map<String, QuestionScore> scores = new HashMap<>();
        report.questions().forEach(score -> scores.put(score.id(), score));
        for (Dimension dimension : model.dimensions()) {
            for (Question question : dimension.questions()) {
                QuestionScore score = scores.getOrDefault(
                        question.id(), new QuestionScore(question.id(), Optional.empty(), false, 0));
                QuestionFinding finding = new QuestionFinding(dimension, question, score, model.ratingScale());
                findings.put(question.id(), finding);
                questions.add(finding);
            }
        }
        for (int i = 0; i < model.dimensions().size(); i++) {
            dimensions.add(
                    verdict(model.dimensions().get(i), report.dimensions().get(i)));
        }
        this.overall = overallVerdict();
        this.roadmap = List.copyOf(buildRoadmap());
    }

    /** Scores {@code responses} and explains the result; throws {@link IllegalArgumentException} when they do not fit. */
    public static AssessmentAnalysis of(MaturityModel model, Responses responses) {
        return new AssessmentAnalysis(model, responses, Scorer.score(model, responses));
    }

    /** Explains a report already scored from {@code responses} on {@code model}. */
    public static AssessmentAnalysis of(MaturityModel model, Responses responses, ScoreReport report) {
        return new AssessmentAnalysis(model, responses, report);
    }

    /** Explains a report without its responses (a derived one, say): the summary counts no participant. */
    public static AssessmentAnalysis of(MaturityModel model, ScoreReport report) {
        return new AssessmentAnalysis(model, Responses.empty(model.id()), report);
    }

    private void requireFits() {
        if (!report.model().equals(model.id())) {
            throw new IllegalArgumentException(
                    "the report is for model \"" + report.model() + "\", not \"" + model.id() + "\"");
        }
        List<String> expected = model.dimensions().stream().map(Dimension::id).toList();
        List<String> actual =
                report.dimensions().stream().map(DimensionScore::id).toList();
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException(
                    "the report has dimensions " + actual + " but model \"" + model.id() + "\" has " + expected);
        }
    }

    public MaturityModel model() {
        return model;
    }

    public Responses responses() {
        return responses;
    }

    public ScoreReport report() {
        return report;
    }

    public ScoringMethod scoring() {
        return model.scoring();
    }

    public OverallVerdict overall() {
        return overall;
    }

    /** Per dimension, in model order. */
    public List<DimensionVerdict> dimensions() {
        return List.copyOf(dimensions);
    }

    public Optional<DimensionVerdict> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    /** Every question with its verdict, dimension by dimension, in definition order. */
    public List<QuestionFinding> questions() {
        return List.copyOf(questions);
    }

    /** The question's verdict; throws {@link IllegalArgumentException} for an id the model lacks. */
    public QuestionFinding question(String questionId) {
        QuestionFinding finding = findings.get(questionId);
        if (finding == null) {
            throw new IllegalArgumentException("model \"" + model.id() + "\" has no question \"" + questionId + "\"");
        }
        return finding;
    }

    Optional<QuestionFinding> questionIfPresent(String questionId) {
        return Optional.ofNullable(findings.get(questionId));
    }

    /** Every question's risk by rule j of docs/scoring.md, with no override. */
    public RiskRegister risks() {
        return risks(Map.of());
    }

    /**
     * Every question's risk by rule j of docs/scoring.md, {@code overrides} (by question id) in
     * place of the computed ones; an override for a question the model lacks is an {@link
     * IllegalArgumentException} naming it.
     */
    public RiskRegister risks(Map<String, RiskOverride> overrides) {
        return RiskRegister.of(this, overrides);
    }

    /**
     * The roadmap, by one rule (docs/scoring.md, "Roadmap"):
     *
     * <ol>
     *   <li>Only rated dimensions have items; a not-applicable or not-assessed one has none.
     *   <li><b>next-level</b> items come first: each dimension's next steps, the unsatisfied
     *       questions at the lowest level above the level given that has any (points-minimum:
     *       every question not rated FI or NA).
     *   <li><b>toward-target</b> items follow: the dimension's other unsatisfied questions at levels
     *       up to and including its target; none without a target, or when the next level already
     *       reaches it.
     *   <li>Within each group, dimensions with the largest gap come first, then the heaviest, then
     *       model order; within a dimension the lowest level first, then the heaviest question,
     *       then definition order.
     *   <li>Every item is labelled {@code next-level} or {@code toward-target} and names the
     *       question by its text, its id second.
     * </ol>
     */
    public List<RoadmapItem> roadmap() {
        return roadmap;
    }

    /** The roadmap items of one group. */
    public List<RoadmapItem> roadmap(Horizon horizon) {
        return roadmap.stream().filter(item -> item.horizon() == horizon).toList();
    }

    /**
     * The strongest rated dimensions, strongest first: highest level, then highest score, then
     * model order. At most half of the rated dimensions (rounded down) and at most three, so
     * strongest and weakest never share a dimension.
     */
    public List<DimensionVerdict> strongest() {
        List<DimensionVerdict> ranked = rankedWeakestFirst();
        List<DimensionVerdict> strongest =
                new ArrayList<>(ranked.subList(ranked.size() - shown(ranked), ranked.size()));
        java.util.Collections.reverse(strongest);
        return List.copyOf(strongest);
    }

    /** The weakest rated dimensions, weakest first; see {@link #strongest()}. */
    public List<DimensionVerdict> weakest() {
        List<DimensionVerdict> ranked = rankedWeakestFirst();
        return List.copyOf(ranked.subList(0, shown(ranked)));
    }

    private static int shown(List<DimensionVerdict> ranked) {
        return Math.min(NAMED, ranked.size() / 2);
    }

    /** Rated dimensions, lowest level first, then lowest score; ties keep model order (a stable sort). */
    private List<DimensionVerdict> rankedWeakestFirst() {
        return dimensions.stream()
                .filter(DimensionVerdict::isRated)
                .sorted(Comparator.comparingInt((DimensionVerdict d) ->
                                model.levels().indexOf(d.level().orElseThrow()))
                        .thenComparingDouble(d -> d.score().score().orElse(0)))
                .toList();
    }

    /** The questions whose participants disagreed (rule b, the engine's flag), in definition order. */
    public List<QuestionFinding> disagreements() {
        return questions.stream().filter(QuestionFinding::disagreement).toList();
    }

    /** The executive summary's facts and paragraphs. */
    public ExecutiveSummary summary() {
        List<DimensionVerdict> notRated =
                dimensions.stream().filter(d -> !d.isRated()).toList();
        List<DimensionVerdict> belowTarget = dimensions.stream()
                .filter(d -> d.gap().orElse(0) > 0)
                .sorted(Comparator.comparingInt((DimensionVerdict d) -> d.gap().getAsInt())
                        .reversed())
                .toList();
        String overallLevel = overall.isRated()
                ? "Level " + overall.levelText()
                : capitalized(overall.status().words());
        return new ExecutiveSummary(
                overall.status(),
                overallLevel,
                overall.scoreText(),
                responses.respondents().size(),
                strongest(),
                weakest(),
                notRated,
                belowTarget,
                disagreements(),
                roadmap.size(),
                paragraphs(notRated, belowTarget));
    }

    private List<String> paragraphs(List<DimensionVerdict> notRated, List<DimensionVerdict> belowTarget) {
        List<String> paragraphs = new ArrayList<>();
        int participants = responses.respondents().size();
        String against =
                "assessed against " + model.name() + " (" + model.scoring().code() + " scoring) with " + participants
                        + " participant" + (participants == 1 ? "" : "s") + ".";
        if (overall.isRated()) {
            paragraphs.add("Overall level " + overall.levelText() + " of "
                    + model.levels().size() + " levels, score " + overall.scoreText() + scoreScale() + ", " + against);
        } else {
            paragraphs.add(capitalized(overall.status().words()) + ": no overall level or score, " + against);
        }
        paragraphs.add(overall.reason());
        List<DimensionVerdict> strongest = strongest();
        if (!strongest.isEmpty()) {
            paragraphs.add("Strongest: " + ranked(strongest) + ".");
            paragraphs.add("Weakest: " + ranked(weakest()) + ".");
        }
        if (!notRated.isEmpty()) {
            paragraphs.add("Without a level: " + withStatus(notRated) + ".");
        }
        if (!belowTarget.isEmpty()) {
            paragraphs.add(belowTarget.size() + " dimension" + (belowTarget.size() == 1 ? " is" : "s are")
                    + " below target: "
                    + belowTarget.stream()
                            .map(d -> d.name() + " (gap " + d.gap().getAsInt() + ")")
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        int disagreements = disagreements().size();
        if (disagreements > 0) {
            paragraphs.add("Participants disagreed by two or more steps on " + disagreements + " question"
                    + (disagreements == 1 ? "" : "s") + "; the appendix lists them.");
        }
        paragraphs.add(roadmapSentence());
        return paragraphs;
    }

    private String roadmapSentence() {
        int next = roadmap(Horizon.NEXT_LEVEL).size();
        int toward = roadmap.size() - next;
        if (roadmap.isEmpty()) {
            return "The roadmap is empty: no rated dimension has a question left to satisfy.";
        }
        return "The roadmap lists " + roadmap.size() + " item" + (roadmap.size() == 1 ? "" : "s") + ": " + next
                + " to the next level" + (toward == 0 ? "" : ", then " + toward + " toward the targets") + ".";
    }

    /** " of 100" for scores on the 0–100 scale; points-minimum scores have no fixed top. */
    private String scoreScale() {
        return model.scoring() == ScoringMethod.POINTS_MINIMUM ? " points" : " of 100";
    }

    private String ranked(List<DimensionVerdict> verdicts) {
        return verdicts.stream()
                .map(d -> d.name() + " (level " + d.level().orElseThrow().id() + ", score " + d.scoreText() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String withStatus(List<DimensionVerdict> verdicts) {
        return verdicts.stream()
                .map(d -> d.name() + " (" + d.status().words() + ")")
                .collect(Collectors.joining(", "));
    }

    /** "2 (Managed)". */
    public static String levelText(Level level) {
        return level.id() + " (" + level.name() + ")";
    }

    /** A score as this model's outputs print it: one decimal, up to two for points-minimum; "n/a" without one. */
    public String scoreText(OptionalDouble score) {
        return ScoreReportFormat.scoreText(model.scoring(), score);
    }

    /** The ratings that satisfy a question besides NA, in words: "FI or LI". */
    public String passText() {
        return passText(model);
    }

    private static String passText(MaturityModel model) {
        return model.passingRatings().stream().map(Rating::name).collect(Collectors.joining(" or "));
    }

    /**
     * How the model's levels are reached, in a few sentences: said once beside the verdicts
     * instead of in every reason.
     */
    public static String passRule(MaturityModel model) {
        return switch (model.scoring()) {
            case STAGED ->
                "A level is given when every question up to it is rated " + passText(model)
                        + " or NA and at least one question at it is not NA. Unanswered questions do not pass;"
                        + " a dimension rated all NA is not applicable and has no level.";
            case CONTINUOUS ->
                "Levels follow the score: each level has a minimum score; NA questions are left out,"
                        + " and a dimension rated all NA has no level.";
            case POINTS_MINIMUM ->
                "Each dimension sums its questions' points; the overall score is the lowest"
                        + " dimension's, and a level applies when the score is above its minimum.";
        };
    }

    // ---- dimension verdicts ------------------------------------------------------------------

    private DimensionVerdict verdict(Dimension dimension, DimensionScore score) {
        List<QuestionFinding> nextSteps =
                score.nextSteps().stream().map(this::question).toList();
        String scoreText = scoreText(score.score());
        if (!score.isRated()) {
            return new DimensionVerdict(
                    dimension,
                    score,
                    score.status().words(),
                    scoreText,
                    notRatedReason(score.status()),
                    List.of(),
                    nextSteps);
        }
        Level level = score.level().orElseThrow();
        List<QuestionFinding> heldBackBy =
                model.scoring() == ScoringMethod.STAGED ? nextSteps : lowestUnsatisfied(dimension);
        String reason = model.scoring() == ScoringMethod.STAGED
                ? stagedReason(dimension, level, heldBackBy)
                : scoreReason(level, scoreText, heldBackBy);
        return new DimensionVerdict(dimension, score, levelText(level), scoreText, reason, heldBackBy, nextSteps);
    }

    private static String notRatedReason(ScoreStatus status) {
        return status == ScoreStatus.NOT_APPLICABLE
                ? "Not applicable: every question is rated NA, so the dimension has no level and counts for nothing overall."
                : "Not assessed: no question is rated FI, LI, PI or NI yet, so the dimension has no level.";
    }

    private String stagedReason(Dimension dimension, Level level, List<QuestionFinding> heldBackBy) {
        if (heldBackBy.isEmpty()) {
            String reason = "Nothing holds it back: every question is satisfied or NA.";
            return dimension.topQuestionLevel() > level.id()
                    ? reason + " The levels above " + level.id() + " have no applicable question here."
                    : reason;
        }
        int blocked = heldBackBy.get(0).question().level();
        return "Held back from level "
                + model.level(blocked).map(AssessmentAnalysis::levelText).orElse("" + blocked) + " by: "
                + described(heldBackBy) + ".";
    }

    private String scoreReason(Level level, String scoreText, List<QuestionFinding> heldBackBy) {
        Optional<Level> next = above(level);
        if (next.isEmpty()) {
            return "Score " + scoreText + " reaches the top level, " + levelText(level) + ".";
        }
        boolean strict = model.scoring() == ScoringMethod.POINTS_MINIMUM;
        String sentence = "Score " + scoreText + (strict ? " is not above the " : " is below the ")
                + ScoreReportFormat.round(model.scoring(), next.get().minScore())
                        .toPlainString() + " that level "
                + levelText(next.get()) + " needs";
        return heldBackBy.isEmpty() ? sentence + "." : sentence + "; held back by: " + described(heldBackBy) + ".";
    }

    /** Score-based models: the unsatisfied questions worth least, lowest first (at most three). */
    private List<QuestionFinding> lowestUnsatisfied(Dimension dimension) {
        return dimension.questions().stream()
                .map(question -> findings.get(question.id()))
                .filter(finding -> !satisfied(finding))
                .sorted(Comparator.comparingDouble(this::worth))
                .limit(NAMED)
                .toList();
    }

    private double worth(QuestionFinding finding) {
        Optional<Rating> rating = finding.rating();
        if (rating.isEmpty()) {
            return -1;
        }
        return model.scoring() == ScoringMethod.POINTS_MINIMUM
                ? model.ratingScale().points(rating.get())
                : rating.get().value();
    }

    private boolean satisfied(QuestionFinding finding) {
        return finding.rating().map(model::satisfiedBy).orElse(false);
    }

    private Optional<Level> above(Level level) {
        int index = model.levels().indexOf(level);
        return index + 1 < model.levels().size() ? Optional.of(model.levels().get(index + 1)) : Optional.empty();
    }

    private static String described(List<QuestionFinding> findings) {
        return findings.stream().map(QuestionFinding::described).collect(Collectors.joining("; "));
    }

    // ---- overall -----------------------------------------------------------------------------

    private OverallVerdict overallVerdict() {
        OverallScore score = report.overall();
        List<DimensionVerdict> rated =
                dimensions.stream().filter(DimensionVerdict::isRated).toList();
        List<DimensionVerdict> leftOut =
                dimensions.stream().filter(d -> !d.isRated()).toList();
        String scoreText = scoreText(score.score());
        if (!score.isRated()) {
            String reason = score.status() == ScoreStatus.NOT_APPLICABLE
                    ? "Not applicable: every question is rated NA, so there is no level."
                    : "Not assessed: no question is rated FI, LI, PI or NI yet, so there is no level.";
            return new OverallVerdict(score, score.status().words(), scoreText, reason, List.of(), leftOut);
        }
        Level level = score.level().orElseThrow();
        List<DimensionVerdict> heldBy = heldBy(rated, level, score);
        String reason = overallReason(level, scoreText, heldBy);
        if (!leftOut.isEmpty()) {
            reason += " Left out, without a level: " + withStatus(leftOut) + ".";
        }
        return new OverallVerdict(score, levelText(level), scoreText, reason, heldBy, leftOut);
    }

    private List<DimensionVerdict> heldBy(List<DimensionVerdict> rated, Level level, OverallScore score) {
        return switch (model.scoring()) {
            case STAGED ->
                rated.stream()
                        .filter(d -> d.level().orElseThrow().equals(level))
                        .toList();
            case POINTS_MINIMUM ->
                rated.stream()
                        .filter(d -> d.score().score().equals(score.score()))
                        .toList();
            case CONTINUOUS ->
                rated.stream()
                        .filter(d -> d.score().score().isPresent()
                                && score.score().isPresent()
                                && d.score().score().getAsDouble()
                                        < score.score().getAsDouble())
                        .sorted(Comparator.comparingDouble(
                                d -> d.score().score().getAsDouble()))
                        .limit(NAMED)
                        .toList();
        };
    }

    private String overallReason(Level level, String scoreText, List<DimensionVerdict> heldBy) {
        boolean top = above(level).isEmpty();
        String names = names(heldBy);
        return switch (model.scoring()) {
            case STAGED ->
                heldBy.stream().allMatch(d -> d.nextSteps().isEmpty())
                        ? "Level " + levelText(level) + ": " + names + (heldBy.size() == 1 ? " has" : " have")
                                + " no question left to satisfy."
                        : "Held at level " + levelText(level) + " by " + names + ".";
            case POINTS_MINIMUM ->
                (top
                                ? "At the top level, " + levelText(level) + ", with "
                                : "Held at level " + levelText(level) + " by ")
                        + names + ": the overall score, " + scoreText + ", is the lowest dimension score.";
            case CONTINUOUS ->
                "Score " + scoreText + ", the weighted mean of the rated dimensions, gives "
                        + (top ? "the top level, " : "level ") + levelText(level)
                        + (heldBy.isEmpty() ? "." : "; pulled down by " + scored(heldBy) + ".");
        };
    }

    /**
     * One name as it is; several each in quotes, so names that contain "and" do not run together:
     * “Training pipeline” and “Pipeline and model delivery”.
     */
    private static String names(List<DimensionVerdict> verdicts) {
        List<String> names = verdicts.stream().map(DimensionVerdict::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        List<String> quoted =
                names.stream().map(name -> "\u201c" + name + "\u201d").toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    private static String scored(List<DimensionVerdict> verdicts) {
        return verdicts.stream().map(d -> d.name() + " (" + d.scoreText() + ")").collect(Collectors.joining(", "));
    }

    // ---- roadmap -----------------------------------------------------------------------------

    private List<RoadmapItem> buildRoadmap() {
        List<DimensionVerdict> order = dimensions.stream()
                .filter(DimensionVerdict::isRated)
                .sorted(Comparator.comparingInt((DimensionVerdict d) -> -d.gap().orElse(0))
                        .thenComparingDouble(d -> -d.dimension().weight()))
                .toList();
        List<RoadmapItem> items = new ArrayList<>();
        for (DimensionVerdict verdict : order) {
            items.addAll(items(verdict, verdict.nextSteps(), Horizon.NEXT_LEVEL));
        }
        for (DimensionVerdict verdict : order) {
            items.addAll(items(verdict, towardTarget(verdict), Horizon.TOWARD_TARGET));
        }
        return items;
    }

    private List<QuestionFinding> towardTarget(DimensionVerdict verdict) {
        OptionalInt target = verdict.target();
        if (target.isEmpty() || model.scoring() == ScoringMethod.POINTS_MINIMUM) {
            return List.of();
        }
        int nextLevel = verdict.nextSteps().stream()
                .mapToInt(finding -> finding.question().level())
                .min()
                .orElse(Integer.MAX_VALUE);
        return verdict.dimension().questions().stream()
                .filter(question -> question.level() > nextLevel && question.level() <= target.getAsInt())
                .map(question -> findings.get(question.id()))
                .filter(finding -> !satisfied(finding))
                .toList();
    }

    private List<RoadmapItem> items(DimensionVerdict verdict, List<QuestionFinding> questions, Horizon horizon) {
        return questions.stream()
                .sorted(Comparator.comparingInt(
                                (QuestionFinding f) -> f.question().level())
                        .thenComparing(Comparator.comparingDouble(
                                        (QuestionFinding f) -> f.question().weight())
                                .reversed()))
                .map(finding -> new RoadmapItem(verdict, finding, gatedLevel(verdict, finding), horizon))
                .toList();
    }

    private Optional<Level> gatedLevel(DimensionVerdict verdict, QuestionFinding finding) {
        if (model.scoring() == ScoringMethod.POINTS_MINIMUM) {
            return verdict.level().flatMap(this::above);
        }
        return model.level(finding.question().level());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
