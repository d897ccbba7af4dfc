package org.mlopsconsole.reports.internal.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.reports.internal.MethodText;

/** Explains, in the reader's words, how the numbers of the other sheets were computed. */
final class MethodSheet {

    private MethodSheet() {}

    static void write(XSSFSheet sheet, Cells cells, MaturityModel model, String methodVersion) {
        write(sheet, cells, MethodText.lines(model, methodVersion));
    }

    /** Label and text pairs as {@link MethodText#lines} gives them: a title first, empty pairs blank. */
    static void write(XSSFSheet sheet, Cells cells, List<String[]> lines) {
        Cells.widths(sheet, 28, 110);
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            if (i == 0) {
                cells.title(row, 0, lines.get(i)[0]);
                continue;
            }
            cells.label(row, 0, lines.get(i)[0]);
            cells.wrappedText(row, 1, lines.get(i)[1]);
        }
        Sheets.printFitToWidth(sheet);
    }
}
