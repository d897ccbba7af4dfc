package org.mlopsconsole.reports.internal.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.mlopsconsole.assessment.analysis.QuestionRisk;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.analysis.RiskRegister;
import org.mlopsconsole.reports.internal.ReportTables;

/** The Risks sheet: each question at risk (or overridden), the computed risk, the override and its reason. */
final class RiskSheet {

    static final String NAME = "Risks";

    private RiskSheet() {}

    static void write(XSSFSheet sheet, Cells cells, RiskRegister register) {
        Cells.widths(sheet, 24, 24, 60, 13, 13, 13, 50);
        cells.header(
                sheet.createRow(0), "Question id", "Dimension", "Question", "Risk", "Computed", "Overridden", "Reason");
        List<QuestionRisk> listed = ReportTables.listed(register);
        for (int i = 0; i < listed.size(); i++) {
            QuestionRisk risk = listed.get(i);
            Row row = sheet.createRow(i + 1);
            cells.text(row, 0, risk.id());
            cells.wrappedText(row, 1, risk.dimension().name());
            cells.wrappedText(row, 2, risk.question().text());
            cells.text(row, 3, risk.risk().words());
            cells.text(row, 4, risk.computed().words());
            cells.text(row, 5, risk.isOverridden() ? "yes" : "no");
            cells.wrappedText(row, 6, risk.override().map(RiskOverride::reason).orElse(""));
        }
        if (listed.isEmpty()) {
            cells.text(sheet.createRow(1), 0, "No question is at high or medium risk.");
        }
        Sheets.table(sheet, 0, Math.max(1, listed.size()), 7);
        Sheets.printFitToWidth(sheet);
    }
}
