package org.mlopsconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.Assessment;
import org.mlopsconsole.app.assessment.JdbcAssessmentRepository;
import org.mlopsconsole.app.assessment.JdbcEngagementRepository;
import org.mlopsconsole.app.assessment.NewAssessment;
import org.mlopsconsole.app.assessment.Team;
import org.mlopsconsole.app.workspace.Workspace;
import org.mlopsconsole.app.workspace.WorkspaceLocation;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;

/** {@code assess list} and {@code report --assessment ID} on a workspace's own assessments. */
class ReportFromWorkspaceTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;
    private long assessmentId;

    private int run(String... args) {
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @BeforeEach
    void workshopInTheWorkspace() {
        workspace = dir.resolve("ws");
        try (Workspace opened = Workspace.open(new WorkspaceLocation(workspace))) {
            var engagements = new JdbcEngagementRepository(opened.dataSource(), Clock.systemUTC());
            var assessments = new JdbcAssessmentRepository(opened.dataSource(), Clock.systemUTC());
            Team team = engagements.createTeam(
                    engagements.createOrganization("Acme Bank").id(), "Fraud models");
            Assessment assessment = assessments.create(new NewAssessment(
                    team.id(),
                    "Baseline",
                    "google-mlops",
                    Optional.empty(),
                    LocalDate.of(2026, 11, 23),
                    "Ana Costa",
                    List.of(new NewAssessment.NewParticipant("Bruno", "data-scientist"))));
            assessmentId = assessment.id();
            long bruno = assessments.participants(assessmentId).get(0).id();
            assessments.rate(bruno, "goo-experimentation-l1-1", Optional.of(Rating.LI));
        }
    }

    @Test
    void assessListShowsTheIdsWithTeamAndOrganization() {
        assertThat(run("assess", "list", "--workspace", workspace.toString())).isZero();

        assertThat(out.toString())
                .contains("ID")
                .containsPattern("\\s" + assessmentId + "\\s+2026-11-23\\s+google-mlops\\s+Acme Bank\\s+Fraud models");
    }

    @Test
    void reportOfAWorkspaceAssessmentNamesItsOrganizationTeamAndFacilitator() throws Exception {
        Path xlsx = dir.resolve("baseline.xlsx");

        int exit = run(
                "report",
                "--workspace",
                workspace.toString(),
                "--assessment",
                Long.toString(assessmentId),
                "--format",
                "xlsx",
                "--out",
                xlsx.toString());

        assertThat(exit).as(err.toString()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheet("Summary")
                    .forEach(row -> row.forEach(cell -> cells.append('|').append(cell)));
            assertThat(cells.toString()).contains("Acme Bank", "Fraud models", "Ana Costa");
        }
    }

    @Test
    void aFilledQuestionnaireImportsStraightIntoTheAssessmentKeepingItsWorkshopRatings() throws Exception {
        Path questionnaire = dir.resolve("q.xlsx");
        assertThat(run(
                        "questionnaire",
                        "export",
                        "--model",
                        "google-mlops",
                        "--respondents",
                        "Eva",
                        "--out",
                        questionnaire.toString()))
                .as(err.toString())
                .isZero();
        try (var in = Files.newInputStream(questionnaire);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheet("Eva").getRow(6).getCell(5).setCellValue("PI");
            try (var file = Files.newOutputStream(questionnaire)) {
                workbook.write(file);
            }
        }

        int exit = run(
                "questionnaire",
                "import",
                questionnaire.toString(),
                "--workspace",
                workspace.toString(),
                "--assessment",
                Long.toString(assessmentId));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Imported 1 respondents into assessment " + assessmentId);
        try (Workspace opened = Workspace.open(new WorkspaceLocation(workspace))) {
            Responses responses =
                    new JdbcAssessmentRepository(opened.dataSource(), Clock.systemUTC()).responses(assessmentId);
            assertThat(responses.respondents()).extracting(r -> r.name()).containsExactly("Bruno", "Eva");
            assertThat(responses.respondents().get(0).ratings()).containsEntry("goo-experimentation-l1-1", Rating.LI);
            assertThat(responses.respondents().get(1).ratings()).hasSize(1).containsValue(Rating.PI);
        }
    }

    @Test
    void unknownAssessmentSaysHowToListThemAndWritesNothing() {
        Path xlsx = dir.resolve("none.xlsx");

        int exit = run(
                "report",
                "--workspace",
                workspace.toString(),
                "--assessment",
                "999",
                "--format",
                "xlsx",
                "--out",
                xlsx.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("there is no assessment 999").contains("assess list");
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void reportNeedsAnAssessmentOrAModelAndResponses() {
        assertThat(run(
                        "report",
                        "--format",
                        "xlsx",
                        "--out",
                        dir.resolve("x.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("give --assessment ID, or both --model and --responses");

        assertThat(run(
                        "report",
                        "--assessment",
                        "1",
                        "--model",
                        "google-mlops",
                        "--format",
                        "xlsx",
                        "--out",
                        dir.resolve("y.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("leave out --model and --responses");
    }
}
