package org.mlopsconsole.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
import org.mlopsconsole.assessment.ScoreStatus;
import org.mlopsconsole.assessment.ScoringMethod;
import org.mlopsconsole.assessment.analysis.QuestionTally;

/** The scoring rules a–h of docs/scoring.md, in full precision. */
public final class ScoringEngine {

    /** The revision of docs/scoring.md these rules implement; printed in every output. */
    public static final String METHOD_VERSION = "2";

    private static final Rating[] SCALE = {Rating.NI, Rating.PI, Rating.LI, Rating.FI};

    private final MaturityModel model;
    private final Responses responses;
    private final Map<String, QuestionScore> questionScores = new HashMap<>();

    private ScoringEngine(MaturityModel model, Responses responses) {
        this.model = model;
        this.responses = responses;
    }

    public static ScoreReport score(MaturityModel model, Responses responses) {
        return new ScoringEngine(model, responses).run();
    }

    private ScoreReport run() {
        List<Question> allQuestions = model.questions().toList();
        RatingCounts counts = RatingCounts.tally(allQuestions, responses.respondents());
        List<QuestionScore> questions = new ArrayList<>(allQuestions.size());
        for (int index = 0; index < allQuestions.size(); index++) {
            QuestionScore score = aggregate(allQuestions.get(index).id(), counts, index);
            questionScores.put(score.id(), score);
            questions.add(score);
        }
        List<DimensionScore> dimensions =
                model.dimensions().stream().map(this::scoreDimension).toList();
        return new ScoreReport(model.id(), model.scoring(), METHOD_VERSION, overall(dimensions), dimensions, questions);
    }

    /** Rules a and b: consensus, else the lower median of the non-NA ratings; spread of 2+ steps. */
    private QuestionScore aggregate(String questionId, RatingCounts counts, int index) {
        int lowest = -1;
        int highest = -1;
        int applicable = 0;
        for (int step = 0; step < SCALE.length; step++) {
            int count = counts.count(index, step);
            if (count > 0) {
                lowest = lowest < 0 ? step : lowest;
                highest = step;
                applicable += count;
            }
        }
        boolean disagreement = applicable > 0 && QuestionTally.disagree(lowest, highest);
        int ratedBy = counts.ratedBy(index);
        Rating consensus = responses.consensus().get(questionId);
        Optional<Rating> rating;
        if (consensus != null) {
            rating = Optional.of(consensus);
        } else if (applicable > 0) {
            rating = Optional.of(lowerMedian(counts, index, applicable));
        } else {
            rating = ratedBy > 0 ? Optional.of(Rating.NA) : Optional.empty();
        }
        return new QuestionScore(questionId, rating, disagreement, ratedBy);
    }

    private static Rating lowerMedian(RatingCounts counts, int index, int count) {
        int wanted = (count - 1) / 2; // 0-based rank of the lower middle value
        int seen = 0;
        for (int step = 0; step < SCALE.length; step++) {
            seen += counts.count(index, step);
            if (seen > wanted) {
                return SCALE[step];
            }
        }
        throw new IllegalStateException("counts do not add up to " + count);
    }

    private Optional<Rating> rating(Question question) {
        return questionScores.get(question.id()).rating();
    }

    private boolean isNa(Question question) {
        return rating(question).filter(rating -> rating == Rating.NA).isPresent();
    }

    private boolean isApplicablyRated(Question question) {
        return rating(question).filter(Rating::isApplicable).isPresent();
    }

    /** Rule c (points-minimum: only FI and NA satisfy). */
    private boolean satisfied(Question question) {
        return rating(question).map(model::satisfiedBy).orElse(false);
    }

    /** Rule d: rated with any applicable rating, not applicable when all NA, else not assessed. */
    private ScoreStatus status(Dimension dimension) {
        if (dimension.questions().stream().anyMatch(this::isApplicablyRated)) {
            return ScoreStatus.RATED;
        }
        return dimension.questions().stream().allMatch(this::isNa)
                ? ScoreStatus.NOT_APPLICABLE
                : ScoreStatus.NOT_ASSESSED;
    }

    private DimensionScore scoreDimension(Dimension dimension) {
        ScoreStatus status = status(dimension);
        Integer target = responses.targets().get(dimension.id());
        OptionalInt targetLevel = target == null ? OptionalInt.empty() : OptionalInt.of(target);
        if (!status.isRated()) {
            return new DimensionScore(
                    dimension.id(),
                    dimension.name(),
                    status,
                    Optional.empty(),
                    OptionalDouble.empty(),
                    targetLevel,
                    OptionalInt.empty(),
                    List.of());
        }
        OptionalDouble score = model.scoring() == ScoringMethod.POINTS_MINIMUM
                ? OptionalDouble.of(pointsScore(dimension))
                : weightedScore(dimension);
        Level level = model.scoring() == ScoringMethod.STAGED ? stagedLevel(dimension) : levelForScore(score);
        OptionalInt gap = target == null ? OptionalInt.empty() : OptionalInt.of(gap(level, target));
        return new DimensionScore(
                dimension.id(),
                dimension.name(),
                status,
                Optional.of(level),
                score,
                targetLevel,
                gap,
                nextSteps(dimension, level));
    }

