package org.mlopsconsole.reports.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.AssessmentComparison;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.EngagementContext;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.EngagementText;
import org.mlopsconsole.reports.internal.EvidenceText;
import org.mlopsconsole.reports.internal.MethodText;
import org.mlopsconsole.reports.internal.PlanText;
import org.mlopsconsole.reports.internal.ReportTables;
import org.mlopsconsole.reports.internal.Summary;
import org.mlopsconsole.reports.internal.charts.ChartImages;
import org.mlopsconsole.reports.internal.charts.PlanChart;

/**
 * The report as PDF, with the same parts as the Word report (risks, the improvement plan as a
 * Gantt-like drawing, the evidence appendix with clickable links), laid out with PDFBox; with a
 * baseline, a comparison section follows the executive summary.
 */
public final class ReportPdf {

    private final ReportInput input;
    private final MaturityModel model;
    private final ScoreReport report;
    private final Summary summary;
    private final AssessmentAnalysis analysis;
    private final Optional<ReportInput> baseline;

    private ReportPdf(ReportInput input, Optional<ReportInput> baseline) {
        this.input = input;
        this.baseline = baseline;
        this.model = input.model();
        this.report = input.score();
        this.summary = new Summary(input);
        this.analysis = summary.analysis();
    }

    public static void write(ReportInput input, OutputStream out) throws IOException {
        write(input, Optional.empty(), out);
    }

