package org.mlopsconsole.assessment.analysis;

import java.util.Objects;

/** A consultant's verdict on a question's risk in place of the computed one, with the reason why. */
public record RiskOverride(String questionId, Risk risk, String reason) {

    public RiskOverride {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(reason, "reason");
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("a risk override needs the id of its question");
        }
        reason = reason.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("the risk override of question \"" + questionId + "\" needs a reason");
        }
    }
}
