package org.mlopsconsole.reports.internal.slides;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;
import org.mlopsconsole.reports.internal.PlanText;

/**
 * The improvement plan as a Gantt drawn in native shapes: lanes per phase (0–3, 3–6, 6–12 months),
 * a row per item with its title and owner on the left and a bar over its phase's months, quick wins
 * starred, the status in the bar's shade; as many slides as the items need.
 */
final class PlanSlides {

    static final int ITEMS_PER_SLIDE = 11;

    private static final double LEFT = 40;
    private static final double LABELS = 330;
    private static final double RIGHT = 920;
    private static final double TOP = 112;
    private static final double ROW = 24;
    private static final double LANE = 22;
    private static final int MONTHS = 12;
    private static final int TITLE_CHARACTERS = 34;
    private static final Color[] LANE_COLOURS = {
        new Color(0x2E, 0x75, 0xB6), new Color(0x54, 0x8D, 0x3A), new Color(0xED, 0x7D, 0x31)
    };

    private PlanSlides() {}

    /** The items in phase order, cut into slides. */
    static List<List<PlanItem>> pages(ImprovementPlan plan) {
        List<PlanItem> ordered =
                plan.byPhase().values().stream().flatMap(List::stream).toList();
        List<List<PlanItem>> pages = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i += ITEMS_PER_SLIDE) {
            pages.add(ordered.subList(i, Math.min(ordered.size(), i + ITEMS_PER_SLIDE)));
        }
        return pages;
    }

    static void draw(XSLFSlide slide, ImprovementPlan plan, List<PlanItem> items, double bottom) {
        double month = (RIGHT - LEFT - LABELS) / MONTHS;
        double x0 = LEFT + LABELS;
        for (int m = 0; m <= MONTHS; m += 3) {
            double x = x0 + m * month;
            Slides.lines(
                    slide,
                    new Rectangle2D.Double(m == MONTHS ? x - 44 : x - 10, TOP - 34, 52, 24),
                    List.of(m == MONTHS ? "12 mo." : m + " mo."),
                    9,
                    false,
                    Slides.MUTED);
        }
        double y = TOP;
        Phase lane = null;
        for (PlanItem item : items) {
            if (item.phase() != lane) {
                lane = item.phase();
                int count = plan.byPhase().get(lane).size();
                Slides.shape(
                                slide,
                                ShapeType.RECT,
                                new Rectangle2D.Double(LEFT, y, RIGHT - LEFT, LANE - 2),
                                new Color(0xF2, 0xF2, 0xF2),
                                "",
                                10,
                                Color.BLACK)
                        .setLineColor(new Color(0xF2, 0xF2, 0xF2));
                Slides.lines(
                        slide,
                        new Rectangle2D.Double(LEFT, y, LABELS, LANE),
                        List.of(lane.label() + "  \u00b7  " + count + (count == 1 ? " item" : " items")),
                        11,
                        false,
                        LANE_COLOURS[lane.ordinal()]);
                y += LANE;
            }
            Slides.lines(
                    slide,
                    new Rectangle2D.Double(LEFT + 8, y, LABELS - 12, ROW),
                    List.of(label(item)),
                    9,
                    false,
                    Color.BLACK);
            double start = x0 + PlanText.startMonth(item.phase()) * month + 1;
            double end = x0 + PlanText.endMonth(item.phase()) * month - 1;
            Color fill = item.status() == PlanStatus.DONE ? new Color(0xA6, 0xA6, 0xA6) : LANE_COLOURS[lane.ordinal()];
            XSLFAutoShape bar = Slides.shape(
                    slide,
                    ShapeType.ROUND_RECT,
                    new Rectangle2D.Double(start, y + 3, end - start, ROW - 6),
                    item.status() == PlanStatus.OPEN ? pale(fill) : fill,
                    item.status().label() + item.due().map(d -> ", due " + d).orElse(""),
                    9,
                    item.status() == PlanStatus.OPEN ? Color.BLACK : Color.WHITE);
            bar.setLineColor(fill);
            y += ROW;
        }
        for (int m = 0; m <= MONTHS; m += 3) {
            double x = x0 + m * month;
            XSLFAutoShape rule = slide.createAutoShape();
            rule.setShapeType(ShapeType.RECT);
            rule.setAnchor(new Rectangle2D.Double(x, TOP - 4, 0.6, Math.min(bottom, y) - TOP + 6));
            rule.setFillColor(Slides.RULE);
            rule.setLineColor(Slides.RULE);
        }
    }

    /** "★ Version the training data – Ana Silva", the title cut to fit one line. */
    static String label(PlanItem item) {
        String title = item.title().length() <= TITLE_CHARACTERS
                ? item.title()
                : item.title().substring(0, TITLE_CHARACTERS - 1).strip() + "\u2026";
        return (item.quickWin() ? "\u2605 " : "") + title + " \u2013 "
                + item.owner().shown();
    }

    private static Color pale(Color colour) {
        return new Color(
                (colour.getRed() + 3 * 255) / 4, (colour.getGreen() + 3 * 255) / 4, (colour.getBlue() + 3 * 255) / 4);
    }
}
