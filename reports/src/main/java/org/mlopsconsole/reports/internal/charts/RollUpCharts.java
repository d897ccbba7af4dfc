package org.mlopsconsole.reports.internal.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mlopsconsole.reports.OrganizationRollUp.TeamResult;
import org.mlopsconsole.reports.internal.rollup.RollUpFigures;
import org.mlopsconsole.reports.internal.rollup.RollUpFigures.Across;

/** The roll-up's charts as PNG pictures, drawn like {@link ChartImages} at twice their size. */
public final class RollUpCharts {

    private static final Color LOWEST = new Color(0xD6, 0x27, 0x28);
    private static final Color MEDIAN = new Color(0x1F, 0x77, 0xB4);
    private static final Color HIGHEST = new Color(0x2C, 0xA0, 0x2C);
    private static final int BAR_ROW = 26;

    private RollUpCharts() {}

    /** Overall score per team, 0 to 100, in the roll-up's order. */
    public static byte[] teamScores(RollUpFigures figures) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int index = 1;
        for (TeamResult team : figures.teams()) {
            // Numbered keys keep two teams whose cut names look alike from sharing a bar.
            dataset.addValue(
                    team.score().overall().score().orElse(0), "Overall score", new Label(index++, team.team()));
        }
        JFreeChart chart = ChartImages.scoreBars(dataset, "Overall score per team", MEDIAN);
        return png(chart, teamScoresHeight(figures));
    }

    /** Lowest, median and highest score of each dimension across the teams. */
    public static byte[] dimensionSpread(RollUpFigures figures) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int index = 1;
        for (Across across : figures.dimensions()) {
            Label label = new Label(index++, across.dimension().name());
            dataset.addValue(across.lowestScore().orElse(0), "Lowest", label);
            dataset.addValue(across.medianScore().orElse(0), "Median", label);
            dataset.addValue(across.highestScore().orElse(0), "Highest", label);
        }
        JFreeChart chart =
                ChartImages.scoreBars(dataset, "Score per dimension across the teams", LOWEST, MEDIAN, HIGHEST);
        return png(chart, dimensionSpreadHeight(figures));
    }

    public static int teamScoresHeight(RollUpFigures figures) {
        return Math.max(ChartImages.HEIGHT / 2, 80 + BAR_ROW * figures.teams().size());
    }

    public static int dimensionSpreadHeight(RollUpFigures figures) {
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
