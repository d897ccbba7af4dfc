package org.mlopsconsole.reports.internal.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mlopsconsole.assessment.analysis.RollUp;
import org.mlopsconsole.assessment.analysis.RollUp.DimensionFigures;

/** The roll-up's charts as PNG pictures, drawn like {@link ChartImages} at twice their size. */
public final class RollUpCharts {

    private static final Color LOWEST = new Color(0xD6, 0x27, 0x28);
    private static final Color MEDIAN = new Color(0x1F, 0x77, 0xB4);
    private static final Color HIGHEST = new Color(0x2C, 0xA0, 0x2C);
    private static final int BAR_ROW = 26;

    private RollUpCharts() {}

    /** Overall score per team on the model's scale, in the roll-up's order; a team without a score has no bar. */
    public static byte[] teamScores(RollUp figures) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int index = 1;
        for (RollUp.Team team : figures.teams()) {
            var overall = team.score().overall();
            String name = overall.isRated()
                    ? team.name()
                    : team.name() + " (" + overall.status().words() + ")";
            // Numbered keys keep two teams whose cut names look alike from sharing a bar.
            dataset.addValue(value(overall.score()), "Overall score", new Label(index++, name));
        }
        JFreeChart chart = ChartImages.scoreBars(
                dataset, "Overall score per team", ChartImages.scoreAxis(figures.model()), MEDIAN);
        return png(chart, teamScoresHeight(figures));
    }

    /** Lowest, median and highest score of each dimension across the teams. */
    public static byte[] dimensionSpread(RollUp figures) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int index = 1;
        for (DimensionFigures across : figures.dimensions()) {
            String name = across.isRated()
                    ? across.dimension().name()
                    : across.dimension().name() + " (no team rated)";
            Label label = new Label(index++, name);
            dataset.addValue(value(across.lowestScore()), "Lowest", label);
            dataset.addValue(value(across.medianScore()), "Median", label);
            dataset.addValue(value(across.highestScore()), "Highest", label);
        }
        JFreeChart chart = ChartImages.scoreBars(
                dataset,
                "Score per dimension across the rated teams",
                ChartImages.scoreAxis(figures.model()),
                LOWEST,
                MEDIAN,
                HIGHEST);
        return png(chart, dimensionSpreadHeight(figures));
    }

    private static Number value(java.util.OptionalDouble score) {
        return score.isPresent() ? score.getAsDouble() : null;
    }

    public static int teamScoresHeight(RollUp figures) {
        return Math.max(ChartImages.HEIGHT / 2, 80 + BAR_ROW * figures.teams().size());
    }

    public static int dimensionSpreadHeight(RollUp figures) {
        return Math.max(
                ChartImages.HEIGHT, 80 + 2 * BAR_ROW * figures.dimensions().size());
    }

    /** A category shown by its (cut) name but told apart by its position. */
    private record Label(int position, String name) implements Comparable<Label> {

        @Override
        public String toString() {
            return name.length() <= 34 ? name : name.substring(0, 33) + "…";
        }

        @Override
        public int compareTo(Label other) {
            return Integer.compare(position, other.position);
        }
    }

    private static byte[] png(JFreeChart chart, int height) {
        return ChartImages.png(chart, ChartImages.WIDTH, height);
    }
}
