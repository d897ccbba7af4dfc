package org.mlopsconsole.assessment.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An assessment's evidence, by question id; a question without an entry has none. */
public record EvidenceBook(Map<String, QuestionEvidence> byQuestion) {

    public EvidenceBook {
        byQuestion.forEach((questionId, evidence) -> {
            if (!questionId.equals(evidence.questionId())) {
                throw new IllegalArgumentException("evidence filed under question \"" + questionId
                        + "\" is for question \"" + evidence.questionId() + "\"");
            }
        });
        byQuestion = Map.copyOf(byQuestion);
    }

    public static EvidenceBook empty() {
        return new EvidenceBook(Map.of());
    }

    /** The question's evidence, empty when none was gathered. */
    public QuestionEvidence of(String questionId) {
        Objects.requireNonNull(questionId, "questionId");
        return byQuestion.getOrDefault(questionId, QuestionEvidence.empty(questionId));
    }

    /** True when no question has any evidence. */
    public boolean isEmpty() {
        return byQuestion.values().stream().allMatch(QuestionEvidence::isEmpty);
    }

    /** This book with {@code evidence} in place of what its question had. */
    public EvidenceBook with(QuestionEvidence evidence) {
        Map<String, QuestionEvidence> copy = new LinkedHashMap<>(byQuestion);
        copy.put(evidence.questionId(), evidence);
        return new EvidenceBook(copy);
    }
}
