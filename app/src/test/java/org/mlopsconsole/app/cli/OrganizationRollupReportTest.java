package org.mlopsconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/**
 * {@code assess organizations} and {@code report --organization-rollup ORG_ID} on a real workspace:
 * Acme Bank's Credit risk and Fraud models teams use google-mlops (Fraud models twice: the later
 * assessment counts), Payments uses mlops-practices; Empty Ltd has a team and no assessment.
 */
class OrganizationRollupReportTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;
    private long acme;
    private long empty;

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString()));
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
    }

    @BeforeEach
    void organizationsInTheWorkspace() {
        workspace = dir.resolve("ws");
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            var engagements = opened.engagements();
            var assessments = opened.assessments();
            acme = engagements.createOrganization("Acme Bank").id();
            Team fraud = engagements.createTeam(acme, "Fraud models");
            Team credit = engagements.createTeam(acme, "Credit risk");
            Team payments = engagements.createTeam(acme, "Payments");
            Assessment later = assess(assessments, fraud, "google-mlops", LocalDate.of(2026, 11, 20));
            assess(assessments, fraud, "google-mlops", LocalDate.of(2026, 5, 2));
            assessments.setConsensus(later.id(), "goo-experimentation-l1-1", Optional.empty(), Optional.of(Rating.FI));
            assess(assessments, credit, "google-mlops", LocalDate.of(2026, 11, 3));
            assess(assessments, payments, "mlops-practices", LocalDate.of(2026, 10, 1));
            empty = engagements.createOrganization("Empty Ltd").id();
            engagements.createTeam(empty, "Nobody assessed");
        }
    }

    private static Assessment assess(Assessments assessments, Team team, String model, LocalDate date) {
        return assessments.create(new NewAssessment(
                team.id(),
                team.name() + " " + date,
                model,
                Optional.empty(),
                date,
                "Ana Costa",
                List.of(new NewAssessment.NewParticipant("Bruno", "data-scientist"))));
    }

    @Test
    void assessOrganizationsListsTheIdsTeamsAndModelsOfTheLatestAssessments() {
        assertThat(run("assess", "organizations")).as(err.toString()).isZero();

        assertThat(out.toString())
                .containsPattern("ID\\s+ORGANIZATION\\s+TEAMS\\s+ASSESSED\\s+LATEST MODELS")
                .containsPattern("\\s" + acme + "\\s+Acme Bank\\s+3\\s+3\\s+google-mlops \\(2 teams\\),"
                        + " mlops-practices \\(1 team\\)")
                .containsPattern("\\s" + empty + "\\s+Empty Ltd\\s+1\\s+0\\s+-");
    }

    @Test
    void xlsxRollUpTakesEachTeamsLatestAssessmentOnTheModelMostTeamsUse() throws Exception {
        Path xlsx = dir.resolve("acme.xlsx");

        int exit = run(
                "report", "--organization-rollup", Long.toString(acme), "--format", "xlsx", "--out", xlsx.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Roll-up of 2 teams on google-mlops written to");
        assertThat(err.toString())
                .contains("note: left out, named in the file too: Payments (no assessment on model google-mlops;"
                        + " its latest uses model mlops-practices). Roll those up with --model ID.");
        assertThat(out.toString())
                .as("stdout names the assessment taken for each team")
                .contains("Assessments used: Credit risk: Credit risk 2026-11-03 (2026-11-03);"
                        + " Fraud models: Fraud models 2026-11-20 (2026-11-20).");
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(summary.getRow(2).getCell(1))).isEqualTo("Acme Bank");
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(List.of(
                            formatter.formatCellValue(summary.getRow(10).getCell(0)),
                            formatter.formatCellValue(summary.getRow(11).getCell(0))))
                    .containsExactly("Credit risk", "Fraud models");
            assertThat(formatter.formatCellValue(summary.getRow(11).getCell(1))).isEqualTo("2026-11-20");
            XSSFSheet teams = workbook.getSheet("Teams by dimension");
            assertThat(formatter.formatCellValue(teams.getRow(0).getCell(4)))
                    .isEqualTo("Development and experimentation");
            assertThat(teams.getRow(3).getCell(5).getNumericCellValue())
                    .as("Fraud models' later assessment rated an experimentation statement FI, the earlier one nothing")
                    .isPositive();
        }
    }

    @Test
    void pdfRollUpOnAnotherModelWithTheOrganizationRenamedAndDated() throws Exception {
        Path pdf = dir.resolve("acme.pdf");

        int exit = run(
                "report",
                "--organization-rollup",
                Long.toString(acme),
                "--model",
                "mlops-practices",
                "--organization",
                "Acme Bank plc",
                "--date",
                "2026-12-01",
                "--format",
                "pdf",
                "--out",
                pdf.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains(
                        "left out",
                        "Credit risk (no assessment on model mlops-practices; its latest uses model google-mlops)",
                        "Fraud models (no assessment on model mlops-practices");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("MLOps maturity roll-up: Acme Bank plc", "2026-12-01", "Payments 2026-10-01")
                    .as("the teams left out are named in the file, with the reason, and not rolled up")
                    .contains("Left out: Credit risk (no assessment on model mlops-practices; its latest uses model"
                            + " google-mlops); Fraud models (no assessment on model mlops-practices; its latest uses"
                            + " model google-mlops).")
                    .doesNotContain("Credit risk 20");
        }
    }

    @Test
    void anOrganizationWithNoAssessedTeamFailsAndWritesNothing() {
        Path xlsx = dir.resolve("empty.xlsx");

        int exit = run(
                "report", "--organization-rollup", Long.toString(empty), "--format", "xlsx", "--out", xlsx.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("error: Empty Ltd has no assessed team yet. Nothing was written.");
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void aModelNoTeamUsesNamesTheModelsInUse() {
        Path xlsx = dir.resolve("none.xlsx");

        int exit = run(
                "report",
                "--organization-rollup",
                Long.toString(acme),
                "--model",
                "ml-test-score",
                "--format",
                "xlsx",
                "--out",
                xlsx.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains("No team of Acme Bank has an assessment on model \"ml-test-score\"; its teams were"
                        + " assessed on google-mlops (2 teams), mlops-practices (1 team).");
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void anUnknownOrganizationSaysHowToListThem() throws Exception {
        Path xlsx = dir.resolve("unknown.xlsx");

        int exit = run("report", "--organization-rollup", "999", "--format", "xlsx", "--out", xlsx.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("there is no organization 999").contains("assess organizations");
        assertThat(Files.exists(xlsx)).isFalse();
    }

    @Test
    void reportWithoutAnInputMentionsTheRollUp() {
        int exit =
                run("report", "--format", "xlsx", "--out", dir.resolve("x.xlsx").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("(or --organization-rollup ORG_ID for an organization's roll-up)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "docx | ''             | the organization roll-up is written as xlsx or pdf, not \"docx\"",
                "xlsx | --team Fraud   | --organization-rollup takes the teams from the workspace: leave out --team",
                "pdf  | --assessment 1 | leave out --assessment",
            })
    void formatsAndOptionsThatDoNotApplyAreUsageErrors(String format, String extra, String message) {
        Path file = dir.resolve("x." + format);
        List<String> args = new ArrayList<>(List.of(
                "report", "--organization-rollup", Long.toString(acme), "--format", format, "--out", file.toString()));
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split(" ")));
        }

        int exit = run(args.toArray(String[]::new));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(file).doesNotExist();
    }
}
