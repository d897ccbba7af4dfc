package org.mlopsconsole.reports;

import java.util.Map;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.analysis.RiskRegister;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.plan.ImprovementPlan;

/**
 * What a report is made of: the model, the responses gathered for it, the engagement details, and
 * the score the engine gives them (computed once here so every format shows the same numbers),
 * how it is presented (paper size, branding), and what the workshop gathered beside the ratings:
 * the evidence per question, the improvement plan and the consultant's risk overrides, and what the
 * engagement mapped: its RACI, tool coverage and challenges (each empty unless given).
 */
public record ReportInput(
        MaturityModel model,
        Responses responses,
        Engagement engagement,
        ScoreReport score,
        ReportOptions options,
        EvidenceBook evidence,
        ImprovementPlan plan,
        Map<String, RiskOverride> riskOverrides,
        EngagementContext engagementContext) {

    public ReportInput {
        options = options == null ? ReportOptions.defaults() : options;
        evidence = evidence == null ? EvidenceBook.empty() : evidence;
        plan = plan == null ? ImprovementPlan.empty() : plan;
        riskOverrides = riskOverrides == null ? Map.of() : Map.copyOf(riskOverrides);
        engagementContext = engagementContext == null ? EngagementContext.empty() : engagementContext;
    }

    /** A report without the engagement's RACI, tools and challenges. */
    public ReportInput(
            MaturityModel model,
            Responses responses,
            Engagement engagement,
            ScoreReport score,
            ReportOptions options,
            EvidenceBook evidence,
            ImprovementPlan plan,
            Map<String, RiskOverride> riskOverrides) {
        this(model, responses, engagement, score, options, evidence, plan, riskOverrides, EngagementContext.empty());
    }

    /** A report with the default options: A4, no branding; no evidence, plan or overrides. */
    public ReportInput(MaturityModel model, Responses responses, Engagement engagement, ScoreReport score) {
        this(model, responses, engagement, score, ReportOptions.defaults());
    }

    /** A report without evidence, plan or risk overrides. */
    public ReportInput(
            MaturityModel model, Responses responses, Engagement engagement, ScoreReport score, ReportOptions options) {
        this(model, responses, engagement, score, options, EvidenceBook.empty(), ImprovementPlan.empty(), Map.of());
    }

    /** Scores {@code responses}; throws {@link IllegalArgumentException} when they do not fit. */
    public static ReportInput of(MaturityModel model, Responses responses, Engagement engagement) {
        return new ReportInput(model, responses, engagement, Scorer.score(model, responses));
    }

    public ReportInput withOptions(ReportOptions value) {
        return new ReportInput(
                model, responses, engagement, score, value, evidence, plan, riskOverrides, engagementContext);
    }

    public ReportInput withEvidence(EvidenceBook value) {
        return new ReportInput(
                model, responses, engagement, score, options, value, plan, riskOverrides, engagementContext);
    }

    public ReportInput withPlan(ImprovementPlan value) {
        return new ReportInput(
                model, responses, engagement, score, options, evidence, value, riskOverrides, engagementContext);
    }

    /**
     * The consultant's risk overrides by question id; an override for a question the model lacks is
     * an {@link IllegalArgumentException} when a report is written.
     */
    public ReportInput withRiskOverrides(Map<String, RiskOverride> value) {
        return new ReportInput(model, responses, engagement, score, options, evidence, plan, value, engagementContext);
    }

    /** What the engagement mapped: its RACI, tool inventory and challenge register. */
    public ReportInput withEngagementContext(EngagementContext value) {
        return new ReportInput(model, responses, engagement, score, options, evidence, plan, riskOverrides, value);
    }

    /** The one analysis of this assessment (reasons, roadmap, summary facts) every format prints. */
    public AssessmentAnalysis analysis() {
        return AssessmentAnalysis.of(model, responses, score);
    }

    /** The risk register every format prints: rule j with this input's overrides (docs/scoring.md). */
    public RiskRegister risks() {
        return analysis().risks(riskOverrides);
    }
}
