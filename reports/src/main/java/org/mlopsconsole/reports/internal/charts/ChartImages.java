package org.mlopsconsole.reports.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoringMethod;

/**
 * The report's charts as PNG pictures for Word, PowerPoint and PDF, drawn at twice their size
 * (about 190 dpi at the printed width) so they stay sharp on paper.
 */
public final class ChartImages {

    /** Logical size in pixels at 96 dpi; the picture is drawn at {@link #SCALE} times that. */
    public static final int WIDTH = 624;

    public static final int HEIGHT = 420;
    public static final double SCALE = 2.0;

    private static final Color CURRENT = new Color(0x1F, 0x77, 0xB4);
    private static final Color TARGET = new Color(0xFF, 0x7F, 0x0E);
    private static final Color BASELINE = new Color(0xA0, 0xA0, 0xA0);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private ChartImages() {}

    /** Below this many dimensions a radar has too few spokes to read: the levels are bars. */
    public static final int RADAR_MINIMUM = 3;

    private static final float[] DASH = {6f, 4f};

    /**
     * Level per dimension, current and (when any target is set) target: a radar with a ring per
     * level and its name, the target dashed beneath the current level; bars below {@link
     * #RADAR_MINIMUM} dimensions. A dimension without a level has no point, and its label says
     * why ("(not applicable)").
     */
    public static byte[] levels(MaturityModel model, ScoreReport report) {
        return report.dimensions().size() < RADAR_MINIMUM ? levelBars(model, report) : radar(model, report);
    }

    /** Height in logical pixels of {@link #levels} for this report. */
    public static int levelsHeight(ScoreReport report) {
        return report.dimensions().size() < RADAR_MINIMUM ? 260 : HEIGHT;
    }

    private static boolean anyTarget(ScoreReport report) {
        return report.dimensions().stream().anyMatch(d -> d.target().isPresent());
    }

