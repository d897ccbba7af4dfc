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
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.AssessmentComparison;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.QuestionFinding;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.MethodText;
import org.mlopsconsole.reports.internal.Summary;
import org.mlopsconsole.reports.internal.charts.ChartImages;

/**
 * The report as PDF, with the same parts as the Word report, laid out with PDFBox; with a baseline,
 * a comparison section follows the executive summary.
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
        try (PdfLayout layout = new PdfLayout(document)) {
            cover(layout);
            executiveSummary(layout);
            if (baseline.isPresent()) {
                comparison(layout, baseline.get());
            }
            findingsPerDimension(layout);
            roadmap(layout);
            appendices(layout);
        }
    }

    private void cover(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.moveTo(260);
        layout.centered(summary.title(), 24, true);
        layout.space(16);
        layout.centered(summary.headline(" - "), 15, false);
        layout.space(16);
        for (String line : summary.coverLines()) {
            layout.centered(line, 11, false);
        }
    }

    private void executiveSummary(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Executive summary", 18);
        for (String paragraph : summary.paragraphs()) {
            layout.paragraph(paragraph, 10.5f, false, 0);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Dimension", "Level", "Target", "Gap", "Score"});
        for (DimensionVerdict dimension : analysis.dimensions()) {
            rows.add(new String[] {
                dimension.name(),
                dimension.levelText(),
                Summary.number(dimension.target(), "-"),
                Summary.number(dimension.gap(), "-"),
                dimension.scoreText()
            });
        }
        layout.table(new float[] {0.40f, 0.30f, 0.10f, 0.08f, 0.12f}, rows, 9);
        float width = layout.width();
        float scale = width / ChartImages.WIDTH;
        layout.picture(ChartImages.radar(model, report), "radar", width, ChartImages.HEIGHT * scale);
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
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "Dimension", "Level before", "Level now", "Δ level", "Score before", "Score now", "Δ score", "Target"
        });
        for (AssessmentComparison.DimensionChange change : comparison.dimensions()) {
            DimensionScore now = change.now();
            rows.add(new String[] {
                now.name(),
                change.before().map(ReportPdf::levelCell).orElse("new"),
                levelCell(now),
                signed(change.levelDelta()),
                change.before().map(old -> analysis.scoreText(old.score())).orElse("-"),
                analysis.scoreText(now.score()),
                signed(change.scoreDelta()),
                Summary.number(now.target(), "-")
            });
        }
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

    /** The level's id, or the status of a dimension without a level. */
    private static String levelCell(DimensionScore score) {
        return score.level()
                .map(level -> String.valueOf(level.id()))
                .orElse(score.status().words());
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

    /** A score difference as printed, with its sign: +12.5, -3.0, 0.0; "-" when unknown. */
    private String signed(OptionalDouble delta) {
        if (delta.isEmpty()) {
            return "-";
        }
        var rounded = ScoreReportFormat.round(model.scoring(), delta.getAsDouble());
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    private static String signed(OptionalInt delta) {
        if (delta.isEmpty()) {
            return "-";
        }
        return (delta.getAsInt() > 0 ? "+" : "") + delta.getAsInt();
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

    private void roadmap(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Roadmap", 18);
        layout.paragraph(MethodText.ROADMAP_RULE, 10.5f, false, 0);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "Horizon", "Dimension", "Action", "Level", "Now"});
        List<RoadmapItem> items = analysis.roadmap();
        for (int i = 0; i < items.size(); i++) {
            RoadmapItem item = items.get(i);
            rows.add(new String[] {
                String.valueOf(i + 1),
                item.label(),
                item.dimension().name(),
                item.question().named(),
                item.level().map(level -> String.valueOf(level.id())).orElse("-"),
                item.question().ratingText()
            });
        }
        layout.table(new float[] {0.05f, 0.13f, 0.18f, 0.48f, 0.07f, 0.09f}, rows, 9);
    }

    private void appendices(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Appendix A: every question", 18);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Question", "Level", "Aggregate", "Disagreement", "Rated by"});
        for (QuestionFinding question : analysis.questions()) {
            rows.add(new String[] {
                question.named(),
                String.valueOf(question.question().level()),
                question.ratingText(),
                question.disagreement() ? "yes" : "no",
                String.valueOf(question.score().ratedBy())
            });
        }
        layout.table(new float[] {0.58f, 0.08f, 0.12f, 0.12f, 0.10f}, rows, 8.5f);
        layout.newPage();
        layout.heading("Appendix B: how the assessment was scored", 18);
        List<String[]> lines = MethodText.lines(model, report.methodVersion());
        for (String[] line : lines.subList(1, lines.size())) {
            if (!line[0].isEmpty() || !line[1].isEmpty()) {
                layout.paragraph(line[0] + (line[1].isEmpty() ? "" : ": " + line[1]), 10, false, 0);
            }
        }
    }
}
