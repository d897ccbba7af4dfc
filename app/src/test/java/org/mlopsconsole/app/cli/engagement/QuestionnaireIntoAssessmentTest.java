package org.mlopsconsole.app.cli.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproduction: two questionnaires for respondents with Cyrillic and Greek names,
 * imported one after the other into one assessment, keep both respondents with their names exact;
 * a second questionnaire for someone who already answered is refused unless --replace.
 */
class QuestionnaireIntoAssessmentTest {

    private static final String DMITRY = "Дмитрий Иванов";
    private static final String GIORGOS = "Γιώργος Παπαδόπουλος";
    private static final int FIRST_QUESTION_ROW = 6;
    private static final int RATING_COLUMN = 5;

    @TempDir
    Path dir;

    private Cli cli;
    private String assessment;

    @BeforeEach
    void anEmptyAssessment() {
        cli = new Cli(dir.resolve("ws"));
        long org = cli.id("org", "create", "Acme Bank");
        long team = cli.id("team", "create", "--organization", Long.toString(org), "Fraud models");
        assessment =
                Long.toString(cli.id("assess", "create", "--team", Long.toString(team), "--model", "google-mlops"));
    }

    @Test
    void twoQuestionnairesKeepBothRespondentsWithTheirNamesExact() throws Exception {
        Path a = filledQuestionnaire(DMITRY, "a.xlsx", 11, "LI");
        Path b = filledQuestionnaire(GIORGOS, "b.xlsx", 7, "PI");

        cli.run("questionnaire", "import", a.toString(), "--assessment", assessment)
                .ok();
        cli.run("questionnaire", "import", b.toString(), "--assessment", assessment)
                .ok();

        JsonNode shown = new ObjectMapper()
                .readTree(cli.run("assess", "show", assessment, "--format", "json")
                        .ok()
                        .out());
        JsonNode respondents = shown.get("respondents");
        assertThat(respondents.findValuesAsText("name")).containsExactly(DMITRY, GIORGOS);
        assertThat(respondents.get(0).get("ratings").size()).isEqualTo(11);
        assertThat(respondents.get(1).get("ratings").size()).isEqualTo(7);
        assertThat(respondents.findValuesAsText("id")).doesNotHaveDuplicates();
        assertThat(cli.run("assess", "show", assessment).ok().out())
                .contains(DMITRY + ": 11 of")
                .contains(GIORGOS + ": 7 of");
    }

    @Test
    void aSecondQuestionnaireOfSomeoneWhoAnsweredIsRefusedUnlessReplace() throws Exception {
        cli.run(
                        "questionnaire",
                        "import",
                        filledQuestionnaire(DMITRY, "a.xlsx", 11, "LI").toString(),
                        "--assessment",
                        assessment)
                .ok();
        Path again = filledQuestionnaire(DMITRY, "again.xlsx", 3, "FI");

        Cli.Run refused = cli.run("questionnaire", "import", again.toString(), "--assessment", assessment);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("Participant \"" + DMITRY + "\" already has answers in assessment " + assessment)
                .contains("--replace");
        assertThat(ratingsOf(0)).isEqualTo(11);

        cli.run("questionnaire", "import", again.toString(), "--assessment", assessment, "--replace")
                .ok();

        assertThat(ratingsOf(0)).isEqualTo(3);
        assertThat(cli.run("assess", "show", assessment).ok().out()).contains("Participants (1)");
    }

    private int ratingsOf(int respondent) throws IOException {
        return new ObjectMapper()
                .readTree(cli.run("assess", "show", assessment, "--format", "json")
                        .ok()
                        .out())
                .get("respondents")
                .get(respondent)
                .get("ratings")
                .size();
    }

    /** A questionnaire for {@code name} exported by the command line, its first {@code count} questions rated. */
    private Path filledQuestionnaire(String name, String file, int count, String rating) throws IOException {
        Path questionnaire = dir.resolve(file);
        Cli.offline(
                        "questionnaire",
                        "export",
                        "--model",
                        "google-mlops",
                        "--respondents",
                        name,
                        "--out",
                        questionnaire.toString())
                .ok();
        try (var in = Files.newInputStream(questionnaire);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(1);
            for (int i = 0; i < count; i++) {
                Row row = sheet.getRow(FIRST_QUESTION_ROW + i);
                row.getCell(RATING_COLUMN).setCellValue(rating);
            }
            try (var out = Files.newOutputStream(questionnaire)) {
                workbook.write(out);
            }
        }
        return questionnaire;
    }
}
