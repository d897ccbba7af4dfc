package org.mlopsconsole.reports.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;
import org.mlopsconsole.reports.internal.PlanText;

/**
 * The improvement plan as a Gantt-like picture for Word and PDF: a lane per phase (0–3, 3–6, 6–12
 * months), a row per item with its title and owner on the left and a bar over its phase's months
 * on the right, quick wins starred, the status in the bar's colour.
 */
public final class PlanChart {

    /** At most this many items are drawn; the plan table lists every one. */
    public static final int MAX_ITEMS = 30;

    private static final int ROW = 20;
    private static final int LANE = 22;
    private static final int TOP = 44;
    private static final int LABELS = 300;
    private static final int MONTHS = 12;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Color[] LANE_COLOURS = {
        new Color(0x2E, 0x75, 0xB6), new Color(0x54, 0x8D, 0x3A), new Color(0xED, 0x7D, 0x31)
    };

    private PlanChart() {}

    /** One drawn row: a lane heading or an item. */
    private record Line(Phase phase, PlanItem item) {}

    /** Height in logical pixels of the picture of {@code plan}. */
    public static int height(ImprovementPlan plan) {
        return TOP + lines(plan).size() * ROW + 3 * (LANE - ROW) + 40;
    }

    public static byte[] png(ImprovementPlan plan) {
        int width = ChartImages.WIDTH;
        int height = height(plan);
        double scale = ChartImages.SCALE;
        BufferedImage image =
                new BufferedImage((int) (width * scale), (int) (height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        draw(g, plan, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("the plan chart could not be encoded", e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, ImprovementPlan plan, int width, int height) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString("Improvement plan by phase", 8, 18);
        int left = LABELS;
        double month = (width - left - 10) / (double) MONTHS;
        g.setFont(TEXT);
        for (int m = 0; m <= MONTHS; m++) {
            int x = (int) Math.round(left + m * month);
            g.setColor(new Color(0xD9, 0xD9, 0xD9));
            g.drawLine(x, TOP - 6, x, height - 34);
            if (m % 3 == 0 || m == MONTHS) {
                g.setColor(Color.DARK_GRAY);
                String label = m + (m == MONTHS ? " months" : "");
                g.drawString(label, x - (m == MONTHS ? 40 : 3), TOP - 10);
            }
        }
        int y = TOP;
        for (Line line : lines(plan)) {
            int phaseIndex = line.phase().ordinal();
            if (line.item() == null) {
                g.setColor(new Color(0xF2, 0xF2, 0xF2));
                g.fillRect(0, y, width, LANE - 2);
                g.setColor(LANE_COLOURS[phaseIndex]);
                g.setFont(BOLD);
                g.drawString(line.phase().label() + lanes(plan, line.phase()), 8, y + 15);
                y += LANE;
                continue;
            }
            PlanItem item = line.item();
            g.setFont(TEXT);
            g.setColor(Color.BLACK);
            String label = (item.quickWin() ? "\u2605 " : "") + item.title() + " \u2013 "
                    + item.owner().shown();
            g.drawString(fit(g.getFontMetrics(), label, left - 20), 16, y + 14);
            int x0 = (int) Math.round(left + PlanText.startMonth(item.phase()) * month) + 1;
            int x1 = (int) Math.round(left + PlanText.endMonth(item.phase()) * month) - 1;
            Color fill = LANE_COLOURS[phaseIndex];
            if (item.status() == PlanStatus.DONE) {
                fill = new Color(0xA6, 0xA6, 0xA6);
            }
            g.setColor(item.status() == PlanStatus.OPEN ? lighter(fill) : fill);
            g.fillRoundRect(x0, y + 3, x1 - x0, ROW - 6, 6, 6);
            g.setColor(fill);
            g.setStroke(new BasicStroke(1f));
            g.drawRoundRect(x0, y + 3, x1 - x0, ROW - 6, 6, 6);
            g.setColor(item.status() == PlanStatus.OPEN ? Color.BLACK : Color.WHITE);
            String status =
                    item.status().label() + item.due().map(d -> ", due " + d).orElse("");
            g.drawString(fit(g.getFontMetrics(), status, x1 - x0 - 8), x0 + 5, y + 14);
            y += ROW;
        }
        g.setFont(TEXT);
        g.setColor(Color.DARK_GRAY);
        int shown = (int) lines(plan).stream().filter(l -> l.item() != null).count();
        String more = plan.items().size() > shown ? (plan.items().size() - shown) + " more items in the table. " : "";
        g.drawString(more + "\u2605 quick win. Pale bar: open; solid: in progress; grey: done.", 8, height - 14);
    }

    private static String lanes(ImprovementPlan plan, Phase phase) {
        int count = plan.byPhase().get(phase).size();
        return "  (" + count + (count == 1 ? " item)" : " items)");
    }

    private static List<Line> lines(ImprovementPlan plan) {
        List<Line> lines = new ArrayList<>();
        int items = 0;
        for (Map.Entry<Phase, List<PlanItem>> phase : plan.byPhase().entrySet()) {
            lines.add(new Line(phase.getKey(), null));
            for (PlanItem item : phase.getValue()) {
                if (items++ < MAX_ITEMS) {
                    lines.add(new Line(phase.getKey(), item));
                }
            }
        }
        return lines;
    }

    private static Color lighter(Color colour) {
        return new Color(
                (colour.getRed() + 3 * 255) / 4, (colour.getGreen() + 3 * 255) / 4, (colour.getBlue() + 3 * 255) / 4);
    }

    /** The text cut with an ellipsis to {@code width} pixels. */
    static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }
}
