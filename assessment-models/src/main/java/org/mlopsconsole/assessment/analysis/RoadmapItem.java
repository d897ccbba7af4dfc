package org.mlopsconsole.assessment.analysis;

import java.util.Locale;
import java.util.Optional;
import org.mlopsconsole.assessment.Level;

/**
 * One roadmap entry (the rule is on {@link AssessmentAnalysis#roadmap()}).
 *
 * @param level the level the question gates; in a points-minimum model the level above the
 *     dimension's, empty at the top
 */
public record RoadmapItem(
        DimensionVerdict dimension, QuestionFinding question, Optional<Level> level, Horizon horizon) {

    /** Why an item is on the roadmap: it leads to the next level, or on toward the target. */
    public enum Horizon {
        NEXT_LEVEL,
        TOWARD_TARGET;

        /** {@code next-level} or {@code toward-target}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** "next level" or "toward target". */
        public String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** The question's text, id and rating: "Retraining is automated (goo-pipeline-l1-1, rated PI)". */
    public String text() {
        return question.described();
    }

    /** {@code next-level} or {@code toward-target}. */
    public String label() {
        return horizon.code();
    }
}
