package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.reports.ReportInput;

/**
 * An assessment compared with an earlier one of the same model, shared by the Excel sheets and the
 * PDF section so both show the same numbers. Dimensions and questions are matched by id, so a model
 * edited between the two still lines up; what the baseline lacks is "new".
 */
public record Comparison(
        ReportInput before, ReportInput now, List<DimensionChange> dimensions, List<QuestionChange> questions) {

    public Comparison {
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
    }

    /** One dimension now and, unless it is new, in the baseline. */
    public record DimensionChange(Optional<DimensionScore> before, DimensionScore now) {

        public OptionalInt levelDelta() {
            return before.isPresent()
                    ? OptionalInt.of(now.level().id() - before.get().level().id())
                    : OptionalInt.empty();
        }

        /** Empty when the dimension is new or either score is missing (every question NA). */
        public OptionalDouble scoreDelta() {
            if (before.isEmpty()
                    || before.get().score().isEmpty()
                    || now.score().isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(
                    now.score().getAsDouble() - before.get().score().getAsDouble());
        }
    }

    /** One question's aggregate rating now and, unless it is new, in the baseline. */
    public record QuestionChange(
            Dimension dimension, Question question, Optional<QuestionScore> before, QuestionScore now) {

        /** Steps moved on NI &lt; PI &lt; LI &lt; FI; empty when either side is NA or unanswered. */
        public OptionalInt steps() {
            Optional<Rating> old = before.flatMap(QuestionScore::rating).filter(Rating::isApplicable);
            Optional<Rating> current = now.rating().filter(Rating::isApplicable);
            return old.isPresent() && current.isPresent()
                    ? OptionalInt.of(current.get().step() - old.get().step())
                    : OptionalInt.empty();
        }

        /** {@code up}, {@code down}, {@code same}, {@code changed} (NA or unanswered involved) or {@code new}. */
        public String change() {
            if (before.isEmpty()) {
                return "new";
            }
            OptionalInt steps = steps();
            if (steps.isEmpty()) {
                return before.get().ratingCode().equals(now.ratingCode()) ? "same" : "changed";
            }
            return steps.getAsInt() > 0 ? "up" : steps.getAsInt() < 0 ? "down" : "same";
        }

        /** The aggregate before, or {@code new} when the baseline had no such question. */
        public String beforeCode() {
            return before.map(QuestionScore::ratingCode).orElse("new");
        }
    }

    public static Comparison of(ReportInput before, ReportInput now) {
        Map<String, DimensionScore> earlierDimensions = new HashMap<>();
        before.score().dimensions().forEach(score -> earlierDimensions.put(score.id(), score));
        List<DimensionChange> dimensions = new ArrayList<>();
        for (DimensionScore score : now.score().dimensions()) {
            dimensions.add(new DimensionChange(Optional.ofNullable(earlierDimensions.get(score.id())), score));
        }
        Map<String, QuestionScore> earlierQuestions = new HashMap<>();
        before.score().questions().forEach(score -> earlierQuestions.put(score.id(), score));
        Map<String, QuestionScore> currentQuestions = new HashMap<>();
        now.score().questions().forEach(score -> currentQuestions.put(score.id(), score));
        List<QuestionChange> questions = new ArrayList<>();
        for (Dimension dimension : now.model().dimensions()) {
            for (Question question : dimension.questions()) {
                questions.add(new QuestionChange(
                        dimension,
                        question,
                        Optional.ofNullable(earlierQuestions.get(question.id())),
                        currentQuestions.get(question.id())));
            }
        }
        return new Comparison(before, now, dimensions, questions);
    }

    /** The questions whose aggregate rating is not the same as in the baseline, in model order. */
    public List<QuestionChange> changedQuestions() {
        return questions.stream().filter(q -> !q.change().equals("same")).toList();
    }
}
