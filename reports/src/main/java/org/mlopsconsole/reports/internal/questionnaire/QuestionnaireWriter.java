package org.mlopsconsole.reports.internal.questionnaire;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.reports.internal.excel.Cells;
import org.mlopsconsole.reports.internal.excel.Sheets;

/**
 * Writes the offline questionnaire: an Instructions sheet, then one sheet per respondent whose
 * question ids and texts are locked and whose Rating and Notes cells are open, ratings picked from
 * a list of the ratings the model offers (FI/LI/PI/NI/NA for most). The sheets are protected
 * without a password: the protection prevents slips, not determined edits, and the import checks
 * everything anyway.
 */
public final class QuestionnaireWriter {

    private final MaturityModel model;
    private final List<String> names;

    public QuestionnaireWriter(MaturityModel model, List<String> respondentNames) {
        this.model = model;
        this.names = respondentNames.stream().map(String::strip).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one respondent");
        }
        if (names.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("respondent names must not be blank");
        }
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = build()) {
            workbook.write(out);
        }
    }

    public XSSFWorkbook build() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Cells cells = new Cells(workbook);
        instructions(workbook.createSheet(Layout.INSTRUCTIONS), cells);
        Set<String> ids = new HashSet<>();
        Set<String> sheetNames = new HashSet<>(Set.of(Layout.INSTRUCTIONS.toLowerCase(java.util.Locale.ROOT)));
        for (String name : names) {
            String id = unique(Layout.slug(name), ids, "-");
            String sheetName = unique(sheetName(name), sheetNames, " ");
            respondent(workbook.createSheet(sheetName), cells, name, id);
        }
        return workbook;
    }

    private void instructions(XSSFSheet sheet, Cells cells) {
        Cells.widths(sheet, 110);
        List<String> lines = new ArrayList<>(List.of(
                "Questionnaire: " + model.name(),
                "",
                "Each person has a sheet of their own (the tabs below). On your sheet, rate every statement in"
                        + " the Rating column and add notes if you wish.",
                "Ratings: " + model.ratingScale().legend() + ". Type the code, or pick it from the cell's list.",
                "Leave a rating empty when you do not know: it is not counted for you.",
                "The question ids and texts are locked. You may change fonts, colours, column widths and the"
                        + " order of the rows.",
                "Do not rename the labels in column A of the first rows, the column headers, or the question ids:"
                        + " the import reads them.",
                "Save the file as .xlsx (without a password) and send it back to whoever sent it to you.",
                "",
                "Model: " + model.id() + ", version " + model.version() + " (" + model.source() + ")"));
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            if (i == 0) {
                cells.title(row, 0, lines.get(i));
            } else {
                cells.wrappedText(row, 0, lines.get(i));
            }
        }
        protect(sheet);
        Sheets.printFitToWidth(sheet);
    }

    private void respondent(XSSFSheet sheet, Cells cells, String name, String id) {
        Cells.widths(sheet, 24, 22, 7, 60, 45, 9, 40);
        fact(sheet, cells, 0, Layout.RESPONDENT, name);
        fact(sheet, cells, 1, Layout.RESPONDENT_ID, id);
        fact(sheet, cells, 2, Layout.MODEL, model.id());
        fact(sheet, cells, 3, Layout.MODEL_NAME, model.name());
        cells.header(sheet.createRow(Layout.HEADER_ROW), Layout.HEADERS.toArray(String[]::new));
        int rowIndex = Layout.HEADER_ROW + 1;
        for (Dimension dimension : model.dimensions()) {
            for (Question question : dimension.questions()) {
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, Layout.ID_COLUMN, question.id());
                cells.wrappedText(row, 1, dimension.name());
                cells.integer(row, 2, question.level());
                cells.wrappedText(row, 3, question.text());
                cells.wrappedText(row, 4, question.guidance());
                cells.text(row, Layout.RATING_COLUMN, "", cells.unlocked());
                cells.text(row, Layout.NOTES_COLUMN, "", cells.unlocked());
            }
        }
        ratingList(sheet, Layout.HEADER_ROW + 1, rowIndex - 1);
        sheet.createFreezePane(1, Layout.HEADER_ROW + 1);
        protect(sheet);
        Sheets.printFitToWidth(sheet);
    }

    private static void fact(XSSFSheet sheet, Cells cells, int row, String label, String value) {
        Row line = sheet.createRow(row);
        cells.label(line, 0, label);
        cells.text(line, 1, value);
    }

    /** A drop-down of the model's offered rating codes; anything else is refused as typed. */
    private void ratingList(XSSFSheet sheet, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<Rating> offered = model.ratingScale().offered();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(
                offered.stream().map(Rating::name).toArray(String[]::new));
        DataValidation validation = helper.createValidation(
                constraint, new CellRangeAddressList(firstRow, lastRow, Layout.RATING_COLUMN, Layout.RATING_COLUMN));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Rating", "Choose " + Layout.orList(offered) + " (or leave the cell empty).");
        validation.setShowPromptBox(true);
        // Excel shows at most 255 characters of a prompt
        validation.createPromptBox("Rating", shortened(model.ratingScale().legend(), 255));
        validation.setEmptyCellAllowed(true);
        // XSSF inverts this flag: true shows the in-cell drop-down arrow.
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static String shortened(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    /** Locked cells stay read-only; formatting, widths and row order may change. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** Excel's rules: 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
    private static String sheetName(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name.replace('\'', ' ').strip(), '_');
        return safe.isBlank() ? "Respondent" : safe;
    }

    private static String unique(String candidate, Set<String> taken, String separator) {
        String result = candidate;
        for (int n = 2; !taken.add(result.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = separator + n;
            String base = candidate.length() + suffix.length() > 31 && separator.equals(" ")
                    ? candidate.substring(0, 31 - suffix.length())
                    : candidate;
            result = base + suffix;
        }
        return result;
    }
}
