package org.mlopsconsole.assessment.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoreReport;

/**
 * An assessment compared with an earlier one on the same model (team history, comparison reports).
 * Dimensions and questions are matched by id, so a model edited between the two still lines up;
 * what the baseline lacks is "new". Deltas exist only where both sides have the number: a level
 * delta only when the dimension is rated in both.
 */
public final class AssessmentComparison {

    /** How a question's aggregated rating moved. */
    public enum Change {
        /** Higher on NI &lt; PI &lt; LI &lt; FI. */
        UP,
        DOWN,
        SAME,
        /** Different, with NA or unanswered on one side, so neither up nor down. */
        CHANGED,
        /** Not in the baseline. */
        NEW;

        /** {@code up}, {@code down}, {@code same}, {@code changed} or {@code new}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One dimension now and, unless it is new, in the baseline. */
    public record DimensionChange(Dimension dimension, Optional<DimensionScore> before, DimensionScore now) {

        public String id() {
            return dimension.id();
        }

        public String name() {
            return dimension.name();
        }

        /** Levels moved (by id); empty unless the dimension is rated in both. */
        public OptionalInt levelDelta() {
            if (before.isEmpty()
                    || before.get().level().isEmpty()
                    || now.level().isEmpty()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(
                    now.level().get().id() - before.get().level().get().id());
        }

        /** Score moved; empty unless both sides have a score. */
        public OptionalDouble scoreDelta() {
            return before.isEmpty()
                    ? OptionalDouble.empty()
                    : delta(before.get().score(), now.score());
        }
    }

    /** One question's aggregated rating now and, unless it is new, in the baseline. */
    public record QuestionChange(
            Dimension dimension, Question question, Optional<QuestionScore> before, QuestionScore now) {

        /** Steps moved on NI &lt; PI &lt; LI &lt; FI; empty when either side is NA, unanswered or missing. */
        public OptionalInt steps() {
            Optional<Rating> old = before.flatMap(QuestionScore::rating).filter(Rating::isApplicable);
            Optional<Rating> current = now.rating().filter(Rating::isApplicable);
            return old.isPresent() && current.isPresent()
                    ? OptionalInt.of(current.get().step() - old.get().step())
                    : OptionalInt.empty();
        }

        public Change change() {
            if (before.isEmpty()) {
                return Change.NEW;
            }
            OptionalInt steps = steps();
            if (steps.isEmpty()) {
                return before.get().ratingCode().equals(now.ratingCode()) ? Change.SAME : Change.CHANGED;
            }
            int moved = steps.getAsInt();
            return moved > 0 ? Change.UP : moved < 0 ? Change.DOWN : Change.SAME;
        }

        public boolean changed() {
            return change() != Change.SAME;
        }

        /** The baseline's rating code, or {@code new} when the baseline had no such question. */
        public String beforeCode() {
            return before.map(QuestionScore::ratingCode).orElse("new");
        }

        public String nowCode() {
            return now.ratingCode();
        }
    }

    private final MaturityModel model;
    private final ScoreReport before;
    private final ScoreReport now;
    private final List<DimensionChange> dimensions;
    private final List<QuestionChange> questions;

    private AssessmentComparison(
            MaturityModel model,
            ScoreReport before,
            ScoreReport now,
            List<DimensionChange> dimensions,
            List<QuestionChange> questions) {
        this.model = model;
        this.before = before;
        this.now = now;
        this.dimensions = List.copyOf(dimensions);
        this.questions = List.copyOf(questions);
    }

    /**
     * Compares {@code now}, scored on {@code model}, with {@code before}; throws {@link
     * IllegalArgumentException} when the two reports are of different models.
     */
    public static AssessmentComparison of(MaturityModel model, ScoreReport before, ScoreReport now) {
        if (!before.model().equals(now.model()) || !now.model().equals(model.id())) {
            throw new IllegalArgumentException("a comparison needs two assessments of model \"" + model.id()
                    + "\"; got \"" + before.model() + "\" and \"" + now.model() + "\"");
        }
        Map<String, DimensionScore> earlierDimensions = new HashMap<>();
        before.dimensions().forEach(score -> earlierDimensions.put(score.id(), score));
        Map<String, DimensionScore> currentDimensions = new HashMap<>();
        now.dimensions().forEach(score -> currentDimensions.put(score.id(), score));
        Map<String, QuestionScore> earlierQuestions = new HashMap<>();
        before.questions().forEach(score -> earlierQuestions.put(score.id(), score));
        Map<String, QuestionScore> currentQuestions = new HashMap<>();
        now.questions().forEach(score -> currentQuestions.put(score.id(), score));
        List<DimensionChange> dimensions = new ArrayList<>();
        List<QuestionChange> questions = new ArrayList<>();
        for (Dimension dimension : model.dimensions()) {
            dimensions.add(new DimensionChange(
                    dimension,
                    Optional.ofNullable(earlierDimensions.get(dimension.id())),
                    currentDimensions.get(dimension.id())));
            for (Question question : dimension.questions()) {
                questions.add(new QuestionChange(
                        dimension,
                        question,
                        Optional.ofNullable(earlierQuestions.get(question.id())),
                        currentQuestions.get(question.id())));
            }
        }
        return new AssessmentComparison(model, before, now, dimensions, questions);
    }

    public MaturityModel model() {
        return model;
    }

    public ScoreReport before() {
        return before;
    }

    public ScoreReport now() {
        return now;
    }

    /** Per dimension, in model order. */
    public List<DimensionChange> dimensions() {
        return dimensions;
    }

    /** Per question, in model order. */
    public List<QuestionChange> questions() {
        return questions;
    }

    /** Overall levels moved (by id); empty unless both assessments are rated. */
    public OptionalInt overallLevelDelta() {
        if (before.overall().level().isEmpty() || now.overall().level().isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(now.overall().level().get().id()
                - before.overall().level().get().id());
    }

    /** Overall score moved; empty unless both have a score. */
    public OptionalDouble overallScoreDelta() {
        return delta(before.overall().score(), now.overall().score());
    }

    private static OptionalDouble delta(OptionalDouble before, OptionalDouble now) {
        return before.isPresent() && now.isPresent()
                ? OptionalDouble.of(now.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
    }

    /** The questions whose aggregated rating is not the same as in the baseline, in model order. */
    public List<QuestionChange> changedQuestions() {
        return questions.stream().filter(QuestionChange::changed).toList();
    }
}
