package org.mlopsconsole.reports.internal.excel;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.Activity;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.roles.RaciFinding;
import org.mlopsconsole.assessment.roles.Role;
import org.mlopsconsole.assessment.tools.ComponentCoverage;
import org.mlopsconsole.assessment.tools.ToolSuggestion;
import org.mlopsconsole.reports.EngagementContext;
import org.mlopsconsole.reports.internal.EngagementText;

/**
 * The sheets of what the engagement mapped: RACI (the grid, shaded by letter, with the check's
 * errors and warnings and the people), Tool coverage (the C1–C9 heatmap, a native chart of the
 * tools per component, the suggestions) and Challenges (the register by score). Every text goes
 * through {@link Cells}, so none becomes a formula.
 */
final class EngagementSheets {

    static final String RACI = "RACI";
    static final String TOOL_COVERAGE = "Tool coverage";
    static final String CHALLENGES = "Challenges";

    private static final int GRID_HEADER = 2;
    private static final int COVERAGE_HEADER = 2;
    private static final byte[] FULL_BAR = {(byte) 0x63, (byte) 0xBE, (byte) 0x7B};
    private static final byte[] PARTIAL_BAR = {(byte) 0xFF, (byte) 0xC0, (byte) 0x00};

    private final XSSFWorkbook workbook;
    private final Cells cells;
    private final Map<String, CellStyle> fills = new HashMap<>();

    EngagementSheets(XSSFWorkbook workbook, Cells cells) {
        this.workbook = workbook;
        this.cells = cells;
    }

    void write(EngagementContext context, MaturityModel model) {
        raci(workbook.createSheet(RACI), context);
        coverage(workbook.createSheet(TOOL_COVERAGE), context);
        challenges(workbook.createSheet(CHALLENGES), context.challenges(), model);
    }

