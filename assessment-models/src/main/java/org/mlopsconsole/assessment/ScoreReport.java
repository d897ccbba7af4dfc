package org.mlopsconsole.assessment;

import java.util.List;

/**
 * The full verdict for one model: overall, per dimension and per question, in definition order.
 * {@code methodVersion} names the revision of the rules of docs/scoring.md that produced it.
 */
public record ScoreReport(
        String model,
        ScoringMethod scoring,
        String methodVersion,
        OverallScore overall,
        List<DimensionScore> dimensions,
        List<QuestionScore> questions) {

    public ScoreReport {
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
    }
}
