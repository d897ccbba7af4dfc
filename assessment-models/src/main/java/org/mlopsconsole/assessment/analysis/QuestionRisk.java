package org.mlopsconsole.assessment.analysis;

import java.util.Optional;

/**
 * One question's risk: the one computed by rule j, and the override a consultant set, if any.
 *
 * @param computed the risk rule j gives
 */
public record QuestionRisk(
        QuestionFinding question, DimensionVerdict dimension, Risk computed, Optional<RiskOverride> override) {

    public QuestionRisk {
        override.ifPresent(o -> {
            if (!o.questionId().equals(question.id())) {
                throw new IllegalArgumentException("the risk override of question \"" + o.questionId()
                        + "\" cannot apply to question \"" + question.id() + "\"");
            }
        });
    }

    /** The risk that counts: the override's when there is one, else the computed one. */
    public Risk risk() {
        return override.map(RiskOverride::risk).orElse(computed);
    }

    public boolean isOverridden() {
        return override.isPresent();
    }

    public String id() {
        return question.id();
    }
}
