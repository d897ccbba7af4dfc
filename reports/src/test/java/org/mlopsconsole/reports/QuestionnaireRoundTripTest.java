package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;

class QuestionnaireRoundTripTest {

    private static final int FIRST_QUESTION_ROW = 6;

    @TempDir
    Path folder;

    private final MaturityModel model = TestAssessments.practicesModel();

    @Test
    void exportHasInstructionsThenOneSheetPerRespondent() throws IOException {
        try (XSSFWorkbook workbook = exportAndOpen("Ana", "Bruno", "Carla")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            assertThat(workbook.getSheetName(1)).isEqualTo("Ana");
            assertThat(workbook.getSheetName(3)).isEqualTo("Carla");
            XSSFSheet bruno = workbook.getSheet("Bruno");
            assertThat(bruno.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Bruno");
            assertThat(bruno.getRow(1).getCell(1).getStringCellValue()).isEqualTo("bruno");
            assertThat(bruno.getRow(2).getCell(1).getStringCellValue()).isEqualTo("mlops-practices");
            assertThat(bruno.getLastRowNum() - FIRST_QUESTION_ROW + 1)
                    .isEqualTo((int) model.questions().count());
            assertThat(bruno.getRow(FIRST_QUESTION_ROW).getCell(0).getStringCellValue())
                    .isEqualTo(model.questions().findFirst().orElseThrow().id());
        }
    }

    @Test
    void ratingCellsOfferTheFiveRatingsAndAreTheOnlyOnesUnlockedWithNotes() throws IOException {
        try (XSSFWorkbook workbook = exportAndOpen("Ana")) {
            XSSFSheet ana = workbook.getSheet("Ana");
            assertThat(ana.getProtect()).isTrue();
            assertThat(workbook.getSheet("Instructions").getProtect()).isTrue();
            List<? extends DataValidation> validations = ana.getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidationConstraint constraint = validations.get(0).getValidationConstraint();
            assertThat(constraint.getExplicitListValues()).containsExactly("FI", "LI", "PI", "NI", "NA");
            var range = validations.get(0).getRegions().getCellRangeAddress(0);
            int questions =
                    (int) ModelCatalog.bundled().practicesModel().questions().count();
            assertThat(range.formatAsString()).isEqualTo("F7:F" + (FIRST_QUESTION_ROW + questions));
            Row first = ana.getRow(FIRST_QUESTION_ROW);
            for (int column = 0; column <= 4; column++) {
                assertThat(first.getCell(column).getCellStyle().getLocked())
                        .as("column %d", column)
                        .isTrue();
            }
            assertThat(first.getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(ana.getRow(0).getCell(1).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void duplicateAndAwkwardNamesGetDistinctSafeSheetsAndIds() throws IOException {
        Path file = folder.resolve("q.xlsx");
        Questionnaires.export(model, List.of("Ana", "ana", "R&D: team/lead?", "=cmd"), file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Ana");
            assertThat(workbook.getSheetName(2)).isEqualTo("ana 2");
            assertThat(workbook.getSheetName(3)).isEqualTo("R&D_ team_lead_");
            assertThat(workbook.getSheet("=cmd")
                            .getRow(0)
                            .getCell(1)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
        }
        Responses responses = Questionnaires.read(file, model);
        assertThat(responses.respondents())
                .extracting(Respondent::id)
                .containsExactly("ana", "ana-2", "r-d-team-lead", "cmd");
    }

    @Test
    void exportNeedsAtLeastOneNonBlankName() {
        assertThatThrownBy(() -> Questionnaires.export(model, List.of(), folder.resolve("q.xlsx")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Questionnaires.export(model, List.of("Ana", " "), folder.resolve("q.xlsx")))
                .hasMessage("respondent names must not be blank");
        assertThat(folder.resolve("q.xlsx")).doesNotExist();
    }

    @Test
    void filledQuestionnaireImportsTheSameRatingsDespiteReorderedRowsAndNewFormatting() throws IOException {
        Path file = folder.resolve("questionnaire.xlsx");
        Questionnaires.export(model, List.of("Ana", "Bruno", "Carla"), file);
        Map<String, Map<String, Rating>> expected = new LinkedHashMap<>();
        Map<String, Map<String, String>> expectedNotes = new LinkedHashMap<>();
        Random random = new Random(7);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            CellStyle yellow = workbook.createCellStyle();
            yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (String name : List.of("Ana", "Bruno", "Carla")) {
                XSSFSheet sheet = workbook.getSheet(name);
                Map<String, Rating> ratings = new HashMap<>();
                Map<String, String> notes = new HashMap<>();
                List<String> ids = new ArrayList<>();
                for (int r = FIRST_QUESTION_ROW; r <= sheet.getLastRowNum(); r++) {
                    ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
                Collections.shuffle(ids, random); // rows in another order, as if sorted by hand
                for (int i = 0; i < ids.size(); i++) {
                    Row row = sheet.getRow(FIRST_QUESTION_ROW + i);
                    row.getCell(0).setCellValue(ids.get(i));
                    if (i % 7 == 3) {
                        continue; // left empty: not rated
                    }
                    Rating rating = Rating.values()[random.nextInt(5)];
                    String typed = i % 5 == 0 ? " " + rating.name().toLowerCase() + " " : rating.name();
                    row.getCell(5).setCellValue(typed);
                    row.getCell(5).setCellStyle(yellow);
                    ratings.put(ids.get(i), rating);
                    if (i % 4 == 0) {
                        row.getCell(6).setCellValue("=note " + i);
                        notes.put(ids.get(i), "=note " + i);
                    }
                }
                sheet.setColumnWidth(3, 20 * 256);
                expected.put(name.toLowerCase(), ratings);
                expectedNotes.put(name.toLowerCase(), notes);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        Responses imported = Questionnaires.read(file, model);

        assertThat(imported.model()).isEqualTo("mlops-practices");
        assertThat(imported.respondents()).extracting(Respondent::id).containsExactly("ana", "bruno", "carla");
        for (Respondent respondent : imported.respondents()) {
            assertThat(respondent.ratings()).isEqualTo(expected.get(respondent.id()));
            assertThat(respondent.notes()).isEqualTo(expectedNotes.get(respondent.id()));
        }
        assertThat(imported.respondents().get(0).name()).isEqualTo("Ana");
    }

    @Test
    void importReportsEveryErrorWithItsCellAndImportsNothing() throws IOException {
        Path file = folder.resolve("questionnaire.xlsx");
        Questionnaires.export(model, List.of("Ana", "Bruno"), file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet ana = workbook.getSheet("Ana");
            ana.getRow(FIRST_QUESTION_ROW).getCell(5).setCellValue("FI");
            ana.getRow(FIRST_QUESTION_ROW + 1).getCell(5).setCellValue("maybe");
            ana.getRow(FIRST_QUESTION_ROW + 2).getCell(5).setCellFormula("\"F\"&\"I\"");
            XSSFSheet bruno = workbook.getSheet("Bruno");
            bruno.getRow(FIRST_QUESTION_ROW + 3).getCell(0).setCellValue("mp-invented");
            bruno.getRow(FIRST_QUESTION_ROW + 4)
                    .getCell(0)
                    .setCellValue(bruno.getRow(FIRST_QUESTION_ROW).getCell(0).getStringCellValue());
            bruno.getRow(2).getCell(1).setCellValue("google-mlops");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        assertThatThrownBy(() -> Questionnaires.read(file, model))
                .isInstanceOfSatisfying(
                        QuestionnaireImportException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "Ana!F8: \"maybe\" is not a rating; use FI, LI, PI, NI or NA, or leave it empty",
                                        "Ana!F9: formulas are not accepted; type the value",
                                        "Bruno!B3: this questionnaire is for model \"google-mlops\", not \"mlops-practices\"",
                                        "Bruno!A10: unknown question id \"mp-invented\" in model \"mlops-practices\"",
                                        "Bruno!A11: question \"mp-ci-build-test\" also appears in row 7"))
                .hasMessageStartingWith("questionnaire.xlsx cannot be imported (5 errors):");
    }

    @Test
    void aModelThatRestrictsItsRatingsOffersOnlyThoseWithItsLabelsAndRefusesTheOthers() throws IOException {
        MaturityModel checklist =
                ModelCatalog.bundled().find("mlops-baseline-checklist").orElseThrow();
        Path file = folder.resolve("checklist.xlsx");
        Questionnaires.export(checklist, List.of("Ana"), file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataValidation validation =
                    workbook.getSheet("Ana").getDataValidations().get(0);
            assertThat(validation.getValidationConstraint().getExplicitListValues())
                    .containsExactlyElementsOf(checklist.ratingScale().offered().stream()
                            .map(Rating::name)
                            .toList())
                    .doesNotContain("PI", "LI");
            assertThat(validation.getPromptBoxText())
                    .isEqualTo(checklist.ratingScale().legend());
            assertThat(instructions(workbook))
                    .contains("Ratings: " + checklist.ratingScale().legend() + ".")
                    .doesNotContain("largely");
            XSSFSheet ana = workbook.getSheet("Ana");
            ana.getRow(FIRST_QUESTION_ROW).getCell(5).setCellValue("PI");
            ana.getRow(FIRST_QUESTION_ROW + 1)
                    .getCell(5)
                    .setCellValue(checklist.ratingScale().label(Rating.FI));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        assertThatThrownBy(() -> Questionnaires.read(file, checklist))
                .isInstanceOfSatisfying(
                        QuestionnaireImportException.class,
                        e -> assertThat(e.errors())
                                .containsExactly("Ana!F7: \"PI\" is not a rating model \"mlops-baseline-checklist\""
                                        + " offers; use FI, NI or NA ("
                                        + checklist.ratingScale().legend()
                                        + "), or leave it empty"));

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheet("Ana").getRow(FIRST_QUESTION_ROW).getCell(5).setCellValue("");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        String secondQuestion =
                checklist.questions().skip(1).findFirst().orElseThrow().id();
        assertThat(Questionnaires.read(file, checklist).respondents().get(0).ratings())
                .as("the model's label is read as its rating")
                .containsExactly(Map.entry(secondQuestion, Rating.FI));
    }

    private static String instructions(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        workbook.getSheet("Instructions")
                .forEach(row -> text.append(row.getCell(0).getStringCellValue()).append('\n'));
        return text.toString();
    }

    @Test
    void importedResponsesWrittenAsJsonLoadBackThroughTheEngine() throws IOException {
        Responses responses = TestAssessments.randomResponses(model, 3, "Ana", "Bruno");
        Path json = folder.resolve("responses.json");
        ResponsesJson.write(responses, model, json);
        Responses loaded = org.mlopsconsole.assessment.ResponsesLoader.load(json, model);
        assertThat(loaded).isEqualTo(responses);
    }

    @Test
    void workbookWithoutRespondentSheetsIsRefused() throws IOException {
        Path file = folder.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("hello");
            workbook.write(out);
        }
        assertThatThrownBy(() -> Questionnaires.read(file, model))
                .isInstanceOfSatisfying(
                        QuestionnaireImportException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .asString()
                                .startsWith("Workbook: no respondent sheet found"));
    }

    private XSSFWorkbook exportAndOpen(String... names) throws IOException {
        Path file = folder.resolve("q-" + names.length + ".xlsx");
        Questionnaires.export(model, List.of(names), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
