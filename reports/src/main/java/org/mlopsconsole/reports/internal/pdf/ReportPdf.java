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
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.Comparison;
import org.mlopsconsole.reports.internal.Findings;
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
    private final Findings findings;
    private final Optional<Comparison> comparison;

    private ReportPdf(ReportInput input, Optional<ReportInput> baseline) {
        this.input = input;
        this.comparison = baseline.map(before -> Comparison.of(before, input));
        this.model = input.model();
        this.report = input.score();
        this.summary = new Summary(input);
        this.findings = summary.findings();
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
            if (comparison.isPresent()) {
                comparison(layout, comparison.get());
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
        layout.centered("Overall level " + summary.overallLevel() + " - score " + summary.overallScore(), 15, false);
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
        for (DimensionScore dimension : report.dimensions()) {
            rows.add(new String[] {
                dimension.name(),
                findings.levelText(dimension.level().id()),
                dimension.target().isPresent()
                        ? String.valueOf(dimension.target().getAsInt())
                        : "-",
                dimension.gap().isPresent() ? String.valueOf(dimension.gap().getAsInt()) : "-",
                Summary.score(dimension.score())
            });
        }
        layout.table(new float[] {0.40f, 0.30f, 0.10f, 0.08f, 0.12f}, rows, 9);
        float width = layout.width();
        float scale = width / ChartImages.WIDTH;
        layout.picture(ChartImages.radar(model, report), "radar", width, ChartImages.HEIGHT * scale);
        layout.picture(ChartImages.scores(report), "scores", width, ChartImages.scoresHeight(report) * scale);
    }

    private void comparison(PdfLayout layout, Comparison comparison) throws IOException {
        ReportInput before = comparison.before();
        layout.newPage();
        layout.heading("Comparison with " + before.engagement().date(), 18);
        layout.paragraph(
                "The baseline was assessed on " + before.engagement().date() + ", this assessment on "
                        + input.engagement().date() + ". Overall level from "
                        + findings.levelText(before.score().overall().level().id()) + " to "
                        + summary.overallLevel() + ", score from "
                        + Summary.score(before.score().overall().score())
                        + " to " + summary.overallScore() + " ("
                        + signed(scoreDelta(
                                before.score().overall().score(),
                                report.overall().score()))
                        + ").",
                10.5f,
                false,
                0);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "Dimension", "Level before", "Level now", "Δ level", "Score before", "Score now", "Δ score", "Target"
        });
        for (Comparison.DimensionChange change : comparison.dimensions()) {
            DimensionScore now = change.now();
            rows.add(new String[] {
                now.name(),
                change.before().map(old -> String.valueOf(old.level().id())).orElse("new"),
                String.valueOf(now.level().id()),
                signed(change.levelDelta()),
                change.before().map(old -> Summary.score(old.score())).orElse("-"),
                Summary.score(now.score()),
                signed(change.scoreDelta()),
                now.target().isPresent() ? String.valueOf(now.target().getAsInt()) : "-"
            });
        }
        layout.table(new float[] {0.25f, 0.13f, 0.11f, 0.09f, 0.13f, 0.11f, 0.09f, 0.09f}, rows, 9);
        float width = layout.width();
        float scale = width / ChartImages.WIDTH;
        layout.picture(
                ChartImages.comparedScores(
                        before.score(),
                        report,
                        "Baseline " + before.engagement().date(),
                        "Now"),
                "comparison",
                width,
                ChartImages.comparedScoresHeight(report) * scale);
        changedQuestions(layout, comparison.changedQuestions());
    }

    private static void changedQuestions(PdfLayout layout, List<Comparison.QuestionChange> changes) throws IOException {
        layout.heading("Questions whose aggregate rating changed", 13);
        if (changes.isEmpty()) {
            layout.paragraph("No question's aggregate rating changed.", 10.5f, false, 0);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Question", "Dimension", "Before", "Now", "Change"});
        for (Comparison.QuestionChange change : changes) {
            OptionalInt steps = change.steps();
            rows.add(new String[] {
                change.question().id() + ": " + change.question().text(),
                change.dimension().name(),
                change.beforeCode(),
                change.now().ratingCode(),
                change.change() + (steps.isPresent() ? " " + Math.abs(steps.getAsInt()) : "")
            });
        }
        layout.table(new float[] {0.46f, 0.22f, 0.11f, 0.11f, 0.10f}, rows, 8.5f);
    }

    private static OptionalDouble scoreDelta(OptionalDouble before, OptionalDouble now) {
        return before.isPresent() && now.isPresent()
                ? OptionalDouble.of(now.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
    }

    /** A score difference as printed, with its sign: +12.5, -3.0, 0.0; "-" when unknown. */
    private static String signed(OptionalDouble delta) {
        if (delta.isEmpty()) {
            return "-";
        }
        var rounded = ScoreReportFormat.round(delta.getAsDouble());
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
        for (int i = 0; i < model.dimensions().size(); i++) {
            Dimension dimension = model.dimensions().get(i);
            DimensionScore score = report.dimensions().get(i);
            layout.heading(dimension.name(), 13);
            layout.paragraph(
                    "Level " + findings.levelText(score.level().id()) + " - score " + Summary.score(score.score())
                            + (score.target().isPresent()
                                    ? " - target " + score.target().getAsInt() + " - gap "
                                            + score.gap().getAsInt()
                                    : ""),
                    10.5f,
                    true,
                    0);
            if (!dimension.description().isBlank()) {
                layout.paragraph(dimension.description(), 10.5f, false, 0);
            }
            layout.paragraph("Why: " + findings.why(dimension, score), 10.5f, false, 0);
            for (Findings.Step step : findings.roadmap()) {
                if (step.dimension().id().equals(dimension.id())) {
                    layout.paragraph(
                            "- " + step.question().text() + " ("
                                    + step.question().id() + ", level "
                                    + step.question().level() + ", now " + step.rating() + ")",
                            10,
                            false,
                            12);
                }
            }
        }
    }

    private void roadmap(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Roadmap", 18);
        layout.paragraph("Next steps by dimension, the largest gaps and heaviest dimensions first.", 10.5f, false, 0);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "Dimension", "Level", "Action", "Now"});
        List<Findings.Step> steps = findings.roadmap();
        for (int i = 0; i < steps.size(); i++) {
            Findings.Step step = steps.get(i);
            rows.add(new String[] {
                String.valueOf(i + 1),
                step.dimension().name(),
                String.valueOf(step.question().level()),
                step.question().text(),
                step.rating()
            });
        }
        layout.table(new float[] {0.05f, 0.22f, 0.08f, 0.53f, 0.12f}, rows, 9);
    }

    private void appendices(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Appendix A: every question", 18);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Question", "Level", "Aggregate", "Disagreement", "Rated by"});
        for (Question question : (Iterable<Question>) model.questions()::iterator) {
            QuestionScore score = findings.questionScore(question.id());
            rows.add(new String[] {
                question.id() + ": " + question.text(),
                String.valueOf(question.level()),
                score.ratingCode(),
                score.disagreement() ? "yes" : "no",
                String.valueOf(score.ratedBy())
            });
        }
        layout.table(new float[] {0.58f, 0.08f, 0.12f, 0.12f, 0.10f}, rows, 8.5f);
        layout.newPage();
        layout.heading("Appendix B: how the assessment was scored", 18);
        List<String[]> lines = MethodText.lines(model);
        for (String[] line : lines.subList(1, lines.size())) {
            if (!line[0].isEmpty() || !line[1].isEmpty()) {
                layout.paragraph(line[0] + (line[1].isEmpty() ? "" : ": " + line[1]), 10, false, 0);
            }
        }
    }
}
