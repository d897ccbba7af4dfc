package org.mlopsconsole.reports.internal.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.AssessmentComparison;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.QuestionFinding;
import org.mlopsconsole.assessment.analysis.QuestionRisk;
import org.mlopsconsole.assessment.analysis.QuickWins;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.EvidenceText;
import org.mlopsconsole.reports.internal.PlanText;
import org.mlopsconsole.reports.internal.ReportTables;
import org.mlopsconsole.reports.internal.Summary;
import org.mlopsconsole.reports.internal.charts.ChartImages;

/**
 * The deck for the read-out, told as a story: title, executive summary in sentences (with the risk
 * counts), the profile as a heatmap and a chart, the top risks, the improvement plan as a Gantt
 * (the roadmap's timeline while there is no plan), quick wins, next steps, the comparison with a
 * baseline when given; the scores, each dimension's detail, the evidence per dimension and the
 * disagreements in an appendix. Evidence also goes into the speaker notes of the slides that name
 * its questions. Every slide carries a table, a picture
 * or at least two lines of text besides its title.
 */
public final class ReportDeck {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final int MARGIN = 40;
    private static final int CONTENT_TOP = 95;
    private static final int TABLE_ROWS = 10;
    private static final int DIMENSIONS_PER_SLIDE = 2;
    private static final int STEPS_PER_DIMENSION = 3;
    private static final String SEPARATOR = "  ·  ";
    private static final int EVIDENCE_ROWS = 8;
    private static final int EVIDENCE_CHARACTERS = 220;

    private final ReportInput input;
    private final MaturityModel model;
    private final ScoreReport report;
    private final Summary summary;
    private final AssessmentAnalysis analysis;
    private final Optional<ReportInput> baseline;
    private final XMLSlideShow deck = new XMLSlideShow();

    private ReportDeck(ReportInput input, Optional<ReportInput> baseline) {
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

    /** The deck of {@code input}, with a comparison slide when there is a baseline. */
    public static void write(ReportInput input, Optional<ReportInput> baseline, OutputStream out) throws IOException {
        try (XMLSlideShow deck = new ReportDeck(input, baseline).build()) {
            deck.write(out);
        }
    }

    private XMLSlideShow build() {
        deck.setPageSize(new Dimension(WIDTH, HEIGHT));
        titleSlide();
        executiveSummarySlide();
        if (analysis.overall().isRated()) {
            heatmapSlide();
            pictureSlide("Level per dimension", ChartImages.levels(model, report), ChartImages.levelsHeight(report));
            topRisksSlide();
            if (input.plan().isEmpty()) {
                timelineSlide();
            } else {
                planSlides();
            }
            quickWinsSlide();
        }
        nextStepsSlide();
        baseline.ifPresent(this::comparisonSlide);
        new EngagementSlides(this::titled, model).draw(input.engagementContext());
        if (analysis.overall().isRated()) {
            pictureSlide(
                    "Appendix: score per dimension",
                    ChartImages.scores(model, report),
                    ChartImages.scoresHeight(report));
        }
        dimensionSlides();
        evidenceSlides();
        disagreementSlide();
        return deck;
    }

    private void titleSlide() {
        XSLFSlide slide = deck.createSlide();
        Branding branding = input.options().branding();
        if (branding.logo().isPresent()) {
            Branding.Logo logo = branding.logo().get();
            XSLFPictureData data = deck.addPicture(logo.png(), PictureData.PictureType.PNG);
            double height = 56;
            slide.createPicture(data).setAnchor(new Rectangle2D.Double(MARGIN, 40, height * logo.aspect(), height));
        }
        XSLFTextBox title = Slides.box(slide, MARGIN, 140, WIDTH - 2 * MARGIN, 100);
        Slides.text(title.getTextParagraphs().get(0), summary.title(), 36, true, Slides.ACCENT);
        List<String> lines = new ArrayList<>(summary.coverLines());
        summary.preparedBy().ifPresent(lines::add);
        Slides.lines(
                slide, new Rectangle2D.Double(MARGIN, 260, WIDTH - 2 * MARGIN, 240), lines, 18, false, Slides.MUTED);
    }

    /** Where they stand, what holds them, the three things to do: sentences, as the analysis words them. */
    private void executiveSummarySlide() {
        XSLFSlide slide = titled("Executive summary");
        XSLFTextBox box = Slides.box(slide, MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, HEIGHT - CONTENT_TOP - 30);
        List<String> paragraphs = summary.paragraphs();
        section(box, "Where you stand", List.of(paragraphs.get(0), summary.riskLine()));
        section(box, "What holds you", List.of(analysis.overall().reason()));
        List<RoadmapItem> first = analysis.roadmap().stream().limit(3).toList();
        List<String> todo = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            RoadmapItem item = first.get(i);
            todo.add((i + 1) + ". " + item.dimension().name() + ": "
                    + item.question().text());
        }
        if (todo.isEmpty()) {
            todo.add(
                    analysis.overall().isRated()
                            ? "Nothing is left on the roadmap: keep the practices in place and re-assess."
                            : "Rate the questions in a workshop: with nothing rated there is no level to improve on.");
        }
        section(box, first.size() >= 3 ? "The three things to do" : "What to do", todo);
    }

