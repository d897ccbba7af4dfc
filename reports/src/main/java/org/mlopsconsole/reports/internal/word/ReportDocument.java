package org.mlopsconsole.reports.internal.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.QuestionFinding;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.MethodText;
import org.mlopsconsole.reports.internal.Summary;
import org.mlopsconsole.reports.internal.charts.ChartImages;

/**
 * The client report in Word: cover, executive summary with charts, findings per dimension,
 * roadmap, and appendices with every question and the scoring method.
 */
public final class ReportDocument {

    private final ReportInput input;
    private final MaturityModel model;
    private final ScoreReport report;
    private final Summary summary;
    private final AssessmentAnalysis analysis;
    private final XWPFDocument document = new XWPFDocument();

    private ReportDocument(ReportInput input) {
        this.input = input;
        this.model = input.model();
        this.report = input.score();
        this.summary = new Summary(input);
        this.analysis = summary.analysis();
    }

    public static void write(ReportInput input, OutputStream out) throws IOException {
        try (XWPFDocument document = new ReportDocument(input).build()) {
            document.write(out);
        }
    }

    private XWPFDocument build() throws IOException {
        cover();
        executiveSummary();
        findingsPerDimension();
        roadmap();
        appendices();
        return document;
    }

    private void cover() {
        for (int i = 0; i < 6; i++) {
            document.createParagraph();
        }
        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, summary.title(), 26, true);
        XWPFParagraph level = document.createParagraph();
        level.setAlignment(ParagraphAlignment.CENTER);
        run(level, summary.headline(" · "), 16, false);
        for (String line : summary.coverLines()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            run(paragraph, line, 12, false);
        }
        pageBreak();
    }

    private void executiveSummary() throws IOException {
        heading("Executive summary", 1);
        summary.paragraphs().forEach(this::paragraph);
        XWPFTable table = table("Dimension", "Level", "Target", "Gap", "Score");
        for (DimensionVerdict dimension : analysis.dimensions()) {
            row(
                    table,
                    dimension.name(),
                    dimension.levelText(),
                    Summary.number(dimension.target(), "–"),
                    Summary.number(dimension.gap(), "–"),
                    dimension.scoreText());
        }
        paragraph("");
        picture(ChartImages.radar(model, report), "radar.png", ChartImages.HEIGHT);
        picture(ChartImages.scores(model, report), "scores.png", ChartImages.scoresHeight(report));
        pageBreak();
    }

    private void findingsPerDimension() {
        heading("Findings per dimension", 1);
        for (DimensionVerdict dimension : analysis.dimensions()) {
            heading(dimension.name(), 2);
            paragraph(Summary.facts(dimension, " · "));
            if (!dimension.dimension().description().isBlank()) {
                paragraph(dimension.dimension().description());
            }
            paragraph("Why: " + dimension.reason());
            List<RoadmapItem> items = analysis.roadmap().stream()
                    .filter(item -> item.dimension().id().equals(dimension.id()))
                    .toList();
            if (!items.isEmpty()) {
                paragraph("Next steps:");
                for (RoadmapItem item : items) {
                    bullet(item.text() + ", " + item.horizon().words());
                }
            }
        }
        pageBreak();
    }

    private void roadmap() {
        heading("Roadmap", 1);
        paragraph(MethodText.ROADMAP_RULE);
        XWPFTable table = table("#", "Horizon", "Dimension", "Action", "Level", "Now");
        List<RoadmapItem> items = analysis.roadmap();
        for (int i = 0; i < items.size(); i++) {
            RoadmapItem item = items.get(i);
            row(
                    table,
                    String.valueOf(i + 1),
                    item.label(),
                    item.dimension().name(),
                    item.question().named(),
                    item.level().map(level -> String.valueOf(level.id())).orElse("–"),
                    item.question().ratingText());
        }
        pageBreak();
    }

    private void appendices() {
        heading("Appendix A: every question", 1);
        XWPFTable table = table("Question", "Level", "Aggregate", "Disagreement", "Rated by");
        for (QuestionFinding question : analysis.questions()) {
            row(
                    table,
                    question.named(),
                    String.valueOf(question.question().level()),
                    question.ratingText(),
                    question.disagreement() ? "yes" : "no",
                    String.valueOf(question.score().ratedBy()));
        }
        pageBreak();
        heading("Appendix B: how the assessment was scored", 1);
        List<String[]> lines = MethodText.lines(model, report.methodVersion());
        for (String[] line : lines.subList(1, lines.size())) {
            if (line[0].isEmpty() && line[1].isEmpty()) {
                continue;
            }
            XWPFParagraph paragraph = document.createParagraph();
            run(paragraph, line[0] + (line[1].isEmpty() ? "" : ": "), 11, true);
            run(paragraph, line[1], 11, false);
        }
    }

    private void heading(String text, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(level == 1 ? 240 : 180);
        paragraph.setSpacingAfter(120);
        paragraph.setKeepNext(true);
        run(paragraph, text, level == 1 ? 18 : 14, true);
    }

    private void paragraph(String text) {
        run(document.createParagraph(), text, 11, false);
    }

    private void bullet(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationLeft(360);
        paragraph.setIndentationHanging(240);
        run(paragraph, "•\t" + text, 11, false);
    }

    private void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("Calibri");
        return run;
    }

    private XWPFTable table(String... headers) {
        XWPFTable table = document.createTable(1, headers.length);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFParagraph paragraph = header.getCell(i).getParagraphs().get(0);
            run(paragraph, headers[i], 10, true);
            header.getCell(i).setColor("D9D9D9");
        }
        return table;
    }

    private static void row(XWPFTable table, String... values) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.length; i++) {
            run(row.getCell(i).getParagraphs().get(0), values[i], 10, false);
        }
    }

    private void picture(byte[] png, String name, int heightPixels) throws IOException {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        double widthPoints = ChartImages.WIDTH * 0.75;
        double heightPoints = heightPixels * 0.75;
        try {
            paragraph
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            PictureType.PNG,
                            name,
                            Units.toEMU(widthPoints),
                            Units.toEMU(heightPoints));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("chart picture rejected: " + e.getMessage(), e);
        }
    }
}
