package org.mlopsconsole.reports.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.CategoryDataset;
import org.mlopsconsole.assessment.Level;

/**
 * A radar of levels that a reader can read: a ring per level with its name, category labels
 * wrapped onto lines (never clipped at the plot's edge), and the series drawn in dataset order, so
 * the target (first) lies beneath the current level.
 */
final class LevelRadarPlot extends SpiderWebPlot {

    private static final long serialVersionUID = 1L;
    private static final Color RING = new Color(0xC8, 0xC8, 0xC8);
    private static final Color RING_LABEL = new Color(0x70, 0x70, 0x70);
    private static final int LINE_CHARACTERS = 18;

    private final List<Level> levels;
    private final Font ringFont = new Font(Font.SANS_SERIF, Font.PLAIN, 8);

    LevelRadarPlot(CategoryDataset dataset, List<Level> levels) {
        super(dataset);
        this.levels = List.copyOf(levels);
        setMaxValue(levels.get(levels.size() - 1).id());
        setInteriorGap(0.36);
        setAxisLabelGap(0.06);
    }

    @Override
    protected void drawRadarPoly(
            Graphics2D g2,
            Rectangle2D plotArea,
            Point2D centre,
            PlotRenderingInfo info,
            int series,
            int catCount,
            double headH,
            double headW) {
        if (series == 0) {
            drawRings(g2, plotArea, catCount);
        }
        super.drawRadarPoly(g2, plotArea, centre, info, series, catCount, headH, headW);
    }

    /** One polygon per level above the centre, named beside the first spoke. */
    private void drawRings(Graphics2D g2, Rectangle2D plotArea, int catCount) {
        double max = getMaxValue();
        g2.setStroke(new BasicStroke(0.6f));
        g2.setFont(ringFont);
        FontMetrics metrics = g2.getFontMetrics();
        for (Level level : levels) {
            double fraction = level.id() / max;
            if (fraction <= 0) {
                continue;
            }
            Path2D ring = new Path2D.Double();
            for (int cat = 0; cat < catCount; cat++) {
                Point2D point = getWebPoint(plotArea, angle(cat, catCount), fraction);
                if (cat == 0) {
                    ring.moveTo(point.getX(), point.getY());
                } else {
                    ring.lineTo(point.getX(), point.getY());
                }
            }
            ring.closePath();
            g2.setPaint(RING);
            g2.draw(ring);
            Point2D onFirstSpoke = getWebPoint(plotArea, angle(0, catCount), fraction);
            g2.setPaint(RING_LABEL);
            g2.drawString(
                    level.id() + " " + level.name(),
                    (float) onFirstSpoke.getX() + 3,
                    (float) onFirstSpoke.getY() + metrics.getAscent() / 2f);
        }
    }

    private double angle(int cat, int catCount) {
        return getStartAngle() + getDirection().getFactor() * cat * 360.0 / catCount;
    }

    /** The label wrapped onto lines, placed outside the web on the side its spoke points to. */
    @Override
    protected void drawLabel(
            Graphics2D g2, Rectangle2D plotArea, double value, int cat, double startAngle, double extent) {
        String label = getLabelGenerator().generateColumnLabel(getDataset(), cat);
        g2.setFont(getLabelFont());
        g2.setPaint(getLabelPaint());
        FontMetrics metrics = g2.getFontMetrics();
        List<String> lines = wrap(label, LINE_CHARACTERS);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, metrics.stringWidth(line));
        }
        int lineHeight = metrics.getHeight();
        int height = lineHeight * lines.size();
        Point2D anchor = getWebPoint(plotArea, startAngle, 1 + getAxisLabelGap());
        double radians = Math.toRadians(startAngle);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double x = cos > 0.2 ? anchor.getX() : cos < -0.2 ? anchor.getX() - width : anchor.getX() - width / 2.0;
        double top = sin > 0.2 ? anchor.getY() - height : sin < -0.2 ? anchor.getY() : anchor.getY() - height / 2.0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double lineX = cos > 0.2
                    ? x
                    : cos < -0.2
                            ? x + width - metrics.stringWidth(line)
                            : x + (width - metrics.stringWidth(line)) / 2.0;
            g2.drawString(line, (float) lineX, (float) (top + i * lineHeight + metrics.getAscent()));
        }
    }

    /** Words onto lines of about {@code characters}; a longer word keeps a line to itself. */
    static List<String> wrap(String text, int characters) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > characters) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
