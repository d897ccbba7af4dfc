package org.mlopsconsole.reports.internal.excel;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.EvidenceText;
import org.mlopsconsole.reports.internal.EvidenceText.Entry;
import org.mlopsconsole.reports.internal.EvidenceText.QuestionEntries;

/**
 * The Evidence sheet: a row per note, link or attachment, with its question, dimension and who gave
 * it; links are clickable. Every text goes through {@link Cells}, so none becomes a formula.
 */
final class EvidenceSheet {

    static final String NAME = "Evidence";

    private EvidenceSheet() {}

    static void write(XSSFSheet sheet, Cells cells, ReportInput input) {
        Cells.widths(sheet, 24, 24, 50, 24, 11, 60, 40);
        cells.header(sheet.createRow(0), "Question id", "Dimension", "Question", "Who", "Kind", "Evidence", "Link");
        int rowIndex = 1;
        XSSFCellStyle linkStyle = linkStyle(cells);
        for (QuestionEntries question : EvidenceText.of(input)) {
            for (Entry entry : question.entries()) {
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, question.question().id());
                cells.wrappedText(row, 1, question.question().dimension().name());
                cells.wrappedText(row, 2, question.question().text());
                cells.wrappedText(row, 3, entry.who());
                cells.text(row, 4, entry.kind().label());
                cells.wrappedText(row, 5, entry.text());
                entry.url().ifPresent(url -> {
                    Cell cell = cells.text(row, 6, url.toString(), linkStyle);
                    Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
                    link.setAddress(url.toString());
                    cell.setHyperlink(link);
                });
            }
        }
        if (rowIndex == 1) {
            cells.text(sheet.createRow(1), 0, EvidenceText.NONE);
        }
        Sheets.table(sheet, 0, Math.max(1, rowIndex - 1), 7);
        Sheets.printFitToWidth(sheet);
    }

    private static XSSFCellStyle linkStyle(Cells cells) {
        XSSFCellStyle style = (XSSFCellStyle) cells.workbook().createCellStyle();
        style.cloneStyleFrom(cells.wrapped());
        Font font = cells.workbook().createFont();
        font.setUnderline(Font.U_SINGLE);
        font.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        style.setFont(font);
        return style;
    }
}