    /** The report of {@code input}, compared with {@code baseline} when there is one. */
    public static void write(ReportInput input, Optional<ReportInput> baseline, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new ReportPdf(input, baseline).fill(document);
            document.save(out);
        }
    }

    private void fill(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(summary.title());
        info.setSubject(model.name());
        info.setCreator("MLOps Console");
        try (PdfLayout layout =
                new PdfLayout(document, input.options().paper(), summary.headerLine(" - "), summary.consultancy())) {
            cover(layout);
            executiveSummary(layout);
            if (baseline.isPresent()) {
                comparison(layout, baseline.get());
            }
            findingsPerDimension(layout);
            risks(layout);
            improvementPlan(layout);
            roadmap(layout);
            engagementContext(layout);
            appendices(layout);
        }
    }

    private void cover(PdfLayout layout) throws IOException {
        layout.newPage();
        Optional<Branding.Logo> logo = input.options().branding().logo();
        if (logo.isPresent()) {
            layout.moveTo(150);
            float height = 48;
            layout.picture(
                    logo.get().png(), "logo", (float) (height * logo.get().aspect()), height);
        }
        layout.moveTo(260);
        layout.centered(summary.title(), 24, true);
        layout.space(16);
        layout.centered(summary.headline(" - "), 15, false);
        layout.space(16);
        for (String line : summary.coverLines()) {
            layout.centered(line, 11, false);
        }
        if (summary.preparedBy().isPresent()) {
            layout.space(12);
            layout.centered(summary.preparedBy().get(), 11, true);
        }
    }

    private void executiveSummary(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Executive summary", 18);
        for (String paragraph : summary.paragraphs()) {
            layout.paragraph(paragraph, 10.5f, false, 0);
        }
        layout.paragraph(summary.riskLine(), 10.5f, false, 0);
        layout.paragraph(
                input.plan().isEmpty() ? PlanText.EMPTY : "Improvement plan: " + PlanText.overview(input.plan()),
                10.5f,
                false,
                0);
        List<String[]> rows = ReportTables.dimensions(analysis, "-");
        layout.table(new float[] {0.40f, 0.30f, 0.10f, 0.08f, 0.12f}, rows, 9);
        if (!analysis.overall().isRated()) {
            return;
        }
        float width = layout.width();
        float scale = width / ChartImages.WIDTH;
        layout.picture(ChartImages.levels(model, report), "levels", width, ChartImages.levelsHeight(report) * scale);
        layout.picture(ChartImages.scores(model, report), "scores", width, ChartImages.scoresHeight(report) * scale);
    }

    private void comparison(PdfLayout layout, ReportInput before) throws IOException {
        AssessmentComparison comparison = AssessmentComparison.of(model, before.score(), report);
        AssessmentAnalysis earlier = before.analysis();
        layout.newPage();
        layout.heading("Comparison with " + before.engagement().date(), 18);
        layout.paragraph(
                "The baseline was assessed on " + before.engagement().date() + ", this assessment on "
                        + input.engagement().date() + ". Overall level from "
                        + earlier.overall().levelText() + " to "
                        + analysis.overall().levelText() + ", score from "
                        + earlier.overall().scoreText()
                        + " to " + analysis.overall().scoreText() + " ("
                        + signed(comparison.overallScoreDelta())
                        + ").",
                10.5f,
                false,
                0);
        List<String[]> rows = ReportTables.comparison(analysis, comparison, "-");
        layout.table(new float[] {0.25f, 0.13f, 0.11f, 0.09f, 0.13f, 0.11f, 0.09f, 0.09f}, rows, 9);
        float width = layout.width();
        float scale = width / ChartImages.WIDTH;
        layout.picture(
                ChartImages.comparedScores(
                        model,
                        before.score(),
                        report,
                        "Baseline " + before.engagement().date(),
                        "Now"),
                "comparison",
                width,
                ChartImages.comparedScoresHeight(report) * scale);
        changedQuestions(layout, comparison.changedQuestions());
    }

    private static void changedQuestions(PdfLayout layout, List<AssessmentComparison.QuestionChange> changes)
            throws IOException {
        layout.heading("Questions whose aggregate rating changed", 13);
        if (changes.isEmpty()) {
            layout.paragraph("No question's aggregate rating changed.", 10.5f, false, 0);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Question", "Dimension", "Before", "Now", "Change"});
        for (AssessmentComparison.QuestionChange change : changes) {
            OptionalInt steps = change.steps();
            rows.add(new String[] {
                change.question().id() + ": " + change.question().text(),
                change.dimension().name(),
                change.beforeCode(),
                change.nowCode(),
                change.change().code() + (steps.isPresent() ? " " + Math.abs(steps.getAsInt()) : "")
            });
        }
        layout.table(new float[] {0.46f, 0.22f, 0.11f, 0.11f, 0.10f}, rows, 8.5f);
    }

    private String signed(OptionalDouble delta) {
        return ReportTables.signed(model.scoring(), delta, "-");
    }

    private static String signed(OptionalInt delta) {
        return ReportTables.signed(delta, "-");
    }

    private void findingsPerDimension(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Findings per dimension", 18);
        for (DimensionVerdict dimension : analysis.dimensions()) {
            layout.heading(dimension.name(), 13);
            layout.paragraph(Summary.facts(dimension, " - "), 10.5f, true, 0);
            if (!dimension.dimension().description().isBlank()) {
                layout.paragraph(dimension.dimension().description(), 10.5f, false, 0);
            }
            layout.paragraph("Why: " + dimension.reason(), 10.5f, false, 0);
            for (RoadmapItem item : analysis.roadmap()) {
                if (item.dimension().id().equals(dimension.id())) {
                    layout.paragraph("- " + item.text() + ", " + item.horizon().words(), 10, false, 12);
                }
            }
        }
    }

    private void risks(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Risks", 18);
        layout.paragraph(summary.riskLine() + " " + MethodText.RISK_RULE, 10.5f, false, 0);
        List<String[]> rows = ReportTables.risks(input.risks());
        if (rows.size() == 1) {
            layout.paragraph("No question is at high or medium risk.", 10.5f, false, 0);
            return;
        }
        layout.table(new float[] {0.42f, 0.18f, 0.12f, 0.28f}, rows, 8.5f);
    }

    /** The plan as a Gantt-like drawing (lanes per phase, a bar per item) and its table. */
    private void improvementPlan(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Improvement plan", 18);
        ImprovementPlan plan = input.plan();
        if (plan.isEmpty()) {
            layout.paragraph(PlanText.EMPTY, 10.5f, false, 0);
            return;
        }
        layout.paragraph(PlanText.overview(plan), 10.5f, false, 0);
        float width = layout.width();
        layout.picture(PlanChart.png(plan), "plan", width, PlanChart.height(plan) * width / ChartImages.WIDTH);
        layout.table(new float[] {0.12f, 0.34f, 0.17f, 0.11f, 0.11f, 0.08f, 0.07f}, PlanText.table(plan, "-"), 8.5f);
    }

    private void evidence(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Appendix B: evidence per question", 18);
        List<EvidenceText.QuestionEntries> all = EvidenceText.of(input);
        if (all.isEmpty()) {
            layout.paragraph(EvidenceText.NONE, 10.5f, false, 0);
            return;
        }
        String dimension = "";
        for (EvidenceText.QuestionEntries question : all) {
            if (!question.question().dimension().id().equals(dimension)) {
                dimension = question.question().dimension().id();
                layout.heading(question.question().dimension().name(), 13);
            }
            layout.paragraph(question.question().named(), 10, true, 0);
            for (EvidenceText.Entry entry : question.entries()) {
                if (entry.url().isPresent()) {
                    layout.paragraph("- " + entry.who() + " link:", 9.5f, false, 12);
                    layout.link(entry.text() + linkAddress(entry), entry.url().get(), 9.5f, 24);
                } else {
                    layout.paragraph("- " + entry.line(), 9.5f, false, 12);
                }
            }
        }
    }

    private static String linkAddress(EvidenceText.Entry entry) {
        String address = entry.url().orElseThrow().toString();
        return entry.text().equals(address) ? "" : " (" + address + ")";
    }

    private void roadmap(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Roadmap", 18);
        layout.paragraph(MethodText.ROADMAP_RULE, 10.5f, false, 0);
        List<String[]> rows = ReportTables.roadmap(analysis, "-");
        layout.table(new float[] {0.05f, 0.13f, 0.18f, 0.48f, 0.07f, 0.09f}, rows, 9);
    }

    /** The RACI with its check, the tool coverage heatmap with suggestions, the challenge register. */
    private void engagementContext(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading(EngagementText.SECTION, 18);
        EngagementContext context = input.engagementContext();
        if (context.isEmpty()) {
            layout.paragraph(EngagementText.NOTHING_MAPPED, 10.5f, false, 0);
            return;
        }
        layout.heading("Roles and responsibilities (RACI)", 13);
        if (context.raci().isEmpty()) {
            layout.paragraph(EngagementText.NO_RACI, 10.5f, false, 0);
        } else {
            raci(layout, context.raci().get());
            // the grid and its check fill most of a page: the coverage starts on its own
            layout.newPage();
        }
        layout.heading("Tool coverage", 13);
        if (context.tools().isEmpty()) {
            layout.paragraph(EngagementText.NO_TOOLS, 10.5f, false, 0);
        } else {
            tools(layout, context.tools().get());
        }
        layout.heading("Challenges", 13);
        if (context.challenges().entries().isEmpty()) {
            layout.paragraph(EngagementText.NO_CHALLENGES, 10.5f, false, 0);
        } else {
            layout.paragraph(EngagementText.challengesOverview(context.challenges()), 10.5f, false, 0);
            layout.table(
                    new float[] {0.27f, 0.15f, 0.26f, 0.32f},
                    EngagementText.challenges(context.challenges(), model, "-"),
                    8.5f);
        }
    }

    private static void raci(PdfLayout layout, EngagementContext.CheckedRaci raci) throws IOException {
        layout.paragraph(EngagementText.raciOverview(raci), 10.5f, false, 0);
        layout.paragraph(EngagementText.RACI_LEGEND, 9.5f, false, 0);
        List<String[]> grid = EngagementText.raciGrid(raci.grid());
        int roles = grid.get(0).length - 1;
        float[] fractions = new float[roles + 1];
        fractions[0] = Math.max(0.28f, 1 - roles * 0.12f);
        for (int i = 1; i <= roles; i++) {
            fractions[i] = (1 - fractions[0]) / roles;
        }
        layout.heatmap(fractions, grid, EngagementText.raciFills(raci.grid()), 8.5f);
        List<String> findings = EngagementText.findingLines(raci.check());
        if (findings.isEmpty()) {
            layout.paragraph(
                    "The RACI passes: every activity has one Accountable and a Responsible role, and no warning"
                            + " was raised.",
                    10.5f,
                    false,
                    0);
        } else {
            layout.paragraph("RACI check: " + EngagementText.checkOverview(raci.check()) + ".", 10.5f, true, 0);
            for (String line : findings) {
                layout.paragraph("- " + line, 9.5f, false, 12);
            }
        }
        List<String[]> people = EngagementText.people(raci.grid());
        if (people.size() > 1) {
            layout.space(6);
            layout.table(new float[] {0.35f, 0.65f}, people, 9);
        }
    }

    private static void tools(PdfLayout layout, EngagementContext.Tools tools) throws IOException {
        layout.paragraph(EngagementText.coverageOverview(tools), 10.5f, false, 0);
        layout.table(
                new float[] {0.30f, 0.12f, 0.29f, 0.29f},
                EngagementText.coverage(tools, "-"),
                EngagementText.coverageFills(tools),
                9);
        if (!tools.suggestions().isEmpty()) {
            layout.paragraph(EngagementText.constraintsLine(tools), 10.5f, false, 0);
            layout.table(new float[] {0.30f, 0.12f, 0.58f}, EngagementText.suggestions(tools), 9);
        }
    }

    private void appendices(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Appendix A: every question", 18);
        List<String[]> rows = ReportTables.questions(analysis);
        layout.table(new float[] {0.58f, 0.08f, 0.12f, 0.12f, 0.10f}, rows, 8.5f);
        evidence(layout);
        layout.newPage();
        layout.heading("Appendix C: how the assessment was scored", 18);
        List<String[]> lines = MethodText.lines(model, report.methodVersion());
        for (String[] line : lines.subList(1, lines.size())) {
            if (!line[0].isEmpty() || !line[1].isEmpty()) {
                layout.paragraph(line[0] + (line[1].isEmpty() ? "" : ": " + line[1]), 10, false, 0);
            }
        }
    }
}
