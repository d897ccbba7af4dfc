package org.mlopsconsole.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartThemeTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void radarLabelsAndLegendTakeTheThemesTextColour(boolean dark) {
        SpiderWebPlot plot = new SpiderWebPlot(new DefaultCategoryDataset());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);

        ChartTheme.apply(chart, dark);

        assertThat(plot.getLabelPaint()).isEqualTo(ChartTheme.colors(dark).text());
        assertThat(chart.getLegend().getItemPaint())
                .isEqualTo(ChartTheme.colors(dark).text());
    }

    @Test
    void axisLabelsOnTheDarkThemeAreLightAndGridLinesSubdued() {
        CategoryPlot plot = new CategoryPlot(
                new DefaultCategoryDataset(), new CategoryAxis("Dimension"), new NumberAxis("Score"), null);
        JFreeChart chart = new JFreeChart("Scores", plot);

        ChartTheme.apply(chart, true);

        assertThat(plot.getRangeAxis().getLabelPaint()).isEqualTo(ChartTheme.DARK.text());
        assertThat(plot.getDomainAxis().getTickLabelPaint()).isEqualTo(ChartTheme.DARK.mutedText());
        assertThat(plot.getRangeGridlinePaint()).isEqualTo(ChartTheme.DARK.lines());
        assertThat(chart.getTitle().getPaint()).isEqualTo(ChartTheme.DARK.text());
    }

    @Test
    void darkTextIsFarBrighterThanLightText() {
        assertThat(brightness(ChartTheme.DARK.text())).isGreaterThan(200);
        assertThat(brightness(ChartTheme.LIGHT.text())).isLessThan(60);
    }

    @Test
    void historyChartsHaveThirteenOrMoreDistinctSeriesColours() throws IOException {
        String css;
        try (InputStream in = ChartTheme.class.getResourceAsStream("console.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher rule = Pattern.compile(
                        "\\.history-chart \\.series(\\d+)\\.chart-series-line \\{ -fx-stroke: (#[0-9a-f]{6})")
                .matcher(css);
        java.util.Map<String, String> colourBySeries = new java.util.HashMap<>();
        while (rule.find()) {
            colourBySeries.put(rule.group(1), rule.group(2));
        }

        assertThat(colourBySeries).hasSizeGreaterThanOrEqualTo(13);
        assertThat(colourBySeries.values().stream().collect(Collectors.toSet())).hasSameSizeAs(colourBySeries.values());
    }

    private static int brightness(java.awt.Color color) {
        return (color.getRed() + color.getGreen() + color.getBlue()) / 3;
    }
}
