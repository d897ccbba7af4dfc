package org.mlopsconsole.reports.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.RollUp;
import org.mlopsconsole.assessment.analysis.RollUp.DimensionFigures;
import org.mlopsconsole.reports.OrganizationRollUp;
import org.mlopsconsole.reports.OrganizationRollUp.TeamResult;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.reports.internal.charts.ChartImages;
import org.mlopsconsole.reports.internal.charts.RollUpCharts;
import org.mlopsconsole.reports.internal.rollup.RollUpMethod;

/**
 * The roll-up as a board summary: each section on its own page (the teams, their levels per
 * dimension, the charts, the weakest dimensions), laid out with {@link PdfLayout}.
 */
public final class RollUpPdf {

    /** How many of the weakest dimensions get a paragraph of their own. */
    static final int WEAKEST_SHOWN = 3;

    /** Points a page's heading takes above a chart, with its spacing and the picture's margin. */
    private static final float CHART_HEADING_ROOM = 50;

    private final RollUp figures;
    private final OrganizationRollUp rollUp;
    private final MaturityModel model;

    private final ReportOptions options;

    private RollUpPdf(OrganizationRollUp rollUp, ReportOptions options) {
        this.options = options;
        this.figures = rollUp.figures();
        this.rollUp = rollUp;
        this.model = rollUp.model();
    }

    public static void write(OrganizationRollUp rollUp, OutputStream out) throws IOException {
        write(rollUp, ReportOptions.defaults(), out);
    }

