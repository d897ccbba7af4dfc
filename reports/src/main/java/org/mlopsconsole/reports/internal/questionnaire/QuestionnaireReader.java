package org.mlopsconsole.reports.internal.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.reports.QuestionnaireImportException;
import org.mlopsconsole.reports.Questionnaires;

/**
 * Reads a filled questionnaire. Rows are found by question id and columns by header, so reordered
 * rows and columns and changed formatting do not matter. Every problem is collected with its cell;
 * any problem means nothing is imported.
 */
public final class QuestionnaireReader {

    private final MaturityModel model;
    private final Set<String> questionIds;
    private final List<String> errors = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private QuestionnaireReader(MaturityModel model) {
        this.model = model;
        this.questionIds = model.questions().map(Question::id).collect(Collectors.toSet());
    }

    public static Responses read(Path file, MaturityModel model) {
        return read(file, model, Questionnaires.MAX_FILE_BYTES);
    }

    static Responses read(Path file, MaturityModel model, long maxBytes) {
        String fileName = String.valueOf(file.getFileName());
        try (XSSFWorkbook workbook = SafeWorkbookOpener.open(file, maxBytes)) {
            QuestionnaireReader reader = new QuestionnaireReader(model);
            Responses responses = reader.read(workbook);
            if (!reader.errors.isEmpty()) {
                throw new QuestionnaireImportException(fileName, reader.errors);
            }
            return responses;
        } catch (SafeWorkbookOpener.RefusedFileException e) {
            throw new QuestionnaireImportException(fileName, List.of(fileName + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new QuestionnaireImportException(fileName, List.of(fileName + ": cannot be read: " + e.getMessage()));
        }
    }

    private Responses read(XSSFWorkbook workbook) {
        List<Respondent> respondents = new ArrayList<>();
        Map<String, String> sheetById = new HashMap<>();
        for (Sheet sheet : workbook) {
            if (isRespondentSheet(sheet)) {
                readRespondent(sheet).ifPresent(respondent -> {
                    String earlier = sheetById.putIfAbsent(respondent.id(), sheet.getSheetName());
                    if (earlier != null) {
                        error(
                                sheet,
                                metadataCell(sheet, Layout.RESPONDENT_ID),
                                "respondent id \"" + respondent.id() + "\" is also used on sheet " + earlier);
                    }
                    respondents.add(respondent);
                });
            }
        }
        if (respondents.isEmpty() && errors.isEmpty()) {
            errors.add("Workbook: no respondent sheet found (a sheet whose cell A1 says \"" + Layout.RESPONDENT
                    + "\"); is this a questionnaire exported by MLOps Console?");
        }
        return new Responses(model.id(), respondents, Map.of(), Map.of());
    }

    private boolean isRespondentSheet(Sheet sheet) {
        Row first = sheet.getRow(0);
        return first != null && Layout.same(text(first.getCell(0)), Layout.RESPONDENT);
    }

    private Optional<Respondent> readRespondent(Sheet sheet) {
        int errorsBefore = errors.size();
        Optional<Row> header = headerRow(sheet);
        if (header.isEmpty()) {
            errors.add(sheet.getSheetName() + "!A" + (Layout.HEADER_ROW + 1) + ": the header row with \""
                    + Layout.QUESTION_ID + "\", \"" + Layout.RATING + "\" and \"" + Layout.NOTES
                    + "\" is missing");
            return Optional.empty();
        }
        String name = metadata(sheet, Layout.RESPONDENT);
        String id = metadata(sheet, Layout.RESPONDENT_ID);
        if (name.isEmpty() && id.isEmpty()) {
            error(sheet, new CellReference(0, 1), "the respondent's name is empty");
        }
        String modelId = metadata(sheet, Layout.MODEL);
        if (!modelId.equals(model.id())) {
            error(
                    sheet,
                    metadataCell(sheet, Layout.MODEL),
                    modelId.isEmpty()
                            ? "the model id is missing; expected \"" + model.id() + "\""
                            : "this questionnaire is for model \"" + modelId + "\", not \"" + model.id() + "\"");
        }
        Map<String, Integer> columns = columns(header.get());
        Map<String, Rating> ratings = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        readAnswers(sheet, header.get().getRowNum(), columns, ratings, notes);
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Respondent(id.isEmpty() ? Layout.slug(name) : id, name, "", ratings, notes));
    }

    private void readAnswers(
            Sheet sheet,
            int headerRow,
            Map<String, Integer> columns,
            Map<String, Rating> ratings,
            Map<String, String> notes) {
        Integer idColumn = columns.get(Layout.QUESTION_ID);
        Integer ratingColumn = columns.get(Layout.RATING);
        Integer notesColumn = columns.get(Layout.NOTES);
        if (idColumn == null || ratingColumn == null) {
            errors.add(sheet.getSheetName() + "!A" + (headerRow + 1) + ": the header row needs the columns \""
                    + Layout.QUESTION_ID + "\" and \"" + Layout.RATING + "\"");
            return;
        }
        Map<String, Integer> rowById = new HashMap<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Optional<String> questionId = cellText(sheet, row, idColumn);
            Optional<String> rating = cellText(sheet, row, ratingColumn);
            Optional<String> note = notesColumn == null ? Optional.of("") : cellText(sheet, row, notesColumn);
            if (questionId.isEmpty() || rating.isEmpty() || note.isEmpty()) {
                continue; // a formula cell, already reported
            }
            String id = questionId.get().strip();
            if (id.isEmpty()) {
                if (!rating.get().isBlank() || !note.get().isBlank()) {
                    error(sheet, new CellReference(r, idColumn), "a rating or note without a question id");
                }
                continue;
            }
            if (!questionIds.contains(id)) {
                error(
                        sheet,
                        new CellReference(r, idColumn),
                        "unknown question id \"" + id + "\" in model \"" + model.id() + "\"");
                continue;
            }
            Integer earlier = rowById.putIfAbsent(id, r);
            if (earlier != null) {
                error(
                        sheet,
                        new CellReference(r, idColumn),
                        "question \"" + id + "\" also appears in row " + (earlier + 1));
                continue;
            }
            String given = rating.get().strip();
            if (!given.isEmpty()) {
                Optional<Rating> parsed = parseRating(given);
                CellReference cell = new CellReference(r, ratingColumn);
                if (parsed.isEmpty()) {
                    error(
                            sheet,
                            cell,
                            "\"" + given + "\" is not a rating; use " + offeredCodes() + ", or leave it empty");
                } else if (!model.ratingScale().offers(parsed.get())) {
                    error(
                            sheet,
                            cell,
                            "\"" + given + "\" is not a rating model \"" + model.id() + "\" offers; use "
                                    + offeredCodes() + " ("
                                    + model.ratingScale().legend()
                                    + "), or leave it empty");
                } else {
                    ratings.put(id, parsed.get());
                }
            }
            if (!note.get().isBlank()) {
                notes.put(id, note.get().strip());
            }
        }
    }