    private static DefaultCategoryDataset levelData(ScoreReport report, boolean targetFirst) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        boolean anyTarget = anyTarget(report);
        if (anyTarget && targetFirst) {
            // Registers the target series first so it is drawn first, beneath the current level.
            dataset.addValue(null, "Target", label(report.dimensions().get(0)));
        }
        for (DimensionScore dimension : report.dimensions()) {
            Integer level = dimension.level().map(l -> l.id()).orElse(null);
            String label = label(dimension);
            dataset.addValue(level, "Current level", label);
            if (anyTarget) {
                Integer target = dimension.target().isPresent()
                        ? Integer.valueOf(dimension.target().getAsInt())
                        : level;
                dataset.addValue(target, "Target", label);
            }
        }
        return dataset;
    }

    private static byte[] radar(MaturityModel model, ScoreReport report) {
        boolean anyTarget = anyTarget(report);
        LevelRadarPlot plot = new LevelRadarPlot(levelData(report, true), model.levels());
        int current = anyTarget ? 1 : 0;
        plot.setSeriesPaint(current, CURRENT);
        plot.setSeriesOutlinePaint(current, CURRENT);
        plot.setSeriesOutlineStroke(current, new BasicStroke(2.8f));
        if (anyTarget) {
            plot.setSeriesPaint(0, TARGET);
            plot.setSeriesOutlinePaint(0, TARGET);
            plot.setSeriesOutlineStroke(
                    0, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f));
        }
        plot.setWebFilled(false);
        plot.setOutlineVisible(false);
        plot.setAxisLinePaint(new Color(0xC8, 0xC8, 0xC8));
        plot.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        JFreeChart chart = new JFreeChart(null, TITLE, plot, true);
        chart.setTitle(new TextTitle(levelsTitle(anyTarget), TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        return png(chart, WIDTH, HEIGHT);
    }

    private static String levelsTitle(boolean anyTarget) {
        return anyTarget ? "Level per dimension: current and target (dashed)" : "Level per dimension";
    }

    /** Levels as horizontal bars, the axis naming each level; the target a lighter bar beside. */
    private static byte[] levelBars(MaturityModel model, ScoreReport report) {
        boolean anyTarget = anyTarget(report);
        List<Level> levels = model.levels();
        CategoryPlot plot = new CategoryPlot();
        plot.setDataset(levelData(report, false));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(3);
        plot.setDomainAxis(categories);
        NumberAxis range = new NumberAxis("Level");
        range.setRange(levels.get(0).id(), levels.get(levels.size() - 1).id() + 0.3);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setNumberFormatOverride(new LevelNames(levels));
        plot.setRangeAxis(range);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, CURRENT);
        renderer.setSeriesPaint(1, new Color(0xFF, 0xC8, 0x96));
        renderer.setSeriesOutlinePaint(1, TARGET);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, CURRENT);
        renderer.setMaximumBarWidth(0.2);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, anyTarget);
        chart.setTitle(
                new TextTitle(anyTarget ? "Level per dimension: current and target" : "Level per dimension", TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        return png(chart, WIDTH, levelsHeight(report));
    }

    /** Tick labels that name the level: "2 Managed". */
    private static final class LevelNames extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;
        private final java.util.Map<Long, String> names = new java.util.HashMap<>();

        LevelNames(List<Level> levels) {
            levels.forEach(level -> names.put((long) level.id(), level.id() + " " + level.name()));
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition position) {
            return format(Math.round(number), to, position);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition position) {
            return to.append(names.getOrDefault(number, ""));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition position) {
            return null;
        }
    }

    /** Score per dimension on the model's scale, one horizontal bar each in model order; none without a score. */
    public static byte[] scores(MaturityModel model, ScoreReport report) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (DimensionScore dimension : report.dimensions()) {
            dataset.addValue(score(dimension), "Score", label(dimension));
        }
        JFreeChart chart = scoreBars(dataset, "Score per dimension", scoreAxis(model), CURRENT);
        int height = Math.max(HEIGHT, 60 + 26 * report.dimensions().size());
        return png(chart, WIDTH, height);
    }

    /**
     * Score per dimension before and now, two horizontal bars each in the current model's order;
     * a dimension new since the baseline has no baseline bar.
     */
    public static byte[] comparedScores(
            MaturityModel model, ScoreReport before, ScoreReport now, String beforeName, String nowName) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (DimensionScore dimension : now.dimensions()) {
            Number earlier = before.dimensions().stream()
                    .filter(old -> old.id().equals(dimension.id()))
                    .findFirst()
                    .map(ChartImages::score)
                    .orElse(null);
            dataset.addValue(earlier, beforeName, label(dimension));
            dataset.addValue(score(dimension), nowName, label(dimension));
        }
        JFreeChart chart =
                scoreBars(dataset, "Score per dimension: baseline and now", scoreAxis(model), BASELINE, CURRENT);
        return png(chart, WIDTH, comparedScoresHeight(now));
    }

    /** Height in logical pixels of {@link #comparedScores} for this report. */
    public static int comparedScoresHeight(ScoreReport now) {
        return Math.max(HEIGHT, 90 + 40 * now.dimensions().size());
    }

    /** Height in logical pixels of {@link #scores} for this report. */
    public static int scoresHeight(ScoreReport report) {
        return Math.max(HEIGHT, 60 + 26 * report.dimensions().size());
    }

    /** "(0-100)", or "(points)" for a points-minimum model, whose scores have no fixed top. */
    public static String scoreScale(MaturityModel model) {
        return model.scoring() == ScoringMethod.POINTS_MINIMUM ? "(points)" : "(0-100)";
    }

    /** The top of the score axis: 100, or the most points any dimension of a points-minimum model can earn. */
    public static double scoreAxisMax(MaturityModel model) {
        if (model.scoring() != ScoringMethod.POINTS_MINIMUM) {
            return 100;
        }
        double fullPoints = model.ratingScale().points(Rating.FI);
        return Math.max(
                1,
                model.dimensions().stream()
                        .map(Dimension::questions)
                        .mapToDouble(questions -> questions.size() * fullPoints)
                        .max()
                        .orElse(1));
    }

    /** The score axis of {@code model}'s charts: label and top. */
    public record ScoreAxis(String label, double max) {
        public static final ScoreAxis PERCENT = new ScoreAxis("Score (0-100)", 100);
    }

    public static ScoreAxis scoreAxis(MaturityModel model) {
        return new ScoreAxis("Score " + scoreScale(model), scoreAxisMax(model));
    }

    /** A bar's value: the score, or none when the dimension has no score. */
    private static Number score(DimensionScore dimension) {
        return dimension.score().isPresent() ? dimension.score().getAsDouble() : null;
    }

    /** The dimension's name with its status when it has no level: "Fairness (not applicable)". */
    private static String label(DimensionScore dimension) {
        return dimension.isRated()
                ? dimension.name()
                : dimension.name() + " (" + dimension.status().words() + ")";
    }

    /**
     * Horizontal bars of scores on {@code axis}, one series per colour (a legend when there are
     * several), in the reports' style.
     */
    static JFreeChart scoreBars(DefaultCategoryDataset dataset, String title, ScoreAxis axis, Color... colours) {
        CategoryPlot plot = new CategoryPlot();
        plot.setDataset(dataset);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setMaximumCategoryLabelLines(2);
        plot.setDomainAxis(categories);
        NumberAxis range = new NumberAxis(axis.label());
        range.setRange(0, axis.max());
        plot.setRangeAxis(range);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0.05);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, colours.length > 1);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, (int) SCALE, (int) SCALE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
