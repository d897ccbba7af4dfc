package org.mlopsconsole.reports.internal.slides;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.Activity;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.tools.ComponentCoverage;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.reports.EngagementContext;
import org.mlopsconsole.reports.internal.EngagementText;

/**
 * The slides of what the engagement mapped, each only when it was mapped: the RACI grid (as many
 * slides as its activities need) and its check, the C1–C9 coverage heatmap, the suggestions for
 * the gaps, the challenges by score. Long lists are cut on the slide and whole in the report.
 */
final class EngagementSlides {

    static final int ACTIVITIES_PER_SLIDE = 15;
    static final int FINDINGS_PER_SLIDE = 8;
    static final int CHALLENGES_PER_SLIDE = 10;
    static final int SUGGESTED_TOOLS = 4;

    private static final double LEFT = 40;
    private static final double WIDTH = 880;
    private static final double TOP = 90;
    private static final double FOOTER_TOP = 490;

    private final Function<String, XSLFSlide> titled;
    private final MaturityModel model;

    EngagementSlides(Function<String, XSLFSlide> titled, MaturityModel model) {
        this.titled = titled;
        this.model = model;
    }

    void draw(EngagementContext context) {
        context.raci().ifPresent(this::raci);
        context.tools().ifPresent(this::tools);
        if (!context.challenges().entries().isEmpty()) {
            challenges(context.challenges());
        }
    }

    private void raci(EngagementContext.CheckedRaci checked) {
        Raci raci = checked.grid();
        List<String[]> grid = EngagementText.raciGrid(raci);
        List<java.awt.Color[]> fills = EngagementText.raciFills(raci);
        List<Activity> activities = raci.activities();
        int pages = Math.max(1, (activities.size() + ACTIVITIES_PER_SLIDE - 1) / ACTIVITIES_PER_SLIDE);
        int roles = raci.roles().size();
        double first = roles > 8 ? 180 : 220;
        double[] widths = new double[roles + 1];
        widths[0] = first;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = (WIDTH - first) / roles;
        }
        for (int page = 0; page < pages; page++) {
            int from = page * ACTIVITIES_PER_SLIDE;
            int to = Math.min(activities.size(), from + ACTIVITIES_PER_SLIDE);
            XSLFSlide slide = titled.apply(
                    "Who does what: the RACI" + (pages > 1 ? " (" + (page + 1) + " of " + pages + ")" : ""));
            List<String[]> rows = new ArrayList<>();
            rows.add(grid.get(0));
            rows.addAll(grid.subList(from + 1, to + 1));
            XSLFTable table = Slides.table(slide, LEFT, TOP, widths, rows, roles > 8 ? 8 : 9);
            for (int r = from; r < to; r++) {
                for (int c = 1; c <= roles; c++) {
                    if (fills.get(r)[c] != null) {
                        table.getCell(r - from + 1, c).setFillColor(fills.get(r)[c]);
                    }
                }
            }
            footer(slide, EngagementText.raciCounts(checked) + " " + EngagementText.RACI_LEGEND);
        }
        if (!checked.check().findings().isEmpty()) {
            raciCheck(checked);
        }
    }

    private void raciCheck(EngagementContext.CheckedRaci checked) {
        XSLFSlide slide = titled.apply("RACI check: " + EngagementText.checkOverview(checked.check()));
        List<String> findings = EngagementText.findingLines(checked.check());
        List<String> shown = new ArrayList<>(findings.subList(0, Math.min(FINDINGS_PER_SLIDE, findings.size())));
        Slides.lines(
                slide, new Rectangle2D.Double(LEFT, TOP, WIDTH, FOOTER_TOP - TOP - 10), shown, 14, true, Color.BLACK);
        int more = findings.size() - shown.size();
        footer(
                slide,
                (more > 0 ? more + " more in the report. " : "")
                        + "Errors: every activity needs exactly one Accountable and at least one Responsible"
                        + " role. Warnings are advice.");
    }

    private void tools(EngagementContext.Tools tools) {
        XSLFSlide slide = titled.apply("Tool coverage: the nine MLOps components");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Component", "Status", "Tools"});
        for (ComponentCoverage row : tools.coverage().components()) {
            List<String> names = new ArrayList<>();
            row.fullBy().stream().map(InventoryTool::name).forEach(names::add);
            row.partialBy().forEach(tool -> names.add(tool.name() + " (partly)"));
            rows.add(new String[] {row.component().label(), row.status().code(), String.join(", ", names)});
        }
        XSLFTable table = Slides.table(slide, LEFT, TOP, new double[] {260, 100, 520}, rows, 12);
        List<Color[]> fills = EngagementText.coverageFills(tools);
        for (int r = 0; r < fills.size(); r++) {
            table.getCell(r + 1, 0).setFillColor(fills.get(r)[0]);
            table.getCell(r + 1, 1).setFillColor(fills.get(r)[1]);
        }
        footer(slide, EngagementText.coverageOverview(tools));
        if (!tools.suggestions().isEmpty()) {
            suggestions(tools);
        }
    }

    private void suggestions(EngagementContext.Tools tools) {
        XSLFSlide slide = titled.apply("Closing the gaps: tools from the catalog");
        List<String[]> rows = EngagementText.suggestions(tools, SUGGESTED_TOOLS);
        Slides.table(slide, LEFT, TOP, new double[] {260, 100, 520}, rows, 12);
        footer(slide, EngagementText.constraintsLine(tools) + " The report lists every suggested tool.");
    }

    private void challenges(ChallengeRegister register) {
        XSLFSlide slide = titled.apply("Challenges by score");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Challenge", "Score (likelihood × impact)", "Dimensions threatened"});
        List<RegisteredChallenge> top =
                register.byScore().stream().limit(CHALLENGES_PER_SLIDE).toList();
        for (RegisteredChallenge entry : top) {
            rows.add(
                    new String[] {entry.name(), EngagementText.scoreText(entry), EngagementText.dimensions(entry, model)
                    });
        }
        Slides.table(slide, LEFT, TOP, new double[] {320, 200, 360}, rows, 12);
        int more = register.entries().size() - top.size();
        footer(
                slide,
                (more > 0 ? more + " more in the report. " : "") + EngagementText.challengesOverview(register)
                        + " The report links each to its roadmap items.");
    }

    private static void footer(XSLFSlide slide, String text) {
        Slides.lines(
                slide, new Rectangle2D.Double(LEFT, FOOTER_TOP, WIDTH, 30), List.of(text), 10, false, Slides.MUTED);
    }
}
