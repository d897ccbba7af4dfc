package org.mlopsconsole.app.theme;

import java.awt.Color;
import java.awt.Paint;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/**
 * Gives JFreeChart charts the current theme's text and line colours: JFreeChart paints with AWT
 * and knows nothing of the AtlantaFX stylesheet, so its black labels were unreadable on the dark
 * theme. The colours are AtlantaFX Primer's foreground, muted foreground and border colours.
 */
public final class ChartTheme {

    /** The colours a chart takes from a theme. */
    public record Colors(Color text, Color mutedText, Color lines) {}

    static final Colors LIGHT = new Colors(new Color(0x1F2328), new Color(0x656D76), new Color(0xD0D7DE));
    static final Colors DARK = new Colors(new Color(0xE6EDF3), new Color(0x8D96A0), new Color(0x30363D));

    private static final ReadOnlyBooleanWrapper DARK_THEME = new ReadOnlyBooleanWrapper();

    private ChartTheme() {}

    public static Colors colors(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** Whether the dark theme is applied now; {@link ThemeManager} keeps it up to date. */
    public static ReadOnlyBooleanProperty darkThemeProperty() {
        return DARK_THEME.getReadOnlyProperty();
    }

    static void themeApplied(boolean dark) {
        DARK_THEME.set(dark);
    }

    /**
     * Colours the chart for the current theme now and again whenever the theme changes, for as long
     * as {@code viewer} (the node showing it) lives: the listener is held by the node, weakly by the theme.
     */
    public static void follow(JFreeChart chart, Node viewer) {
        apply(chart, DARK_THEME.get());
        ChangeListener<Boolean> listener = (observable, old, dark) -> apply(chart, dark);
        viewer.getProperties().put(ChartTheme.class, listener);
        DARK_THEME.addListener(new WeakChangeListener<>(listener));
    }

    /** Colours titles, legend, labels, axes and grid lines; series colours stay as they are. */
    public static void apply(JFreeChart chart, boolean dark) {
        Colors colors = colors(dark);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(colors.text());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setItemPaint(colors.text());
                legend.setBackgroundPaint(null);
            } else if (chart.getSubtitle(i) instanceof TextTitle title) {
                title.setPaint(colors.text());
            }
        }
        apply(chart.getPlot(), colors);
    }

    private static void apply(Plot plot, Colors colors) {
        plot.setNoDataMessagePaint(colors.mutedText());
        if (plot instanceof SpiderWebPlot spider) {
            spider.setLabelPaint(colors.text());
            spider.setAxisLinePaint(colors.lines());
        } else if (plot instanceof XYPlot xy) {
            axes(colors, xy.getDomainAxis(), xy.getRangeAxis());
            grid(colors.lines(), xy::setDomainGridlinePaint, xy::setRangeGridlinePaint);
        } else if (plot instanceof CategoryPlot category) {
            axes(colors, category.getDomainAxis(), category.getRangeAxis());
            grid(colors.lines(), category::setDomainGridlinePaint, category::setRangeGridlinePaint);
        }
    }

    private static void axes(Colors colors, Axis... axes) {
        for (Axis axis : axes) {
            if (axis != null) {
                axis.setLabelPaint(colors.text());
                axis.setTickLabelPaint(colors.mutedText());
                axis.setAxisLinePaint(colors.lines());
                axis.setTickMarkPaint(colors.lines());
            }
        }
    }

    @SafeVarargs
    private static void grid(Paint paint, java.util.function.Consumer<Paint>... setters) {
        for (java.util.function.Consumer<Paint> setter : setters) {
            setter.accept(paint);
        }
    }
}