    /** Rule f: 100 × weighted mean of question values, NA questions left out, unanswered as 0. */
    private OptionalDouble weightedScore(Dimension dimension) {
        double weightSum = 0;
        double valueSum = 0;
        for (Question question : dimension.questions()) {
            if (isNa(question)) {
                continue;
            }
            weightSum += question.weight();
            valueSum += question.weight() * rating(question).map(Rating::value).orElse(0.0);
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * valueSum / weightSum);
    }

    /** Rule h: the sum of the questions' points, NA left out, unanswered worth 0. */
    private double pointsScore(Dimension dimension) {
        return dimension.questions().stream()
                .map(this::rating)
                .flatMap(Optional::stream)
                .filter(Rating::isApplicable)
                .mapToDouble(model.ratingScale()::points)
                .sum();
    }

    /**
     * Rule e: walk the levels lowest first; a level is passed while every question at or below it
     * is satisfied. The level given is the highest passed level at which the dimension has a
     * question rated other than NA: levels with no applicable question are passed through but
     * never given.
     */
    private Level stagedLevel(Dimension dimension) {
        int lowestUnsatisfied = dimension.questions().stream()
                .filter(question -> !satisfied(question))
                .mapToInt(Question::level)
                .min()
                .orElse(Integer.MAX_VALUE);
        Level given = model.floor();
        for (Level level : model.levels()) {
            if (level.id() >= lowestUnsatisfied) {
                break;
            }
            if (hasApplicableQuestionAt(dimension, level.id())) {
                given = level;
            }
        }
        return given;
    }

    private boolean hasApplicableQuestionAt(Dimension dimension, int levelId) {
        return dimension.questions().stream().anyMatch(q -> q.level() == levelId && !isNa(q));
    }

    /**
     * Rule g, levels from scores: continuous, the highest level whose minScore the score reaches;
     * points-minimum, the highest level whose minScore lies strictly below the score. The floor
     * otherwise.
     */
    private Level levelForScore(OptionalDouble score) {
        Level reached = model.floor();
        if (score.isEmpty()) {
            return reached;
        }
        double value = score.getAsDouble();
        boolean strict = model.scoring() == ScoringMethod.POINTS_MINIMUM;
        for (Level level : model.levels().subList(1, model.levels().size())) {
            if (strict ? level.minScore() < value : level.minScore() <= value) {
                reached = level;
            }
        }
        return reached;
    }

    /** Rules e, f, g and h over the rated dimensions only. */
    private OverallScore overall(List<DimensionScore> dimensions) {
        List<Integer> rated = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            if (dimensions.get(i).isRated()) {
                rated.add(i);
            }
        }
        if (rated.isEmpty()) {
            boolean allNa = dimensions.stream().allMatch(d -> d.status() == ScoreStatus.NOT_APPLICABLE);
            ScoreStatus status = allNa ? ScoreStatus.NOT_APPLICABLE : ScoreStatus.NOT_ASSESSED;
            return new OverallScore(status, Optional.empty(), OptionalDouble.empty());
        }
        OptionalDouble score = model.scoring() == ScoringMethod.POINTS_MINIMUM
                ? rated.stream()
                        .mapToDouble(i -> dimensions.get(i).score().orElseThrow())
                        .min()
                : weightedMean(dimensions, rated);
        Level level = model.scoring() == ScoringMethod.STAGED
                ? rated.stream()
                        .map(i -> dimensions.get(i).level().orElseThrow())
                        .min((a, b) -> Integer.compare(
                                model.levels().indexOf(a), model.levels().indexOf(b)))
                        .orElseThrow()
                : levelForScore(score);
        return new OverallScore(ScoreStatus.RATED, Optional.of(level), score);
    }

    /** Rule f, overall: rated dimensions' scores weighted by dimension weight. */
    private OptionalDouble weightedMean(List<DimensionScore> dimensions, List<Integer> rated) {
        double weightSum = 0;
        double valueSum = 0;
        for (int i : rated) {
            OptionalDouble score = dimensions.get(i).score();
            if (score.isPresent()) {
                double weight = model.dimensions().get(i).weight();
                weightSum += weight;
                valueSum += weight * score.getAsDouble();
            }
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of(valueSum / weightSum);
    }

    /** Rule i: how many levels of the model lie between the given level and the target. */
    private int gap(Level given, int target) {
        int targetIndex = model.indexOfLevel(target);
        if (targetIndex < 0) {
            throw new IllegalArgumentException("target level " + target + " is not a level of " + model.id());
        }
        return Math.max(0, targetIndex - model.levels().indexOf(given));
    }

    /**
     * Rule i: points-minimum, every question not rated FI or NA; otherwise the unsatisfied
     * questions at the lowest level above the given one that has any, in definition order.
     */
    private List<String> nextSteps(Dimension dimension, Level given) {
        if (model.scoring() == ScoringMethod.POINTS_MINIMUM) {
            return dimension.questions().stream()
                    .filter(question -> !satisfied(question))
                    .map(Question::id)
                    .toList();
        }
        OptionalInt nextLevel = dimension.questions().stream()
                .filter(question -> question.level() > given.id() && !satisfied(question))
                .mapToInt(Question::level)
                .min();
        if (nextLevel.isEmpty()) {
            return List.of();
        }
        return dimension.questions().stream()
                .filter(question -> question.level() == nextLevel.getAsInt() && !satisfied(question))
                .map(Question::id)
                .toList();
    }
}
