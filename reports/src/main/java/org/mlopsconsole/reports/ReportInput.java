package org.mlopsconsole.reports;

import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;

/**
 * What a report is made of: the model, the responses gathered for it, the engagement details, and
 * the score the engine gives them (computed once here so every format shows the same numbers),
 * and how it is presented (paper size, branding).
 */
public record ReportInput(
        MaturityModel model, Responses responses, Engagement engagement, ScoreReport score, ReportOptions options) {

    public ReportInput {
        options = options == null ? ReportOptions.defaults() : options;
    }

    /** A report with the default options: A4, no branding. */
    public ReportInput(MaturityModel model, Responses responses, Engagement engagement, ScoreReport score) {
        this(model, responses, engagement, score, ReportOptions.defaults());
    }

    /** Scores {@code responses}; throws {@link IllegalArgumentException} when they do not fit. */
    public static ReportInput of(MaturityModel model, Responses responses, Engagement engagement) {
        return new ReportInput(model, responses, engagement, Scorer.score(model, responses));
    }

    public ReportInput withOptions(ReportOptions value) {
        return new ReportInput(model, responses, engagement, score, value);
    }

    /** The one analysis of this assessment (reasons, roadmap, summary facts) every format prints. */
    public AssessmentAnalysis analysis() {
        return AssessmentAnalysis.of(model, responses, score);
    }
}