    private void raci(XSSFSheet sheet, EngagementContext context) {
        if (context.raci().isEmpty()) {
            notMapped(sheet, "RACI", EngagementText.NO_RACI);
            return;
        }
        EngagementContext.CheckedRaci checked = context.raci().get();
        Raci raci = checked.grid();
        List<Role> roles = raci.roles();
        int[] widths = new int[roles.size() + 1];
        widths[0] = 30;
        java.util.Arrays.fill(widths, 1, widths.length, 14);
        Cells.widths(sheet, widths);
        cells.text(sheet.createRow(0), 0, EngagementText.raciOverview(checked));
        cells.text(sheet.createRow(1), 0, EngagementText.RACI_LEGEND);
        List<String[]> grid = EngagementText.raciGrid(raci);
        Row header = sheet.createRow(GRID_HEADER);
        cells.header(header, grid.get(0));
        // role names wrap in their narrow columns; the header row grows to show them
        header.setHeightInPoints(30);
        int rowIndex = GRID_HEADER + 1;
        for (Activity activity : raci.activities()) {
            Row row = sheet.createRow(rowIndex++);
            cells.wrappedText(row, 0, activity.name());
            for (int i = 0; i < roles.size(); i++) {
                var cell = raci.cell(activity.id(), roles.get(i).id());
                Color fill = EngagementText.fill(cell);
                cells.text(row, i + 1, RaciFiles.letters(cell), fill == null ? centred(Color.WHITE) : centred(fill));
            }
        }
        Sheets.table(sheet, GRID_HEADER, rowIndex - 1, roles.size() + 1);
        rowIndex++;
        cells.label(sheet.createRow(rowIndex++), 0, "Check: " + EngagementText.checkOverview(checked.check()));
        for (RaciFinding finding : errorsThenWarnings(checked)) {
            Row row = sheet.createRow(rowIndex++);
            Color fill =
                    finding.severity() == RaciFinding.Severity.ERROR ? EngagementText.MISSING : EngagementText.PARTIAL;
            cells.text(row, 0, finding.severity().code() + " (" + finding.code() + ")", filled(fill));
            spanned(sheet, row, roles.size(), finding.message());
        }
        rowIndex++;
        List<String[]> people = EngagementText.people(raci);
        if (people.size() == 1) {
            cells.text(sheet.createRow(rowIndex), 0, "No people are assigned to the roles yet.");
        } else {
            cells.header(sheet.createRow(rowIndex++), people.get(0));
            for (String[] person : people.subList(1, people.size())) {
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, person[0]);
                spanned(sheet, row, roles.size(), person[1]);
            }
        }
        Sheets.printFitToWidth(sheet);
    }

    private static List<RaciFinding> errorsThenWarnings(EngagementContext.CheckedRaci checked) {
        List<RaciFinding> ordered = new java.util.ArrayList<>(checked.check().errors());
        ordered.addAll(checked.check().warnings());
        return ordered;
    }

    private void coverage(XSSFSheet sheet, EngagementContext context) {
        if (context.tools().isEmpty()) {
            notMapped(sheet, "Component", EngagementText.NO_TOOLS);
            return;
        }
        EngagementContext.Tools tools = context.tools().get();
        Cells.widths(sheet, 30, 10, 30, 30, 11, 11);
        cells.text(sheet.createRow(0), 0, EngagementText.coverageOverview(tools));
        cells.header(
                sheet.createRow(COVERAGE_HEADER),
                "Component",
                "Status",
                "Full support",
                "Partial support",
                "Tools fully",
                "Tools partly");
        int rowIndex = COVERAGE_HEADER + 1;
        List<String[]> rows = EngagementText.coverage(tools, "–");
        int most = 1;
        for (int i = 0; i < tools.coverage().components().size(); i++) {
            ComponentCoverage component = tools.coverage().components().get(i);
            String[] text = rows.get(i + 1);
            Row row = sheet.createRow(rowIndex++);
            CellStyle fill = filled(EngagementText.fill(component.status()));
            cells.text(row, 0, text[0], fill);
            cells.text(row, 1, text[1], fill);
            cells.wrappedText(row, 2, text[2]);
            cells.wrappedText(row, 3, text[3]);
            cells.integer(row, 4, component.fullBy().size());
            cells.integer(row, 5, component.partialBy().size());
            most = Math.max(
                    most, component.fullBy().size() + component.partialBy().size());
        }
        int last = rowIndex - 1;
        Sheets.table(sheet, COVERAGE_HEADER, last, 6);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        Charts.countBars(
                drawing,
                drawing.createAnchor(0, 0, 0, 0, 7, COVERAGE_HEADER, 15, COVERAGE_HEADER + 20),
                "Tools per component",
                new Charts.Table(sheet, COVERAGE_HEADER + 1, last, 0),
                most,
                new Charts.Series(4, FULL_BAR),
                new Charts.Series(5, PARTIAL_BAR));
        rowIndex++;
        cells.label(sheet.createRow(rowIndex++), 0, EngagementText.constraintsLine(tools));
        if (tools.suggestions().isEmpty()) {
            cells.text(sheet.createRow(rowIndex), 0, "Every component is covered: nothing to suggest.");
        } else {
            cells.header(sheet.createRow(rowIndex++), "Component", "Gap", "Suggested tools");
            for (ToolSuggestion suggestion : tools.suggestions()) {
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, suggestion.component().label());
                cells.text(row, 1, suggestion.status().code());
                cells.text(row, 2, EngagementText.suggestedTools(suggestion, Integer.MAX_VALUE));
            }
        }
        Sheets.printFitToWidth(sheet);
    }

    private void challenges(XSSFSheet sheet, ChallengeRegister register, MaturityModel model) {
        if (register.entries().isEmpty()) {
            notMapped(sheet, "Challenge", EngagementText.NO_CHALLENGES);
            return;
        }
        Cells.widths(sheet, 40, 11, 9, 8, 10, 36, 50, 40);
        cells.header(
                sheet.createRow(0),
                "Challenge",
                "Likelihood",
                "Impact",
                "Score",
                "Band",
                "Dimensions threatened",
                "Roadmap items",
                "Notes");
        int rowIndex = 1;
        for (RegisteredChallenge entry : register.byScore()) {
            Row row = sheet.createRow(rowIndex++);
            cells.wrappedText(row, 0, entry.name());
            cells.integer(row, 1, entry.likelihood());
            cells.integer(row, 2, entry.impact());
            cells.integer(row, 3, entry.score());
            cells.text(row, 4, entry.band().code(), filled(band(entry.band())));
            cells.wrappedText(row, 5, EngagementText.dimensions(entry, model));
            cells.wrappedText(row, 6, EngagementText.roadmapItems(entry, model));
            cells.wrappedText(row, 7, entry.notes());
        }
        Sheets.table(sheet, 0, rowIndex - 1, 8);
        Sheets.printFitToWidth(sheet);
    }

    /**
     * Wrapped text over columns 1 to {@code lastColumn}, merged, the row as tall as the text needs
     * (a merged cell does not grow by itself), so long sentences stay within the printed grid.
     */
    private void spanned(XSSFSheet sheet, Row row, int lastColumn, String text) {
        cells.text(row, 1, text, cells.wrapped());
        if (lastColumn > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, lastColumn));
        }
        int width = 0;
        for (int c = 1; c <= lastColumn; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        // column widths count digits; text averages about 1.2 letters a digit (as Cells does)
        int lines = Math.max(1, (text.length() + width * 6 / 5 - 1) / Math.max(1, width * 6 / 5));
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * 15f));
    }

    static Color band(RegisteredChallenge.Band band) {
        return switch (band) {
            case CRITICAL -> new Color(0xF8, 0x69, 0x6B);
            case HIGH -> EngagementText.MISSING;
            case MEDIUM -> EngagementText.PARTIAL;
            case LOW -> EngagementText.COVERED;
        };
    }

    private void notMapped(XSSFSheet sheet, String header, String why) {
        Cells.widths(sheet, 60);
        cells.header(sheet.createRow(0), header);
        cells.text(sheet.createRow(1), 0, why);
        Sheets.table(sheet, 0, 1, 1);
        Sheets.printFitToWidth(sheet);
    }

    private CellStyle filled(Color colour) {
        return fills.computeIfAbsent("fill" + colour.getRGB(), key -> fill(cells.wrapped(), colour));
    }

    private CellStyle centred(Color colour) {
        return fills.computeIfAbsent("centred" + colour.getRGB(), key -> {
            CellStyle style = fill(cells.wrapped(), colour);
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        });
    }

    private CellStyle fill(CellStyle base, Color colour) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFillForegroundColor(
                new XSSFColor(colour, workbook.getStylesSource().getIndexedColors()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
