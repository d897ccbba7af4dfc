package org.mlopsconsole.reports.internal.excel;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.reports.ReportInput;

/**
 * Compares an assessment with an earlier one of the same model: per dimension the level and score
 * before and now with their deltas and a chart, and per question the aggregate rating before and
 * now. Dimensions and questions are matched by id, so a model edited between the two still lines up.
 */
final class ComparisonSheets {

    static final String COMPARISON = "Comparison";
    static final String QUESTION_CHANGES = "Question changes";
    private static final int TABLE_HEADER = 3;

    private ComparisonSheets() {}

    static void write(XSSFWorkbook workbook, Cells cells, ReportInput before, ReportInput now) {
        dimensions(workbook.createSheet(COMPARISON), cells, before, now);
        questions(workbook.createSheet(QUESTION_CHANGES), cells, before, now);
    }

    private static void dimensions(XSSFSheet sheet, Cells cells, ReportInput before, ReportInput now) {
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
        Map<String, DimensionScore> earlier = new HashMap<>();
        before.score().dimensions().forEach(score -> earlier.put(score.id(), score));
        int rowIndex = TABLE_HEADER + 1;
        for (DimensionScore score : now.score().dimensions()) {
            DimensionScore old = earlier.get(score.id());
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, score.name());
            if (old != null) {
                cells.integer(row, 1, old.level().id());
            } else {
                cells.text(row, 1, "new");
            }
            cells.integer(row, 2, score.level().id());
            if (old != null) {
                cells.integer(row, 3, score.level().id() - old.level().id());
                cells.score(row, 4, old.score());
                cells.score(row, 6, delta(old.score(), score.score()));
            }
            cells.score(row, 5, score.score());
            cells.integer(row, 7, score.target());
        }
        int last = rowIndex - 1;
        Sheets.table(sheet, TABLE_HEADER, last, 8);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(18, now.score().dimensions().size() * 2 + 8);
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

    private static void questions(XSSFSheet sheet, Cells cells, ReportInput before, ReportInput now) {
        Cells.widths(sheet, 24, 24, 60, 11, 11, 10, 8);
        cells.header(sheet.createRow(0), "Dimension", "Question id", "Question", "Before", "Now", "Change", "Steps");
        Map<String, QuestionScore> earlier = new HashMap<>();
        before.score().questions().forEach(score -> earlier.put(score.id(), score));
        Map<String, QuestionScore> current = new HashMap<>();
        now.score().questions().forEach(score -> current.put(score.id(), score));
        int rowIndex = 1;
        for (Dimension dimension : now.model().dimensions()) {
            for (Question question : dimension.questions()) {
                QuestionScore old = earlier.get(question.id());
                QuestionScore score = current.get(question.id());
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, dimension.name());
                cells.text(row, 1, question.id());
                cells.wrappedText(row, 2, question.text());
                cells.text(row, 3, old == null ? "new" : old.ratingCode());
                cells.text(row, 4, score.ratingCode());
                Integer steps = old == null ? null : steps(old, score);
                cells.text(row, 5, change(old, score, steps));
                if (steps != null) {
                    cells.integer(row, 6, steps);
                }
            }
        }
        Sheets.table(sheet, 0, rowIndex - 1, 7);
        Sheets.printFitToWidth(sheet);
    }

    /** Steps moved on NI &lt; PI &lt; LI &lt; FI; null when either side is NA or unanswered. */
    private static Integer steps(QuestionScore before, QuestionScore now) {
        Rating old = before.rating().orElse(null);
        Rating current = now.rating().orElse(null);
        if (old == null || current == null || !old.isApplicable() || !current.isApplicable()) {
            return null;
        }
        return current.step() - old.step();
    }

    private static String change(QuestionScore before, QuestionScore now, Integer steps) {
        if (before == null) {
            return "new";
        }
        if (steps == null) {
            return before.ratingCode().equals(now.ratingCode()) ? "same" : "changed";
        }
        return steps > 0 ? "up" : steps < 0 ? "down" : "same";
    }

    private static OptionalDouble delta(OptionalDouble before, OptionalDouble now) {
        return before.isPresent() && now.isPresent()
                ? OptionalDouble.of(now.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
    }
}