    private static void section(XSLFTextBox box, String heading, List<String> lines) {
        XSLFTextParagraph title = Slides.next(box);
        title.setSpaceBefore(6.0);
        Slides.text(title, heading, 17, true, Slides.ACCENT);
        for (String line : lines) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setSpaceAfter(4.0);
            Slides.text(paragraph, line, 14, false, Color.BLACK);
        }
    }

    /** One row per dimension, one column per level: reached levels shaded, the target marked. */
    private void heatmapSlide() {
        XSLFSlide slide = titled("Profile: level per dimension");
        List<Level> levels = model.levels();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[levels.size() + 1];
        header[0] = "Dimension";
        for (int i = 0; i < levels.size(); i++) {
            header[i + 1] = levels.get(i).id() + " " + levels.get(i).name();
        }
        rows.add(header);
        List<DimensionVerdict> dimensions = analysis.dimensions();
        for (DimensionVerdict dimension : dimensions) {
            String[] row = new String[levels.size() + 1];
            row[0] = dimension.name();
            for (int i = 0; i < levels.size(); i++) {
                row[i + 1] = heatCell(dimension, levels.get(i), i == 0);
            }
            rows.add(row);
        }
        double size = dimensions.size() > 12 ? 9 : 11;
        double first = 250;
        double[] widths = new double[levels.size() + 1];
        widths[0] = first;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = (WIDTH - 2 * MARGIN - first) / levels.size();
        }
        XSLFTable table = Slides.table(slide, MARGIN, CONTENT_TOP - 5, widths, rows, size);
        for (int r = 0; r < dimensions.size(); r++) {
            DimensionVerdict dimension = dimensions.get(r);
            for (int i = 0; i < levels.size(); i++) {
                table.getCell(r + 1, i + 1).setFillColor(heatColour(dimension, levels.get(i), i, levels.size()));
            }
        }
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, HEIGHT - 34, WIDTH - 2 * MARGIN, 24),
                List.of("Shaded: levels reached. \"now\" marks the level given, \"target\" the level aimed for."),
                10,
                false,
                Slides.MUTED);
    }

    private static String heatCell(DimensionVerdict dimension, Level level, boolean firstColumn) {
        if (!dimension.isRated()) {
            return firstColumn ? dimension.status().words() : "";
        }
        boolean now = dimension.level().map(l -> l.id() == level.id()).orElse(false);
        boolean target = dimension.target().isPresent() && dimension.target().getAsInt() == level.id();
        return now && target ? "now = target" : now ? "now" : target ? "target" : "";
    }

    private static Color heatColour(DimensionVerdict dimension, Level level, int index, int count) {
        if (!dimension.isRated()) {
            return new Color(0xEE, 0xEE, 0xEE);
        }
        int reached = dimension.level().map(Level::id).orElse(Integer.MIN_VALUE);
        if (level.id() <= reached) {
            float strength = 0.35f + 0.65f * (index + 1) / count;
            return blend(new Color(0xDE, 0xEA, 0xF6), new Color(0x2E, 0x75, 0xB6), strength);
        }
        if (dimension.target().isPresent() && level.id() <= dimension.target().getAsInt()) {
            return new Color(0xFC, 0xE4, 0xD6);
        }
        return Color.WHITE;
    }

    private static Color blend(Color from, Color to, float amount) {
        return new Color(
                Math.round(from.getRed() + (to.getRed() - from.getRed()) * amount),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * amount),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * amount));
    }

    /** The register's top risks (rule j, with the consultant's overrides); their evidence in the notes. */
    private void topRisksSlide() {
        List<QuestionRisk> top = input.risks().top(TABLE_ROWS);
        XSLFSlide slide = titled("Top risks: what holds each dimension");
        if (top.isEmpty()) {
            noItems(slide, "No question is at high or medium risk.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Dimension", "Practice to put in place", "Risk", "Now"});
        top.forEach(risk -> rows.add(new String[] {
            risk.dimension().name(),
            risk.question().text(),
            risk.risk().words() + (risk.isOverridden() ? " (set)" : ""),
            risk.question().ratingText()
        }));
        Slides.table(slide, MARGIN, CONTENT_TOP - 5, new double[] {180, 520, 110, 70}, rows, 11);
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, HEIGHT - 34, WIDTH - 2 * MARGIN, 24),
                List.of(summary.riskLine() + " High before medium; \"(set)\": the consultant's verdict, with its reason"
                        + " in the report."),
                10,
                false,
                Slides.MUTED);
        List<String> overrides = input.risks().all().stream()
                .filter(QuestionRisk::isOverridden)
                .map(risk -> risk.question().named() + ": " + ReportTables.basis(risk))
                .toList();
        speakerNotes(slide, top.stream().map(QuestionRisk::id).toList(), overrides);
    }

    /** The improvement plan as a Gantt in native shapes, as many slides as its items need. */
    private void planSlides() {
        List<List<PlanItem>> pages = PlanSlides.pages(input.plan());
        for (int page = 0; page < pages.size(); page++) {
            XSLFSlide slide = titled("Improvement plan by phase"
                    + (pages.size() > 1 ? " (" + (page + 1) + " of " + pages.size() + ")" : ""));
            PlanSlides.draw(slide, input.plan(), pages.get(page), HEIGHT - 40);
            Slides.lines(
                    slide,
                    new Rectangle2D.Double(MARGIN, HEIGHT - 34, WIDTH - 2 * MARGIN, 24),
                    List.of(PlanText.overview(input.plan())
                            + " \u2605 quick win; pale bar open, solid in progress, grey done."),
                    10,
                    false,
                    Slides.MUTED);
            speakerNotes(
                    slide,
                    pages.get(page).stream()
                            .flatMap(item -> item.questionIds().stream())
                            .distinct()
                            .toList());
        }
    }

    private void itemTable(XSLFSlide slide, List<RoadmapItem> items, String note) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Dimension", "Practice to put in place", "Level", "Now"});
        items.stream()
                .limit(TABLE_ROWS)
                .forEach(item -> rows.add(new String[] {
                    item.dimension().name(),
                    item.question().text(),
                    item.level().map(level -> String.valueOf(level.id())).orElse("–"),
                    item.question().ratingText()
                }));
        Slides.table(slide, MARGIN, CONTENT_TOP - 5, new double[] {190, 560, 60, 70}, rows, 11);
        String more = items.size() > TABLE_ROWS ? (items.size() - TABLE_ROWS) + " more. " : "";
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, HEIGHT - 34, WIDTH - 2 * MARGIN, 24),
                List.of(more + note),
                10,
                false,
                Slides.MUTED);
    }

    private static void noItems(XSLFSlide slide, String why) {
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, 120),
                List.of(why, "The roadmap section of the report explains the rule."),
                16,
                false,
                Color.BLACK);
    }

    /** The roadmap's two horizons as phases on an arrow, each listing its dimensions and item counts. */
    private void timelineSlide() {
        XSLFSlide slide = titled("Roadmap: next level first, then toward target");
        double phaseWidth = (WIDTH - 2 * MARGIN - 20) / 2.0;
        Horizon[] horizons = {Horizon.NEXT_LEVEL, Horizon.TOWARD_TARGET};
        String[] names = {"1  Next level", "2  Toward target"};
        Color[] fills = {new Color(0x2E, 0x75, 0xB6), new Color(0xED, 0x7D, 0x31)};
        for (int i = 0; i < horizons.length; i++) {
            double x = MARGIN + i * (phaseWidth + 20);
            List<RoadmapItem> items = analysis.roadmap(horizons[i]);
            Slides.shape(
                    slide,
                    ShapeType.HOME_PLATE,
                    new Rectangle2D.Double(x, CONTENT_TOP, phaseWidth, 44),
                    fills[i],
                    names[i] + "  ·  " + items.size() + (items.size() == 1 ? " item" : " items"),
                    16,
                    Color.WHITE);
            Slides.lines(
                    slide,
                    new Rectangle2D.Double(x, CONTENT_TOP + 56, phaseWidth, HEIGHT - CONTENT_TOP - 100),
                    perDimension(items, horizons[i]),
                    dimensionsInRoadmap() > 9 ? 11 : 13,
                    true,
                    Color.BLACK);
        }
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, HEIGHT - 34, WIDTH - 2 * MARGIN, 24),
                List.of(PlanText.EMPTY + " Dates, owners and effort come with the plan."),
                10,
                false,
                Slides.MUTED);
    }

    private long dimensionsInRoadmap() {
        return analysis.roadmap().stream()
                .map(item -> item.dimension().id())
                .distinct()
                .count();
    }

    private static List<String> perDimension(List<RoadmapItem> items, Horizon horizon) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> toLevel = new LinkedHashMap<>();
        for (RoadmapItem item : items) {
            counts.merge(item.dimension().name(), 1, Integer::sum);
            item.level()
                    .ifPresent(level -> toLevel.merge(
                            item.dimension().name(),
                            String.valueOf(level.id()),
                            (a, b) -> a.equals(b) ? a : a + "-" + b));
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((name, count) -> lines.add(name + ": " + count + (count == 1 ? " practice" : " practices")
                + (horizon == Horizon.NEXT_LEVEL && toLevel.containsKey(name)
                        ? ", to level " + toLevel.get(name)
                        : "")));
        if (lines.isEmpty()) {
            lines.add(
                    horizon == Horizon.TOWARD_TARGET
                            ? "No item toward a target: no target is set beyond the next level."
                            : "No next-level item.");
            lines.add("Set targets per dimension to plan beyond the next level.");
        }
        return lines;
    }

    private void quickWinsSlide() {
        List<RoadmapItem> wins = QuickWins.of(analysis);
        XSLFSlide slide = titled("Quick wins: next-level practices already partly in place");
        if (wins.isEmpty()) {
            noItems(slide, "No quick win: every next-level practice is rated NI or not answered.");
            return;
        }
        itemTable(slide, wins, "Rated LI or PI: finishing them is the smallest step to the next level.");
    }

    private void nextStepsSlide() {
        XSLFSlide slide = titled("Next steps");
        List<String> steps = new ArrayList<>();
        int nextLevel = analysis.roadmap(Horizon.NEXT_LEVEL).size();
        int wins = QuickWins.of(analysis).size();
        if (!analysis.overall().isRated()) {
            steps.add("Hold the workshop: rate every question with the team; nothing is rated yet.");
            steps.add("Export the report again afterwards: it then shows the level, the profile and the roadmap.");
        } else {
            steps.add("Agree an owner and a date for each of the " + nextLevel + " next-level "
                    + (nextLevel == 1 ? "item" : "items")
                    + (wins > 0 ? ", starting with the " + wins + " quick " + (wins == 1 ? "win" : "wins") : "") + ".");
            int disagreements = analysis.summary().disagreements().size();
            if (disagreements > 0) {
                steps.add("Settle the " + disagreements + (disagreements == 1 ? " question" : " questions")
                        + " the participants disagreed on (appendix), so the ratings are the team's.");
            }
            if (!analysis.summary().notRated().isEmpty()) {
                steps.add("Rate or rule out the dimensions without a level: "
                        + String.join(
                                ", ",
                                analysis.summary().notRated().stream()
                                        .map(DimensionVerdict::name)
                                        .toList())
                        + ".");
            }
            steps.add("Re-assess in about six months and compare with this assessment as the baseline.");
        }
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, 400),
                steps,
                18,
                true,
                Color.BLACK);
    }

    private void comparisonSlide(ReportInput before) {
        AssessmentComparison comparison = AssessmentComparison.of(model, before.score(), report);
        AssessmentAnalysis earlier = before.analysis();
        XSLFSlide slide = titled("Since " + before.engagement().date() + ": the comparison with the baseline");
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, CONTENT_TOP - 10, WIDTH - 2 * MARGIN, 40),
                List.of("Overall level from " + earlier.overall().levelText() + " to "
                        + analysis.overall().levelText()
                        + ", score from " + earlier.overall().scoreText() + " to "
                        + analysis.overall().scoreText()
                        + " (" + signed(comparison.overallScoreDelta()) + ")."),
                14,
                false,
                Color.BLACK);
        List<String[]> rows = ReportTables.comparison(analysis, comparison, "–");
        Slides.table(
                slide,
                MARGIN,
                CONTENT_TOP + 30,
                new double[] {250, 100, 90, 70, 100, 90, 90, 90},
                rows,
                rows.size() > 12 ? 9 : 11);
    }

    private String signed(OptionalDouble delta) {
        return ReportTables.signed(model.scoring(), delta, "–");
    }

    private static String signed(OptionalInt delta) {
        return ReportTables.signed(delta, "–");
    }

    /** Dimension detail, two dimensions a slide: facts, why, and the first next steps. */
    private void dimensionSlides() {
        List<DimensionVerdict> dimensions = analysis.dimensions();
        int pages = (dimensions.size() + DIMENSIONS_PER_SLIDE - 1) / DIMENSIONS_PER_SLIDE;
        for (int page = 0; page < pages; page++) {
            XSLFSlide slide = titled("Appendix: dimension detail (" + (page + 1) + " of " + pages + ")");
            List<DimensionVerdict> shown = dimensions.subList(
                    page * DIMENSIONS_PER_SLIDE, Math.min(dimensions.size(), (page + 1) * DIMENSIONS_PER_SLIDE));
            double height = (HEIGHT - CONTENT_TOP - 20) / (double) DIMENSIONS_PER_SLIDE;
            for (int i = 0; i < shown.size(); i++) {
                dimensionBlock(slide, shown.get(i), CONTENT_TOP + i * height, height - 8);
            }
            speakerNotes(
                    slide,
                    shown.stream()
                            .flatMap(dimension -> dimension.dimension().questions().stream())
                            .map(org.mlopsconsole.assessment.Question::id)
                            .toList());
        }
    }

    private void dimensionBlock(XSLFSlide slide, DimensionVerdict dimension, double top, double height) {
        XSLFTextBox box = Slides.box(slide, MARGIN, top, WIDTH - 2 * MARGIN, height);
        XSLFTextParagraph name = Slides.next(box);
        Slides.text(name, dimension.name(), 16, true, Slides.ACCENT);
        Slides.text(name, SEPARATOR + Summary.facts(dimension, SEPARATOR), 13, false, Slides.MUTED);
        XSLFTextParagraph why = box.addNewTextParagraph();
        Slides.text(why, dimension.reason(), 11, false, Color.BLACK);
        List<RoadmapItem> steps = analysis.roadmap().stream()
                .filter(item -> item.dimension().id().equals(dimension.id()))
                .toList();
        steps.stream().limit(STEPS_PER_DIMENSION).forEach(item -> {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setBullet(true);
            Slides.text(
                    paragraph,
                    "Next (" + item.horizon().words() + "): " + item.question().text(),
                    11,
                    false,
                    Color.BLACK);
        });
        if (steps.size() > STEPS_PER_DIMENSION) {
            XSLFTextParagraph more = box.addNewTextParagraph();
            Slides.text(
                    more,
                    "… and " + (steps.size() - STEPS_PER_DIMENSION) + " more in the roadmap",
                    10,
                    false,
                    Slides.MUTED);
        }
    }

    /**
     * The evidence per dimension: a row per note, link or attachment (links clickable), long notes
     * shortened on the slide and given whole in its speaker notes.
     */
    private void evidenceSlides() {
        List<EvidenceText.QuestionEntries> all = EvidenceText.of(input);
        if (all.isEmpty()) {
            XSLFSlide slide = titled("Appendix: evidence");
            noEvidence(slide);
            return;
        }
        for (DimensionVerdict dimension : analysis.dimensions()) {
            List<String[]> rows = new ArrayList<>();
            List<Optional<java.net.URI>> links = new ArrayList<>();
            List<String> questionIds = new ArrayList<>();
            for (EvidenceText.QuestionEntries question : all) {
                if (!question.question().dimension().id().equals(dimension.id())) {
                    continue;
                }
                questionIds.add(question.question().id());
                for (EvidenceText.Entry entry : question.entries()) {
                    rows.add(new String[] {question.question().named(), entry.who(), shortened(entry)});
                    links.add(entry.url());
                }
            }
            int pages = (rows.size() + EVIDENCE_ROWS - 1) / EVIDENCE_ROWS;
            for (int page = 0; page < pages; page++) {
                XSLFSlide slide = titled("Appendix: evidence, " + dimension.name()
                        + (pages > 1 ? " (" + (page + 1) + " of " + pages + ")" : ""));
                int from = page * EVIDENCE_ROWS;
                int to = Math.min(rows.size(), from + EVIDENCE_ROWS);
                List<String[]> table = new ArrayList<>();
                table.add(new String[] {"Question", "Who", "Evidence"});
                table.addAll(rows.subList(from, to));
                XSLFTable shown = Slides.table(slide, MARGIN, CONTENT_TOP - 5, new double[] {330, 160, 390}, table, 9);
                for (int r = from; r < to; r++) {
                    Optional<java.net.URI> url = links.get(r);
                    if (url.isPresent()) {
                        shown.getCell(r - from + 1, 2)
                                .getTextParagraphs()
                                .get(0)
                                .getTextRuns()
                                .get(0)
                                .createHyperlink()
                                .setAddress(url.get().toString());
                    }
                }
                speakerNotes(slide, questionIds);
            }
        }
    }

    private static void noEvidence(XSLFSlide slide) {
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, 120),
                List.of(
                        EvidenceText.NONE,
                        "Participants' notes, the shared note, links and attached files appear here per question once"
                                + " the workshop records them."),
                16,
                false,
                Color.BLACK);
    }

    private static String shortened(EvidenceText.Entry entry) {
        String text = entry.kind() == EvidenceText.Kind.NOTE
                ? entry.text()
                : entry.kind().label() + ": " + entry.text();
        return text.length() <= EVIDENCE_CHARACTERS
                ? text
                : text.substring(0, EVIDENCE_CHARACTERS - 1).strip() + "\u2026 (in the notes)";
    }

    /** The evidence of {@code questionIds} (those with any) in the slide's speaker notes. */
    private void speakerNotes(XSLFSlide slide, List<String> questionIds) {
        speakerNotes(slide, questionIds, List.of());
    }

    /** The evidence of {@code questionIds}, then the risks a consultant overrode with their reasons. */
    private void speakerNotes(XSLFSlide slide, List<String> questionIds, List<String> overrides) {
        List<String> lines = new ArrayList<>();
        for (String id : questionIds) {
            List<EvidenceText.Entry> entries = EvidenceText.entries(input, id);
            if (entries.isEmpty()) {
                continue;
            }
            lines.add("Evidence, " + analysis.question(id).named());
            entries.forEach(entry -> lines.add("  " + entry.line()));
        }
        if (!overrides.isEmpty()) {
            lines.add("Risks set by the consultant");
            overrides.forEach(line -> lines.add("  " + line));
        }
        if (lines.isEmpty()) {
            return;
        }
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(String.join("\n", lines));
                return;
            }
        }
    }

    /** The questions the participants disagreed on, which the executive summary points to. */
    private void disagreementSlide() {
        List<QuestionFinding> disagreements = analysis.summary().disagreements();
        if (disagreements.isEmpty()) {
            return;
        }
        XSLFSlide slide = titled("Appendix: questions the participants disagreed on");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Dimension", "Question", "Aggregate"});
        disagreements.stream()
                .limit(14)
                .forEach(question ->
                        rows.add(new String[] {question.dimension().name(), question.text(), question.ratingText()}));
        Slides.table(slide, MARGIN, CONTENT_TOP - 5, new double[] {200, 590, 90}, rows, 9);
        Slides.lines(
                slide,
                new Rectangle2D.Double(MARGIN, HEIGHT - 34, WIDTH - 2 * MARGIN, 24),
                List.of((disagreements.size() > 14 ? (disagreements.size() - 14) + " more; " : "")
                        + "ratings two or more steps apart on NI < PI < LI < FI; the report's Appendix A lists all."),
                10,
                false,
                Slides.MUTED);
    }

    private void pictureSlide(String heading, byte[] png, int heightPixels) {
        XSLFSlide slide = titled(heading);
        XSLFPictureData data = deck.addPicture(png, PictureData.PictureType.PNG);
        double available = HEIGHT - CONTENT_TOP - 20;
        double scale = Math.min(1.0, available / heightPixels);
        double width = ChartImages.WIDTH * scale;
        double height = heightPixels * scale;
        slide.createPicture(data).setAnchor(new Rectangle2D.Double((WIDTH - width) / 2, CONTENT_TOP, width, height));
    }

    /** A slide with its title and, in small type at the top right, the client, team and consultancy. */
    private XSLFSlide titled(String heading) {
        XSLFSlide slide = deck.createSlide();
        XSLFTextBox title = Slides.box(slide, MARGIN, 30, WIDTH - 2 * MARGIN, 56);
        Slides.text(title.getTextParagraphs().get(0), heading, 26, true, Slides.ACCENT);
        XSLFTextBox header = Slides.box(slide, MARGIN, 6, WIDTH - 2 * MARGIN, 22);
        XSLFTextParagraph line = header.getTextParagraphs().get(0);
        line.setTextAlign(org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT);
        String consultancy = summary.consultancy();
        Slides.text(
                line,
                summary.headerLine(SEPARATOR) + (consultancy.isEmpty() ? "" : SEPARATOR + consultancy),
                9,
                false,
                Slides.MUTED);
        return slide;
    }
}
