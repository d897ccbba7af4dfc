package org.mlopsconsole.reports.internal.excel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.ScoringMethod;

/**
 * The workbook's shared cell styles, and the one way text gets into a cell: user text that a
 * spreadsheet could evaluate is stored as a plain string with the quote-prefix style (Excel's
 * leading apostrophe), so no application turns it into a formula.
 */
public final class Cells {

    private static final float LINE_HEIGHT_POINTS = 15f;

    private final Workbook workbook;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle score;
    private final CellStyle points;
    private final CellStyle integer;
    private final CellStyle date;
    private final CellStyle unlocked;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    public Cells(Workbook workbook) {
        this.workbook = workbook;
        text = style(false);
        wrapped = style(true);
        header = style(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = style(false);
        label.setFont(bold);
        title = style(false);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title.setFont(big);
        score = numberStyle("0.0");
        points = numberStyle("General");
        integer = numberStyle("0");
        date = numberStyle("yyyy-mm-dd");
        unlocked = style(true);
        unlocked.setLocked(false);
    }

    public Workbook workbook() {
        return workbook;
    }

    public CellStyle wrapped() {
        return wrapped;
    }

    public CellStyle unlocked() {
        return unlocked;
    }

    public CellStyle headerStyle() {
        return header;
    }

    public Cell text(Row row, int column, String value) {
        return text(row, column, value, text);
    }

    /** Wrapped text; the row grows to show it, since neither POI nor LibreOffice sizes it on load. */
    public Cell wrappedText(Row row, int column, String value) {
        Cell cell = text(row, column, value, wrapped);
        // Column widths count digit widths; average text is narrower, about 1.2 letters a digit.
        int width = Math.max(1, row.getSheet().getColumnWidth(column) * 6 / 5 / 256 - 1);
        int lines = 0;
        for (String line : cell.getStringCellValue().split("\n", -1)) {
            lines += Math.max(1, (line.length() + width - 1) / width);
        }
        float height = Math.min(409, lines * LINE_HEIGHT_POINTS);
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
        return cell;
    }

    public Cell label(Row row, int column, String value) {
        return text(row, column, value, label);
    }

    public Cell title(Row row, int column, String value) {
        return text(row, column, value, title);
    }

    /** Writes {@code value} as a string cell, quote-prefixed when it looks like a formula. */
    public Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String safe = SafeText.fitCell(value);
        cell.setCellValue(safe);
        cell.setCellStyle(SafeText.looksLikeFormula(safe) ? quoted(style) : style);
        return cell;
    }

    public void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            text(row, i, names[i], header);
        }
    }

    public Cell score(Row row, int column, OptionalDouble value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(score);
        value.ifPresent(cell::setCellValue);
        return cell;
    }

    /**
     * A score as {@code scoring} prints it: one decimal, or for points-minimum up to two (the
     * value rounded so, in the General format); empty without a score.
     */
    public Cell score(Row row, int column, ScoringMethod scoring, OptionalDouble value) {
        if (scoring != ScoringMethod.POINTS_MINIMUM) {
            return score(row, column, value);
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(points);
        value.ifPresent(
                v -> cell.setCellValue(ScoreReportFormat.round(scoring, v).doubleValue()));
        return cell;
    }

    public Cell number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(score);
        cell.setCellValue(value);
        return cell;
    }

    public Cell integer(Row row, int column, OptionalInt value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(integer);
        value.ifPresent(cell::setCellValue);
        return cell;
    }

    /** A level's id as a number; an empty cell for a verdict without a level. */
    public Cell level(Row row, int column, Optional<Level> level) {
        return integer(row, column, level.map(l -> OptionalInt.of(l.id())).orElse(OptionalInt.empty()));
    }

    public Cell integer(Row row, int column, int value) {
        return integer(row, column, OptionalInt.of(value));
    }

    public Cell date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(date);
        cell.setCellValue(value);
        return cell;
    }

    /** Column widths in characters. */
    public static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    private CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(key);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private CellStyle style(boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(wrap);
        return style;
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = style(false);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
