package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.OfflineQuestionnaires.Imported;
import org.mlopsconsole.app.assessment.OfflineQuestionnaires.Refused;
import org.mlopsconsole.workspace.ImportMode;
import org.mlopsconsole.workspace.Participant;

/** Offline questionnaires from the app: exported for the participants, filled files read back, errors located. */
class OfflineQuestionnairesTest {

    /** The first question's row on a respondent's sheet, and the rating's column. */
    private static final int FIRST_QUESTION_ROW = 6;

    private static final int RATING_COLUMN = 5;

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private OfflineQuestionnaires questionnaires;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        questionnaires = new OfflineQuestionnaires(fixture.assessments, Runnable::run);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theExportHasASheetPerParticipant() throws IOException {
        Path file = questionnaires
                .export(fixture.assessment.id(), dir.resolve("q.xlsx"))
                .join();

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Participant participant : fixture.participants) {
                assertThat(workbook.getSheet(participant.name())).isNotNull();
            }
        }
    }

    @Test
    void severalFilledFilesAreImportedTogether() throws IOException {
        String first = fixture.participants.get(0).name();
        String second = fixture.participants.get(1).name();
        Path a = filled("a.xlsx", first, "FI");
        Path b = filled("b.xlsx", second, "PI");

        var outcome = questionnaires
                .importFiles(fixture.assessment.id(), List.of(a, b), ImportMode.KEEP_EXISTING)
                .join();

        assertThat(outcome).isInstanceOf(Imported.class);
        assertThat(((Imported) outcome).files()).isEqualTo(2);
        assertThat(outcome.summary()).startsWith("Imported 2 questionnaires: ");
        assertThat(fixture.assessments.responses(fixture.assessment.id()).respondents())
                .filteredOn(respondent -> !respondent.ratings().isEmpty())
                .extracting(org.mlopsconsole.assessment.Respondent::name)
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aFileWithAnErrorStopsTheWholeImportAndTheErrorNamesFileSheetAndCell() throws IOException {
        String first = fixture.participants.get(0).name();
        Path good = filled("good.xlsx", first, "FI");
        Path bad = filled("bad.xlsx", first, "maybe");

        var outcome = questionnaires
                .importFiles(fixture.assessment.id(), List.of(good, bad), ImportMode.KEEP_EXISTING)
                .join();

        assertThat(outcome).isInstanceOf(Refused.class);
        Refused refused = (Refused) outcome;
        assertThat(refused.problems())
                .extracting(OfflineQuestionnaires.FileProblems::file)
                .containsExactly("bad.xlsx");
        assertThat(refused.lines()).anySatisfy(line -> assertThat(line).startsWith("bad.xlsx: " + first + "!F7"));
        assertThat(refused.summary()).startsWith("Nothing was imported: 1 file has ");
        assertThat(fixture.assessments.responses(fixture.assessment.id()).respondents())
                .allSatisfy(respondent -> assertThat(respondent.ratings()).isEmpty());
    }

    @Test
    void theSuggestedFileNameIsTheTitleMadeSafe() {
        assertThat(OfflineQuestionnaires.suggestedFileName("Fraud / baseline 2026"))
                .isEqualTo("Fraud-baseline-2026-questionnaire.xlsx");
        assertThat(OfflineQuestionnaires.suggestedFileName("///")).isEqualTo("questionnaire.xlsx");
    }

    /** An exported questionnaire with {@code rating} typed for the first question on {@code sheetName}'s sheet. */
    private Path filled(String fileName, String sheetName, String rating) throws IOException {
        Path file = questionnaires
                .export(fixture.assessment.id(), dir.resolve(fileName))
                .join();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(sheetName);
            sheet.getRow(FIRST_QUESTION_ROW).getCell(RATING_COLUMN).setCellValue(rating);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
