package org.mlopsconsole.reports.internal.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.reports.internal.PlanText;

/**
 * The Plan sheet: the items by phase with owner, status, due date, effort and quick-win flag, and
 * beside them a timeline grid by month that conditional formatting shades (a native Gantt: the
 * cells hold 1 for an item's months, 2 for a quick win's, 3 once done, and the rules colour them).
 */
final class PlanSheet {

    static final String NAME = "Plan";
    private static final int MONTHS = 12;
    private static final String[] HEADERS = {
        "#", "Phase", "Item", "Owner", "Status", "Due", "Effort", "Quick win", "Questions"
    };

    private PlanSheet() {}

    static void write(XSSFSheet sheet, Cells cells, ImprovementPlan plan) {
        if (plan.isEmpty()) {
            Cells.widths(sheet, 90);
            cells.text(sheet.createRow(0), 0, PlanText.EMPTY);
            cells.text(sheet.createRow(1), 0, "See the Roadmap sheet.");
            return;
        }
        int[] widths = new int[HEADERS.length + MONTHS];
        int[] fixed = {5, 13, 50, 20, 12, 11, 9, 10, 24};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int m = 0; m < MONTHS; m++) {
            widths[HEADERS.length + m] = 5;
        }
        Cells.widths(sheet, widths);
        Row header = sheet.createRow(0);
        cells.header(header, HEADERS);
        for (int m = 0; m < MONTHS; m++) {
            cells.text(header, HEADERS.length + m, "M" + (m + 1), cells.headerStyle());
        }
        List<PlanItem> items =
                plan.byPhase().values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            Row row = sheet.createRow(i + 1);
            cells.integer(row, 0, i + 1);
            cells.text(row, 1, item.phase().label());
            cells.wrappedText(row, 2, item.title());
            cells.wrappedText(row, 3, item.owner().shown());
            cells.text(row, 4, item.status().label());
            item.due().ifPresent(due -> cells.date(row, 5, due));
            cells.text(row, 6, item.effort().label());
            cells.text(row, 7, item.quickWin() ? "yes" : "no");
            cells.wrappedText(row, 8, String.join(", ", item.questionIds()));
            int mark = item.isDone() ? 3 : item.quickWin() ? 2 : 1;
            for (int m = PlanText.startMonth(item.phase()); m < PlanText.endMonth(item.phase()); m++) {
                cells.integer(row, HEADERS.length + m, mark);
            }
        }
        shadeTimeline(sheet, items.size());
        Sheets.table(sheet, 0, items.size(), HEADERS.length);
        sheet.createFreezePane(3, 1);
        Row legend = sheet.createRow(items.size() + 2);
        cells.text(
                legend,
                2,
                "Timeline M1-M12 (months from the assessment): blue an item, orange a quick win, grey done.");
        Sheets.printFitToWidth(sheet);
    }

    private static void shadeTimeline(XSSFSheet sheet, int items) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] grid = {
            new CellRangeAddress(1, Math.max(1, items), HEADERS.length, HEADERS.length + MONTHS - 1)
        };
        formatting.addConditionalFormatting(grid, rule(formatting, "1", IndexedColors.CORNFLOWER_BLUE));
        formatting.addConditionalFormatting(grid, rule(formatting, "2", IndexedColors.ORANGE));
        formatting.addConditionalFormatting(grid, rule(formatting, "3", IndexedColors.GREY_40_PERCENT));
    }

    private static ConditionalFormattingRule rule(
            SheetConditionalFormatting formatting, String value, IndexedColors colour) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, value);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(colour.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        rule.createFontFormatting().setFontColorIndex(colour.getIndex());
        return rule;
    }
}
