package org.mlopsconsole.reports.internal.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.ScoringMethod;
import org.mlopsconsole.assessment.analysis.AssessmentComparison;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.charts.ChartImages;

/**
 * Compares an assessment with an earlier one of the same model ({@link AssessmentComparison}): per dimension
 * the level and score before and now with their deltas and a chart, and per question the aggregate
 * rating before and now.
 */
final class ComparisonSheets {

    static final String COMPARISON = "Comparison";
    static final String QUESTION_CHANGES = "Question changes";
    private static final int TABLE_HEADER = 3;

    private ComparisonSheets() {}

    static void write(XSSFWorkbook workbook, Cells cells, ReportInput before, ReportInput now) {
        AssessmentComparison comparison = AssessmentComparison.of(now.model(), before.score(), now.score());
        dimensions(workbook.createSheet(COMPARISON), cells, comparison, before, now);
        questions(workbook.createSheet(QUESTION_CHANGES), cells, comparison);
    }

    private static void dimensions(
            XSSFSheet sheet, Cells cells, AssessmentComparison comparison, ReportInput before, ReportInput now) {
        ScoringMethod scoring = now.model().scoring();
        Cells.widths(sheet, 34, 13, 11, 9, 13, 11, 9, 8);
        Row dates = sheet.createRow(0);
        cells.label(dates, 0, "Baseline date");
        cells.date(dates, 1, before.engagement().date());
        Row current = sheet.createRow(1);
        cells.label(current, 0, "Current date");
        cells.date(current, 1, now.engagement().date());
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
        for (AssessmentComparison.DimensionChange change : comparison.dimensions()) {
            DimensionScore score = change.now();
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, score.name());
            if (change.before().isPresent()) {
                level(cells, row, 1, change.before().get());
                cells.integer(row, 3, change.levelDelta());
                cells.score(row, 4, scoring, change.before().get().score());
                cells.score(row, 6, scoring, change.scoreDelta());
            } else {
                cells.text(row, 1, "new");
            }
            level(cells, row, 2, score);
            cells.score(row, 5, scoring, score.score());
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
                ChartImages.scoreAxisMax(now.model()),
                4,
                5);
        // Table and chart together on one page, as on the Summary.
        Sheets.printOnOnePage(sheet);
    }

    /** The level's id, or the status of a dimension without a level. */
    private static void level(Cells cells, Row row, int column, DimensionScore score) {
        if (score.level().isPresent()) {
            cells.integer(row, column, score.level().get().id());
        } else {
            cells.text(row, column, score.status().words());
        }
    }

    private static void questions(XSSFSheet sheet, Cells cells, AssessmentComparison comparison) {
        Cells.widths(sheet, 24, 24, 60, 11, 11, 10, 8);
        cells.header(sheet.createRow(0), "Dimension", "Question id", "Question", "Before", "Now", "Change", "Steps");
        int rowIndex = 1;
        for (AssessmentComparison.QuestionChange change : comparison.questions()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, change.dimension().name());
            cells.text(row, 1, change.question().id());
            cells.wrappedText(row, 2, change.question().text());
            cells.text(row, 3, change.beforeCode());
            cells.text(row, 4, change.nowCode());
            cells.text(row, 5, change.change().code());
            if (change.steps().isPresent()) {
                cells.integer(row, 6, change.steps().getAsInt());
            }
        }
        Sheets.table(sheet, 0, rowIndex - 1, 7);
        Sheets.printFitToWidth(sheet);
    }
}
