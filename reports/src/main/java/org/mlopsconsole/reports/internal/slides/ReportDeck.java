package org.mlopsconsole.reports.internal.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.Summary;
import org.mlopsconsole.reports.internal.charts.ChartImages;

/** The deck for the read-out: title, overall result, charts, one slide per dimension, roadmap. */
public final class ReportDeck {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final int MARGIN = 40;
    private static final int STEPS_PER_SLIDE = 8;
    private static final int STEPS_PER_DIMENSION = 5;
    private static final Color ACCENT = new Color(0x1F, 0x77, 0xB4);

    private final ReportInput input;
    private final MaturityModel model;
    private final ScoreReport report;
    private final Summary summary;
    private final AssessmentAnalysis analysis;
    private final XMLSlideShow deck = new XMLSlideShow();

    private ReportDeck(ReportInput input) {
        this.input = input;
        this.model = input.model();
        this.report = input.score();
        this.summary = new Summary(input);
        this.analysis = summary.analysis();
    }

    public static void write(ReportInput input, OutputStream out) throws IOException {
        try (XMLSlideShow deck = new ReportDeck(input).build()) {
            deck.write(out);
        }
    }

    private XMLSlideShow build() {
        deck.setPageSize(new Dimension(WIDTH, HEIGHT));
        titleSlide();
        resultSlide();
        pictureSlide("Level per dimension", ChartImages.radar(model, report), ChartImages.HEIGHT);
        pictureSlide("Score per dimension", ChartImages.scores(model, report), ChartImages.scoresHeight(report));
        for (int i = 0; i < model.dimensions().size(); i++) {
            dimensionSlide(i);
        }
        roadmapSlides();
        return deck;
    }

    private void titleSlide() {
        XSLFSlide slide = deck.createSlide();
        XSLFTextBox title = box(slide, MARGIN, 150, WIDTH - 2 * MARGIN, 90);
        text(title.getTextParagraphs().get(0), summary.title(), 36, true, ACCENT);
        XSLFTextBox details = box(slide, MARGIN, 260, WIDTH - 2 * MARGIN, 200);
        boolean first = true;
        for (String line : summary.coverLines()) {
            XSLFTextParagraph paragraph = first ? details.getTextParagraphs().get(0) : details.addNewTextParagraph();
            text(paragraph, line, 18, false, Color.DARK_GRAY);
            first = false;
        }
    }

    private void resultSlide() {
        XSLFSlide slide = titled("Overall result");
        XSLFTextBox level = box(slide, MARGIN, 100, WIDTH - 2 * MARGIN, 60);
        text(level.getTextParagraphs().get(0), summary.headline("  ·  "), 28, true, ACCENT);
        bullets(slide, summary.paragraphs(), 170, 16);
    }

    private void pictureSlide(String heading, byte[] png, int heightPixels) {
        XSLFSlide slide = titled(heading);
        XSLFPictureData data = deck.addPicture(png, PictureData.PictureType.PNG);
        double available = HEIGHT - 100 - 20;
        double scale = Math.min(1.0, available / heightPixels) * 0.75 * 96 / 72;
        double width = ChartImages.WIDTH * scale;
        double height = heightPixels * scale;
        slide.createPicture(data).setAnchor(new Rectangle2D.Double((WIDTH - width) / 2, 95, width, height));
    }

    private void dimensionSlide(int index) {
        DimensionVerdict dimension = analysis.dimensions().get(index);
        XSLFSlide slide = titled(dimension.name());
        XSLFTextBox facts = box(slide, MARGIN, 95, WIDTH - 2 * MARGIN, 40);
        text(facts.getTextParagraphs().get(0), Summary.facts(dimension, "  ·  "), 20, true, ACCENT);
        List<RoadmapItem> steps = analysis.roadmap().stream()
                .filter(item -> item.dimension().id().equals(dimension.id()))
                .toList();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(dimension.reason());
        steps.stream()
                .limit(STEPS_PER_DIMENSION)
                .forEach(item -> lines.add("Next (" + item.horizon().words() + "): " + item.text()));
        if (steps.size() > STEPS_PER_DIMENSION) {
            lines.add("… and " + (steps.size() - STEPS_PER_DIMENSION) + " more steps in the roadmap");
        }
        bullets(slide, lines, 145, 15);
    }

    private void roadmapSlides() {
        List<RoadmapItem> steps = analysis.roadmap();
        int pages = Math.max(1, (steps.size() + STEPS_PER_SLIDE - 1) / STEPS_PER_SLIDE);
        for (int page = 0; page < pages; page++) {
            XSLFSlide slide = titled("Roadmap" + (pages > 1 ? " (" + (page + 1) + " of " + pages + ")" : ""));
            List<String> lines =
                    steps.subList(page * STEPS_PER_SLIDE, Math.min(steps.size(), (page + 1) * STEPS_PER_SLIDE)).stream()
                            .map(item -> item.label() + " · " + item.dimension().name() + ": " + item.text())
                            .toList();
            bullets(
                    slide,
                    lines.isEmpty()
                            ? List.of("Nothing left to do: no rated dimension has a question to satisfy.")
                            : lines,
                    95,
                    14);
        }
    }

    private XSLFSlide titled(String heading) {
        XSLFSlide slide = deck.createSlide();
        XSLFTextBox title = box(slide, MARGIN, 25, WIDTH - 2 * MARGIN, 60);
        text(title.getTextParagraphs().get(0), heading, 28, true, ACCENT);
        return slide;
    }

    private void bullets(XSLFSlide slide, List<String> lines, int top, double size) {
        XSLFTextBox box = box(slide, MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top - 20);
        for (int i = 0; i < lines.size(); i++) {
            XSLFTextParagraph paragraph = i == 0 ? box.getTextParagraphs().get(0) : box.addNewTextParagraph();
            paragraph.setBullet(true);
            paragraph.setSpaceAfter(6.0);
            text(paragraph, lines.get(i), size, false, Color.BLACK);
        }
    }

    private static XSLFTextBox box(XSLFSlide slide, double x, double y, double width, double height) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, width, height));
        box.setWordWrap(true);
        if (box.getTextParagraphs().isEmpty()) {
            box.addNewTextParagraph();
        }
        return box;
    }

    private static void text(XSLFTextParagraph paragraph, String value, double size, boolean bold, Color color) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(value);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
    }
}
