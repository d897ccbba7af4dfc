package org.mlopsconsole.reports;

import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;

/**
 * What a report is made of: the model, the responses gathered for it, the engagement details, and
 * the score the engine gives them (computed once here so every format shows the same numbers).
 */
public record ReportInput(MaturityModel model, Responses responses, Engagement engagement, ScoreReport score) {

    /** Scores {@code responses}; throws {@link IllegalArgumentException} when they do not fit. */
    public static ReportInput of(MaturityModel model, Responses responses, Engagement engagement) {
        return new ReportInput(model, responses, engagement, Scorer.score(model, responses));
    }

    /** The one analysis of this assessment (reasons, roadmap, summary facts) every format prints. */
    public AssessmentAnalysis analysis() {
        return AssessmentAnalysis.of(model, responses, score);
    }
}
