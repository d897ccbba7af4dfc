package org.mlopsconsole.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
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
import org.mlopsconsole.assessment.ScoringMethod;

/** The scoring rules a–g of docs/scoring.md, in full precision. */
public final class ScoringEngine {

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
        OptionalDouble overallScore = weightedMean(dimensions);
        Level overallLevel =
                model.scoring() == ScoringMethod.STAGED ? lowestLevel(dimensions) : levelForScore(overallScore);
        return new ScoreReport(
                model.id(), model.scoring(), new OverallScore(overallLevel, overallScore), dimensions, questions);
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
        boolean disagreement = applicable > 0 && highest - lowest >= 2;
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

    /** Rule c. */
    private boolean satisfied(Question question) {
        Optional<Rating> rating = questionScores.get(question.id()).rating();
        Set<Rating> pass = model.passRatings();
        return rating.map(r -> r == Rating.NA || pass.contains(r)).orElse(false);
    }

    private DimensionScore scoreDimension(Dimension dimension) {
        OptionalDouble score = dimensionScore(dimension);
        Level level = model.scoring() == ScoringMethod.STAGED ? stagedLevel(dimension) : levelForScore(score);
        Integer target = responses.targets().get(dimension.id());
        OptionalInt targetLevel = target == null ? OptionalInt.empty() : OptionalInt.of(target);
        OptionalInt gap = target == null ? OptionalInt.empty() : OptionalInt.of(gap(level, target));
        return new DimensionScore(
                dimension.id(), dimension.name(), level, score, targetLevel, gap, nextSteps(dimension, level));
    }

    /** Rule e: 100 × weighted mean of question values, NA questions left out, unanswered as 0. */
    private OptionalDouble dimensionScore(Dimension dimension) {
        double weightSum = 0;
        double valueSum = 0;
        for (Question question : dimension.questions()) {
            Optional<Rating> rating = questionScores.get(question.id()).rating();
            if (rating.isPresent() && rating.get() == Rating.NA) {
                continue;
            }
            weightSum += question.weight();
            valueSum += question.weight() * rating.map(Rating::value).orElse(0.0);
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * valueSum / weightSum);
    }

    /** Rule d: the highest level whose questions at or below it are all satisfied. */
    private Level stagedLevel(Dimension dimension) {
        int lowestUnsatisfied = Integer.MAX_VALUE;
        for (Question question : dimension.questions()) {
            if (!satisfied(question)) {
                lowestUnsatisfied = Math.min(lowestUnsatisfied, question.level());
            }
        }
        int top = dimension.topQuestionLevel();
        Level reached = model.floor();
        for (Level level : model.levels()) {
            if (level.id() > top || level.id() >= lowestUnsatisfied) {
                break;
            }
            reached = level;
        }
        return reached;
    }

    /** Rule f, continuous: the highest level whose minScore the score reaches; else the floor. */
    private Level levelForScore(OptionalDouble score) {
        Level reached = model.floor();
        if (score.isEmpty()) {
            return reached;
        }
        for (Level level : model.levels()) {
            if (level.minScore() <= score.getAsDouble()) {
                reached = level;
            }
        }
        return reached;
    }

    private Level lowestLevel(List<DimensionScore> dimensions) {
        return dimensions.stream()
                .map(DimensionScore::level)
                .min((a, b) -> Integer.compare(a.id(), b.id()))
                .orElse(model.floor());
    }

    /** Rule e, overall: dimension scores weighted by dimension weight, empty scores skipped. */
    private OptionalDouble weightedMean(List<DimensionScore> dimensions) {
        double weightSum = 0;
        double valueSum = 0;
        for (int i = 0; i < dimensions.size(); i++) {
            OptionalDouble score = dimensions.get(i).score();
            if (score.isPresent()) {
                double weight = model.dimensions().get(i).weight();
                weightSum += weight;
                valueSum += weight * score.getAsDouble();
            }
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of(valueSum / weightSum);
    }

    /** Rule g: how many levels of the model lie between the reached level and the target. */
    private int gap(Level reached, int target) {
        int reachedIndex = model.levels().indexOf(reached);
        int targetIndex = indexOfLevel(target);
        return Math.max(0, targetIndex - reachedIndex);
    }

    private int indexOfLevel(int levelId) {
        for (int i = 0; i < model.levels().size(); i++) {
            if (model.levels().get(i).id() == levelId) {
                return i;
            }
        }
        throw new IllegalArgumentException("target level " + levelId + " is not a level of " + model.id());
    }

    /** Rule g: unsatisfied questions at the lowest level not yet reached, in definition order. */
    private List<String> nextSteps(Dimension dimension, Level reached) {
        int nextIndex = model.levels().indexOf(reached) + 1;
        int top = model.scoring() == ScoringMethod.STAGED
                ? dimension.topQuestionLevel()
                : model.levels().get(model.levels().size() - 1).id();
        if (nextIndex >= model.levels().size() || reached.id() >= top) {
            return List.of();
        }
        int nextLevel = model.levels().get(nextIndex).id();
        return dimension.questions().stream()
                .filter(question -> question.level() == nextLevel && !satisfied(question))
                .map(Question::id)
                .toList();
    }
}
