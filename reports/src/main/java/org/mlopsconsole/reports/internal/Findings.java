package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.ScoringMethod;

/**
 * What a report says beyond the engine's numbers: why each dimension stopped where it did and
 * the roadmap of questions to work on. Derived from the scoring rules of docs/scoring.md (rules c,
 * d, f and g), because the engine reports the verdicts but not the reasons.
 */
public final class Findings {

    /** One roadmap entry: a question to satisfy, and why it comes at this place. */
    public record Step(
            Dimension dimension, DimensionScore score, Question question, String rating, boolean closesGap) {}

    private final MaturityModel model;
    private final ScoreReport report;
    private final Map<String, QuestionScore> questionScores = new HashMap<>();

    public Findings(MaturityModel model, ScoreReport report) {
        this.model = model;
        this.report = report;
        report.questions().forEach(score -> questionScores.put(score.id(), score));
    }

    public QuestionScore questionScore(String questionId) {
        return questionScores.get(questionId);
    }

    /** Rule c: a question is satisfied when its rating passes or is NA; unanswered never is. */
    public boolean satisfied(Question question) {
        Optional<Rating> rating = questionScores.get(question.id()).rating();
        return rating.map(value -> value == Rating.NA || model.passRatings().contains(value))
                .orElse(false);
    }

    public String ratingCode(Question question) {
        return questionScores.get(question.id()).ratingCode();
    }

    /** One sentence naming what keeps the dimension at its level. */
    public String why(Dimension dimension, DimensionScore score) {
        return model.scoring() == ScoringMethod.STAGED ? whyStaged(dimension, score) : whyContinuous(dimension, score);
    }

    private String whyStaged(Dimension dimension, DimensionScore score) {
        List<Question> blockers = blockers(dimension);
        if (blockers.isEmpty()) {
            return "Every question up to level " + dimension.topQuestionLevel() + " is satisfied.";
        }
        int blockedLevel = blockers.get(0).level();
        return "Level " + levelText(blockedLevel) + " needs " + passText() + " on " + listed(blockers) + ".";
    }

    private String whyContinuous(Dimension dimension, DimensionScore score) {
        if (score.score().isEmpty()) {
            return "Every question is rated NA, so the dimension has no score.";
        }
        Optional<Level> next = nextLevel(score.level());
        String scoreText = ScoreReportFormat.round(score.score().getAsDouble()).toPlainString();
        if (next.isEmpty()) {
            return "Score " + scoreText + " reaches the top level.";
        }
        List<Question> lowest = dimension.questions().stream()
                .filter(question -> !satisfied(question))
                .sorted(Comparator.comparingDouble(this::value))
                .limit(3)
                .toList();
        String sentence =
                "Score " + scoreText + " is below the " + formatMin(next.get().minScore()) + " that level "
                        + levelText(next.get().id()) + " needs";
        return lowest.isEmpty() ? sentence + "." : sentence + "; lowest rated: " + listed(lowest) + ".";
    }

    /** Staged: the unsatisfied questions at the lowest level with any, in definition order. */
    public List<Question> blockers(Dimension dimension) {
        OptionalInt lowest = dimension.questions().stream()
                .filter(question -> !satisfied(question))
                .mapToInt(Question::level)
                .min();
        if (lowest.isEmpty()) {
            return List.of();
        }
        return dimension.questions().stream()
                .filter(question -> question.level() == lowest.getAsInt() && !satisfied(question))
                .toList();
    }

    /**
     * Unsatisfied questions from the level after the reached one up to the target (or just the
     * next level without a target), dimensions with the largest gap first, then the heaviest.
     */
    public List<Step> roadmap() {
        List<Step> steps = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < model.dimensions().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(
                        i -> -report.dimensions().get(i).gap().orElse(0))
                .thenComparingDouble(i -> -model.dimensions().get(i).weight())
                .thenComparingInt(i -> i));
        for (int i : order) {
            steps.addAll(steps(model.dimensions().get(i), report.dimensions().get(i)));
        }
        return steps;
    }

    private List<Step> steps(Dimension dimension, DimensionScore score) {
        int reached = score.level().id();
        int next = nextLevel(score.level()).map(Level::id).orElse(Integer.MAX_VALUE);
        int horizon = Math.max(next, score.target().orElse(next));
        return dimension.questions().stream()
                .filter(question -> !satisfied(question))
                .filter(question -> question.level() <= horizon)
                .filter(question -> question.level() > reached || model.scoring() == ScoringMethod.STAGED)
                .sorted(Comparator.comparingInt(Question::level)
                        .thenComparing(
                                Comparator.comparingDouble(Question::weight).reversed()))
                .map(question -> new Step(
                        dimension,
                        score,
                        question,
                        ratingCode(question),
                        score.target().isPresent()
                                && question.level() <= score.target().getAsInt()))
                .toList();
    }

    public Optional<Level> nextLevel(Level level) {
        int index = model.levels().indexOf(level);
        return index + 1 < model.levels().size() ? Optional.of(model.levels().get(index + 1)) : Optional.empty();
    }

    public String levelText(int levelId) {
        return model.level(levelId)
                .map(level -> level.id() + " (" + level.name() + ")")
                .orElse(String.valueOf(levelId));
    }

    public String passText() {
        return model.passRatings().stream()
                .filter(Rating::isApplicable)
                .sorted(Comparator.reverseOrder())
                .map(Rating::name)
                .collect(Collectors.joining(" or "));
    }

    private double value(Question question) {
        return questionScores.get(question.id()).rating().map(Rating::value).orElse(0.0);
    }

    private String listed(List<Question> questions) {
        return questions.stream()
                .map(question -> question.id() + " (" + ratingCode(question) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String formatMin(double minScore) {
        return minScore == Math.rint(minScore)
                ? String.valueOf((long) minScore)
                : String.format(Locale.ROOT, "%.1f", minScore);
    }
}
