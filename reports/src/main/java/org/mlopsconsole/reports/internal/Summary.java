package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.ExecutiveSummary;
import org.mlopsconsole.assessment.analysis.QuestionRisk;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskRegister;
import org.mlopsconsole.reports.Engagement;
import org.mlopsconsole.reports.ReportInput;

/**
 * The cover and executive summary of the Word, PowerPoint and PDF reports: the engagement details,
 * and the analysis's facts and sentences (never its own).
 */
public final class Summary {

    private final ReportInput input;
    private final AssessmentAnalysis analysis;
    private final ExecutiveSummary facts;

    public Summary(ReportInput input) {
        this.input = input;
        this.analysis = input.analysis();
        this.facts = analysis.summary();
    }

    public AssessmentAnalysis analysis() {
        return analysis;
    }

    public String title() {
        Engagement engagement = input.engagement();
        return engagement.organization().isEmpty()
                ? "MLOps maturity assessment"
                : "MLOps maturity assessment: " + engagement.organization();
    }

    /**
     * What every page's header names: organization, team and date, those that are known, e.g.
     * "Acme Bank · Fraud models · 2026-11-02".
     */
    public String headerLine(String separator) {
        Engagement engagement = input.engagement();
        List<String> parts = new ArrayList<>();
        if (!engagement.organization().isEmpty()) {
            parts.add(engagement.organization());
        }
        if (!engagement.team().isEmpty()) {
            parts.add(engagement.team());
        }
        parts.add(engagement.date().toString());
        return String.join(separator, parts);
    }

    /** "Prepared by Northwind Consulting", or empty without a consultancy. */
    public java.util.Optional<String> preparedBy() {
        String consultancy = input.options().branding().consultancy();
        return consultancy.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("Prepared by " + consultancy);
    }

    /** The consultancy's name, empty when none is given. */
    public String consultancy() {
        return input.options().branding().consultancy();
    }

    /** Team, model, date and assessor, those that are known, one per line. */
    public List<String> coverLines() {
        Engagement engagement = input.engagement();
        List<String> lines = new ArrayList<>();
        if (!engagement.team().isEmpty()) {
            lines.add("Team: " + engagement.team());
        }
        lines.add(
                "Model: " + input.model().name() + " (version " + input.model().version() + ")");
        lines.add("Date: " + engagement.date());
        if (!engagement.assessor().isEmpty()) {
            lines.add("Assessor: " + engagement.assessor());
        }
        lines.add("Participants: " + participants());
        return lines;
    }

    public String participants() {
        List<String> names = Respondents.names(input.responses());
        return names.isEmpty() ? "none (consensus ratings only)" : String.join(", ", names);
    }

    /**
     * "Overall level 2 (Managed) · score 55.6", or "Not assessed: no overall level or score" for
     * an assessment without a level; {@code separator} sits between the parts.
     */
    public String headline(String separator) {
        if (!facts.status().isRated()) {
            return facts.overallLevel() + ": no overall level or score";
        }
        return "Overall level " + analysis.overall().levelText() + separator + "score " + facts.overallScore();
    }

    /**
     * "Risks: 3 questions at high risk, 5 at medium risk (1 set by the consultant)." from the one
     * register ({@link ReportInput#risks()}).
     */
    public String riskLine() {
        RiskRegister risks = input.risks();
        Map<Risk, Integer> counts = risks.counts();
        long overridden =
                risks.all().stream().filter(QuestionRisk::isOverridden).count();
        return "Risks: " + counts.get(Risk.HIGH) + (counts.get(Risk.HIGH) == 1 ? " question" : " questions")
                + " at high risk, " + counts.get(Risk.MEDIUM) + " at medium risk"
                + (overridden == 0 ? "" : " (" + overridden + " set by the consultant)") + ".";
    }

    /** The executive summary's paragraphs, as the analysis words them. */
    public List<String> paragraphs() {
        return facts.paragraphs();
    }

    /** "Level 2 (Managed) · score 55.6 · target 3 · gap 1", or "Not applicable" for a dimension without a level. */
    public static String facts(DimensionVerdict dimension, String separator) {
        if (!dimension.isRated()) {
            String words = dimension.status().words();
            return Character.toUpperCase(words.charAt(0))
                    + words.substring(1)
                    + (dimension.target().isPresent()
                            ? separator + "target " + dimension.target().getAsInt()
                            : "");
        }
        return "Level " + dimension.levelText() + separator + "score " + dimension.scoreText()
                + (dimension.target().isPresent()
                        ? separator + "target " + dimension.target().getAsInt() + separator + "gap "
                                + dimension.gap().getAsInt()
                        : "");
    }

    /** A target or gap as a table prints it: the number, or a dash. */
    public static String number(java.util.OptionalInt value, String dash) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : dash;
    }
}