    /** A rating by its code (FI) or by the model's label for it (Yes), in any case. */
    private Optional<Rating> parseRating(String given) {
        Optional<Rating> byCode = Rating.parse(given.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        return java.util.Arrays.stream(Rating.values())
                .filter(rating -> model.ratingScale().label(rating).equalsIgnoreCase(given))
                .findFirst();
    }

    /** "FI, LI, PI, NI or NA": the codes this model offers. */
    private String offeredCodes() {
        return Layout.orList(model.ratingScale().offered());
    }

    private Optional<Row> headerRow(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), Layout.HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                for (Cell cell : row) {
                    if (Layout.same(text(cell), Layout.QUESTION_ID)) {
                        return Optional.of(row);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            String label = text(cell);
            for (String wanted : List.of(Layout.QUESTION_ID, Layout.RATING, Layout.NOTES)) {
                if (Layout.same(label, wanted)) {
                    columns.putIfAbsent(wanted, cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    /** The value next to a label in column A above the header; empty when absent. */
    private String metadata(Sheet sheet, String label) {
        CellReference where = metadataCell(sheet, label);
        Row row = sheet.getRow(where.getRow());
        return row == null ? "" : text(row.getCell(where.getCol())).strip();
    }

    private CellReference metadataCell(Sheet sheet, String label) {
        for (int r = 0; r < Math.min(sheet.getLastRowNum() + 1, Layout.HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row != null && Layout.same(text(row.getCell(0)), label)) {
                return new CellReference(r, 1);
            }
        }
        return new CellReference(0, 1);
    }

    /** The cell's text as shown; empty for a formula cell, which is reported. */
    private Optional<String> cellText(Sheet sheet, Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            error(sheet, new CellReference(row.getRowNum(), column), "formulas are not accepted; type the value");
            return Optional.empty();
        }
        return Optional.of(text(cell));
    }

    private String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.FORMULA) {
            return "";
        }
        return formatter.formatCellValue(cell);
    }

    private void error(Sheet sheet, CellReference cell, String message) {
        errors.add(sheet.getSheetName() + "!" + cell.formatAsString(false) + ": " + message);
    }
}
