package org.mlopsconsole.reports.internal.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.Comparison;

/**
 * Compares an assessment with an earlier one of the same model ({@link Comparison}): per dimension
 * the level and score before and now with their deltas and a chart, and per question the aggregate
 * rating before and now.
 */
final class ComparisonSheets {

    static final String COMPARISON = "Comparison";
    static final String QUESTION_CHANGES = "Question changes";
    private static final int TABLE_HEADER = 3;

    private ComparisonSheets() {}

    static void write(XSSFWorkbook workbook, Cells cells, ReportInput before, ReportInput now) {
        Comparison comparison = Comparison.of(before, now);
        dimensions(workbook.createSheet(COMPARISON), cells, comparison);
        questions(workbook.createSheet(QUESTION_CHANGES), cells, comparison);
    }

    private static void dimensions(XSSFSheet sheet, Cells cells, Comparison comparison) {
        Cells.widths(sheet, 34, 13, 11, 9, 13, 11, 9, 8);
        Row dates = sheet.createRow(0);
        cells.label(dates, 0, "Baseline date");
        cells.date(dates, 1, comparison.before().engagement().date());
        Row current = sheet.createRow(1);
        cells.label(current, 0, "Current date");
        cells.date(current, 1, comparison.now().engagement().date());
        cells.header(
                sheet.createRow(TABLE_HEADER),
                "Dimension",
                "Level before",
                "Level now",
                "Δ level",
                "Score before",
                "Score now",
                "Δ score",
                "Target");
        int rowIndex = TABLE_HEADER + 1;
        for (Comparison.DimensionChange change : comparison.dimensions()) {
            DimensionScore score = change.now();
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, score.name());
            if (change.before().isPresent()) {
                DimensionScore old = change.before().get();
                cells.integer(row, 1, old.level().id());
                cells.integer(row, 3, change.levelDelta().getAsInt());
                cells.score(row, 4, old.score());
                cells.score(row, 6, change.scoreDelta());
            } else {
                cells.text(row, 1, "new");
            }
            cells.integer(row, 2, score.level().id());
            cells.score(row, 5, score.score());
            cells.integer(row, 7, score.target());
        }
        int last = rowIndex - 1;
        Sheets.table(sheet, TABLE_HEADER, last, 8);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(18, comparison.dimensions().size() * 2 + 8);
        Charts.bars(
                drawing,
                drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 8, last + 2 + height),
                "Score per dimension: baseline and now",
                new Charts.Table(sheet, TABLE_HEADER + 1, last, 0),
                100,
                4,
                5);
        // Table and chart together on one page, as on the Summary.
        Sheets.printOnOnePage(sheet);
    }

    private static void questions(XSSFSheet sheet, Cells cells, Comparison comparison) {
        Cells.widths(sheet, 24, 24, 60, 11, 11, 10, 8);
        cells.header(sheet.createRow(0), "Dimension", "Question id", "Question", "Before", "Now", "Change", "Steps");
        int rowIndex = 1;
        for (Comparison.QuestionChange change : comparison.questions()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, change.dimension().name());
            cells.text(row, 1, change.question().id());
            cells.wrappedText(row, 2, change.question().text());
            cells.text(row, 3, change.beforeCode());
            cells.text(row, 4, change.now().ratingCode());
            cells.text(row, 5, change.change());
            if (change.steps().isPresent()) {
                cells.integer(row, 6, change.steps().getAsInt());
            }
        }
        Sheets.table(sheet, 0, rowIndex - 1, 7);
        Sheets.printFitToWidth(sheet);
    }
}
