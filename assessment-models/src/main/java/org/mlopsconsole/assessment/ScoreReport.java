package org.mlopsconsole.assessment;

import java.util.List;

/** The full verdict for one model: overall, per dimension and per question, in definition order. */
public record ScoreReport(
        String model,
        ScoringMethod scoring,
        OverallScore overall,
        List<DimensionScore> dimensions,
        List<QuestionScore> questions) {

    public ScoreReport {
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
    }
}