    public static void write(OrganizationRollUp rollUp, ReportOptions options, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new RollUpPdf(rollUp, options).fill(document);
            document.save(out);
        }
    }

    private String title() {
        return "MLOps maturity roll-up: " + rollUp.organization();
    }

    private void fill(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title());
        info.setSubject(model.name());
        info.setCreator("MLOps Console");
        String consultancy = options.branding().consultancy();
        try (PdfLayout layout =
                new PdfLayout(document, options.paper(), rollUp.organization() + " - " + rollUp.date(), consultancy)) {
            teams(layout);
            levels(layout);
            charts(layout);
            weakest(layout);
        }
    }

    private void teams(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading(title(), 20);
        if (!options.branding().consultancy().isEmpty()) {
            layout.paragraph("Prepared by " + options.branding().consultancy(), 11, true, 0);
        }
        layout.paragraph(
                model.name() + " (" + model.id() + ", version " + model.version() + ") - " + rollUp.date(),
                11,
                false,
                0);
        int count = rollUp.teams().size();
        layout.paragraph(
                count + (count == 1 ? " team" : " teams") + ", each with its latest assessment. Median overall level "
                        + levelText(figures.medianOverallLevel()) + ", median overall score "
                        + score(figures.medianOverallScore()) + notRatedOverall() + ".",
                11,
                false,
                0);
        layout.paragraph("Weakest dimensions: " + weakestNames() + ".", 11, true, 0);
        if (!rollUp.leftOut().isEmpty()) {
            layout.paragraph("Left out: " + rollUp.leftOutText() + ".", 11, false, 0);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Team", "Assessment used", "Overall level", "Overall score"});
        for (TeamResult team : rollUp.teams()) {
            rows.add(new String[] {
                team.team(),
                team.assessmentText(),
                team.score()
                        .overall()
                        .level()
                        .map(AssessmentAnalysis::levelText)
                        .orElse(team.score().overall().status().words()),
                score(team.score().overall().score())
            });
        }
        layout.table(new float[] {0.30f, 0.30f, 0.25f, 0.15f}, rows, 9.5f);
    }

    /**
     * The levels as a heatmap: a row per team, a column per dimension named upright above it,
     * each cell shaded by its level (darker is higher), grey where the dimension has no level.
     */
    private void levels(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Level per team and dimension", 16);
        List<DimensionFigures> dimensions = figures.dimensions();
        List<String[]> rows = new ArrayList<>();
        rows.add(levelRow("Team", d -> dimensions.get(d).dimension().name(), "Overall"));
        List<Color[]> fills = new ArrayList<>();
        for (TeamResult team : rollUp.teams()) {
            rows.add(levelRow(
                    team.team(),
                    d -> levelCell(team.score().dimensions().get(d)),
                    id(team.score().overall().level())));
            Color[] row = new Color[dimensions.size() + 2];
            for (int d = 0; d < dimensions.size(); d++) {
                row[d + 1] = shade(team.score().dimensions().get(d).level());
            }
            row[dimensions.size() + 1] = shade(team.score().overall().level());
            fills.add(row);
        }
        rows.add(levelRow(
                "Organization median", d -> id(dimensions.get(d).medianLevel()), id(figures.medianOverallLevel())));
        Color[] median = new Color[dimensions.size() + 2];
        for (int d = 0; d < dimensions.size(); d++) {
            median[d + 1] = shade(dimensions.get(d).medianLevel());
        }
        median[dimensions.size() + 1] = shade(figures.medianOverallLevel());
        fills.add(median);
        layout.heatmap(levelFractions(dimensions.size()), rows, fills, 8.5f);
        List<String> levels = new ArrayList<>();
        model.levels().forEach(level -> levels.add(AssessmentAnalysis.levelText(level)));
        layout.paragraph(
                "Levels: " + String.join(", ", levels) + "; darker is higher. NA: not applicable, N/A: not assessed"
                        + " (no level there, grey).",
                9,
                false,
                0);
    }

    /** Light blue at the lowest level to dark blue at the top; grey without a level. */
    private Color shade(Optional<Level> level) {
        if (level.isEmpty()) {
            return new Color(0xE7, 0xE7, 0xE7);
        }
        int lowest = model.levels().get(0).id();
        int top = model.top().id();
        float amount = top == lowest ? 1 : (level.get().id() - lowest) / (float) (top - lowest);
        Color from = new Color(0xEA, 0xF2, 0xFA);
        Color to = new Color(0x5B, 0x9B, 0xD5);
        return new Color(
                Math.round(from.getRed() + (to.getRed() - from.getRed()) * amount),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * amount),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * amount));
    }

    /** A row of the level table: its name, one cell per dimension, then the overall column. */
    private String[] levelRow(String name, IntFunction<String> perDimension, String overall) {
        int dimensions = figures.dimensions().size();
        String[] row = new String[dimensions + 2];
        row[0] = name;
        for (int d = 0; d < dimensions; d++) {
            row[d + 1] = perDimension.apply(d);
        }
        row[dimensions + 1] = overall;
        return row;
    }

    private static float[] levelFractions(int dimensions) {
        float[] fractions = new float[dimensions + 2];
        float numbers = Math.min(0.07f, 0.70f / (dimensions + 1));
        fractions[0] = 1 - numbers * (dimensions + 1);
        for (int i = 1; i < fractions.length; i++) {
            fractions[i] = numbers;
        }
        return fractions;
    }

    private void charts(PdfLayout layout) throws IOException {
        chartPage(
                layout,
                "Overall score per team",
                RollUpCharts.teamScores(figures),
                "team-scores",
                RollUpCharts.teamScoresHeight(figures));
        chartPage(
                layout,
                "Score per dimension",
                RollUpCharts.dimensionSpread(figures),
                "dimension-spread",
                RollUpCharts.dimensionSpreadHeight(figures));
    }

    /** A chart on its own page, as wide as the text, or narrower when that would run off the page. */
    private static void chartPage(PdfLayout layout, String heading, byte[] png, String name, int height)
            throws IOException {
        layout.newPage();
        layout.heading(heading, 16);
        float width = layout.width();
        float printedHeight = height * width / ChartImages.WIDTH;
        float room = PDRectangle.A4.getHeight() - 2 * PdfLayout.MARGIN - CHART_HEADING_ROOM;
        if (printedHeight > room) {
            width = width * room / printedHeight;
            printedHeight = room;
        }
        layout.picture(png, name, width, printedHeight);
    }

    private void weakest(PdfLayout layout) throws IOException {
        layout.newPage();
        layout.heading("Weakest dimensions across the organization", 16);
        for (DimensionFigures across : figures.weakestDimensions(WEAKEST_SHOWN)) {
            layout.heading(across.dimension().name(), 12);
            layout.paragraph(
                    "Median level " + levelText(across.medianLevel()) + ", teams from level "
                            + id(across.lowestLevel()) + " to " + id(across.highestLevel()) + "; median score "
                            + score(across.medianScore()) + ", from " + score(across.lowestScore())
                            + " to " + score(across.highestScore()) + ". Weakest: "
                            + across.weakestText() + ".",
                    10.5f,
                    false,
                    0);
        }
        layout.heading("Every dimension", 12);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Dimension", "Median level", "Levels", "Median score", "Weakest team"});
        for (DimensionFigures across : figures.dimensions()) {
            rows.add(new String[] {
                across.dimension().name(),
                id(across.medianLevel()),
                across.isRated() ? id(across.lowestLevel()) + "-" + id(across.highestLevel()) : "-",
                score(across.medianScore()),
                across.weakestText()
            });
        }
        layout.table(new float[] {0.34f, 0.12f, 0.10f, 0.12f, 0.32f}, rows, 9);
        layout.paragraph(
                RollUpMethod.LATEST_ASSESSMENT + " " + RollUpMethod.MEDIANS + " " + RollUpMethod.WEAKEST,
                8.5f,
                false,
                0);
    }

    private String weakestNames() {
        List<String> names = new ArrayList<>();
        for (DimensionFigures across : figures.weakestDimensions(WEAKEST_SHOWN)) {
            names.add(across.dimension().name() + " (median level " + id(across.medianLevel()) + ")");
        }
        return names.isEmpty() ? "none, no team is rated" : String.join(", ", names);
    }

    /** ", not counted: Labs (not applicable)" for teams without an overall level; empty when every team has one. */
    private String notRatedOverall() {
        List<String> teams =
                figures.notRatedOverall().stream().map(RollUp.NotRated::text).toList();
        return teams.isEmpty() ? "" : "; not counted, without a level: " + String.join(", ", teams);
    }

    /** A dimension's level id, or NA (not applicable) / N/A (not assessed), short enough for the level table. */
    private static String levelCell(DimensionScore score) {
        if (score.level().isPresent()) {
            return String.valueOf(score.level().get().id());
        }
        return switch (score.status()) {
            case NOT_APPLICABLE -> "NA";
            default -> "N/A";
        };
    }

    private static String id(Optional<Level> level) {
        return level.map(l -> String.valueOf(l.id())).orElse("-");
    }

    private static String levelText(Optional<Level> level) {
        return level.map(AssessmentAnalysis::levelText).orElse("none (no team rated)");
    }

    private String score(OptionalDouble score) {
        return ScoreReportFormat.scoreText(model.scoring(), score);
    }
}
