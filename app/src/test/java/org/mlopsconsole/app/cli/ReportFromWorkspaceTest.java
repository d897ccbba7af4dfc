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
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.app.reports.ReportSettings;
import org.mlopsconsole.app.reports.TestPngs;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolConstraints;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.PaperSize;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Versioned;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/**
 * {@code assess list} and {@code report --assessment ID} on a workspace's own assessments, with
 * the branding and paper saved in Settings or given as options, and the organization's RACI, tool
 * inventory and challenges stored in Roles &amp; Tools.
 */
class ReportFromWorkspaceTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;
    private long assessmentId;
    private long teamId;
    private long organizationId;

    private int run(String... args) {
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    /** {@code report --assessment ID --format xlsx} of the workspace's assessment, to {@code xlsx}. */
    private int reportAsXlsx(Path xlsx) {
        return report("xlsx", xlsx);
    }

    /** {@code report --assessment ID --format FORMAT --out FILE} and {@code more} options. */
    private int report(String format, Path file, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--workspace",
                workspace.toString(),
                "--assessment",
                Long.toString(assessmentId),
                "--format",
                format,
                "--out",
                file.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @BeforeEach
    void workshopInTheWorkspace() {
        workspace = dir.resolve("ws");
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            var engagements = opened.engagements();
            var assessments = opened.assessments();
            organizationId = engagements.createOrganization("Acme Bank").id();
            Team team = engagements.createTeam(organizationId, "Fraud models");
            teamId = team.id();
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
            assessments.rate(bruno, "goo-experimentation-l1-1", Optional.empty(), Optional.of(Rating.LI));
        }
    }

    /** The acceptance of "evidence in every report": what the workshop typed reaches each file. */
    @ParameterizedTest
    @CsvSource({"xlsx", "docx", "pptx", "pdf"})
    void evidenceTypedInTheWorkshopReachesTheReportOfTheAssessment(String format) throws Exception {
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            long bruno = opened.assessments().participants(assessmentId).get(0).id();
            opened.assessments()
                    .setParticipantNote(bruno, "goo-experimentation-l1-1", "", "Notebooks only, said Bruno-7Q");
            opened.assessments()
                    .setEvidence(assessmentId, "goo-experimentation-l1-1", "", "Shared evidence text ZX-4411");
            opened.evidence()
                    .addLink(
                            assessmentId, "goo-experimentation-l1-1", "Runbook KV-93", "https://wiki.example.org/kv93");
        }
        Path file = dir.resolve("baseline." + format);

        int exit = report(format, file);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(ReportText.of(file))
                .contains("Notebooks only, said Bruno-7Q", "Shared evidence text ZX-4411", "Runbook KV-93");
    }

    /** The medium template without an Accountable on model evaluation; Jenkins and GitLab only. */
    private void storeRolesAndTools() {
        Raci template = OrganizationSize.MEDIUM.template();
        String accountable = template.rolesWith("model-evaluation", Responsibility.ACCOUNTABLE)
                .get(0)
                .id();
        Raci raci = template.withCell("model-evaluation", accountable, Set.of());
        ToolCatalog catalog = ToolCatalog.bundled();
        ToolInventory inventory = new ToolInventory(
                "Acme platform",
                List.of(
                        InventoryTool.of(catalog.find("jenkins").orElseThrow()),
                        InventoryTool.of(catalog.find("gitlab").orElseThrow())),
                ToolConstraints.NONE);
        ChallengeRegister register = new ChallengeRegister(List.of(RegisteredChallenge.of(
                ChallengeCatalog.bundled().find("serving-latency").orElseThrow(), 4, 5)));
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            opened.rolesAndTools().saveRaci(organizationId, raci, Versioned.NOTHING_STORED);
            opened.rolesAndTools().saveInventory(organizationId, inventory, Versioned.NOTHING_STORED);
            opened.rolesAndTools().saveChallenges(organizationId, register, Versioned.NOTHING_STORED);
        }
    }

    /** The acceptance of "reports gain RACI, Tool coverage and Challenges" through the CLI. */
    @ParameterizedTest
    @CsvSource({"xlsx", "docx", "pptx", "pdf"})
    void theReportOfTheAssessmentCarriesItsOrganizationsRaciCoverageAndChallenges(String format) throws Exception {
        storeRolesAndTools();
        Path file = dir.resolve("report." + format);

        int exit = report(format, file);

        assertThat(exit).as(err.toString()).isZero();
        // PDF and slide text breaks lines where the layout does
        assertThat(ReportText.of(file).replaceAll("\\s+", " "))
                .contains("Model evaluation", "has no Accountable role")
                .contains("C6 Model registry", "missing", "Jenkins", "MLflow")
                .contains("Low latency and high throughput in serving");
    }

    @Test
    void theWorkbookHasTheThreeSheetsAndSaysWhatWasNotMapped() throws Exception {
        Path file = dir.resolve("plain.xlsx");

        int exit = report("xlsx", file);

        assertThat(exit).as(err.toString()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getSheet("RACI").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No RACI was mapped for this engagement.");
            assertThat(workbook.getSheet("Tool coverage")).isNotNull();
            assertThat(workbook.getSheet("Challenges")).isNotNull();
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

        int exit = reportAsXlsx(xlsx);

        assertThat(exit).as(err.toString()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheet("Summary")
                    .forEach(row -> row.forEach(cell -> cells.append('|').append(cell)));
            assertThat(cells.toString()).contains("Acme Bank", "Fraud models", "Ana Costa");
        }
    }

    @Test
    void reportOfAnAssessmentWithRatingsForQuestionsTheModelNoLongerAsksWarnsAndStillWrites() {
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            var assessments = opened.assessments();
            long bruno = assessments.participants(assessmentId).get(0).id();
            assessments.rate(bruno, "goo-question-of-an-earlier-version", Optional.empty(), Optional.of(Rating.FI));
        }
        Path xlsx = dir.resolve("baseline.xlsx");

        int exit = reportAsXlsx(xlsx);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("warning: 1 saved rating is for questions model ")
                .contains("no longer asks: they stay saved but are not scored.");
        assertThat(xlsx).exists();
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
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            Responses responses = opened.assessments().responses(assessmentId);
            assertThat(responses.respondents()).extracting(r -> r.name()).containsExactly("Bruno", "Eva");
            assertThat(responses.respondents().get(0).ratings()).containsEntry("goo-experimentation-l1-1", Rating.LI);
            assertThat(responses.respondents().get(1).ratings()).hasSize(1).containsValue(Rating.PI);
        }
    }

    /** An assessment of the same team on {@code model}, dated 2026-05-04, where Bruno rated one question. */
    private long earlierAssessment(String model, String questionId, Rating rating) {
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            var assessments = opened.assessments();
            Assessment earlier = assessments.create(new NewAssessment(
                    teamId,
                    "Spring check",
                    model,
                    Optional.empty(),
                    LocalDate.of(2026, 5, 4),
                    "Carla Dias",
                    List.of(new NewAssessment.NewParticipant("Bruno", "data-scientist"))));
            long bruno = assessments.participants(earlier.id()).get(0).id();
            assessments.rate(bruno, questionId, Optional.empty(), Optional.of(rating));
            return earlier.id();
        }
    }

    private int report(String... more) {
        List<String> args = new ArrayList<>(
                List.of("report", "--workspace", workspace.toString(), "--assessment", Long.toString(assessmentId)));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void baselineAssessmentAddsTheComparisonWithItsDateToThePdf() throws Exception {
        long earlier = earlierAssessment("google-mlops", "goo-experimentation-l1-1", Rating.NI);
        Path pdfFile = dir.resolve("compared.pdf");

        int exit =
                report("--baseline-assessment", Long.toString(earlier), "--format", "pdf", "--out", pdfFile.toString());

        assertThat(exit).as(err.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // a table row's cells on one line
            String text = stripper.getText(pdf);
            assertThat(text)
                    .contains("Comparison with 2026-05-04")
                    .contains("The baseline was assessed on 2026-05-04, this assessment on 2026-11-23.")
                    .containsPattern("goo-experimentation-l1-1: .* NI LI up 2");
        }
    }

    @Test
    void baselineAssessmentAddsTheComparisonSheetsToTheWorkbook() throws Exception {
        long earlier = earlierAssessment("google-mlops", "goo-experimentation-l1-1", Rating.NI);
        Path xlsx = dir.resolve("compared.xlsx");

        int exit =
                report("--baseline-assessment", Long.toString(earlier), "--format", "xlsx", "--out", xlsx.toString());

        assertThat(exit).as(err.toString()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(new DataFormatter()
                            .formatCellValue(
                                    workbook.getSheet("Comparison").getRow(0).getCell(1)))
                    .isEqualTo("2026-05-04");
            assertThat(workbook.getSheet("Question changes")).isNotNull();
        }
    }

    @Test
    void baselineAssessmentOfAnotherModelFailsWithExitOneAndWritesNothing() {
        long other = earlierAssessment("mlops-practices", "mp-ci-build-test", Rating.NI);
        Path pdfFile = dir.resolve("compared.pdf");

        int exit =
                report("--baseline-assessment", Long.toString(other), "--format", "pdf", "--out", pdfFile.toString());

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_FAILED);
        assertThat(err.toString())
                .contains("--baseline-assessment " + other + " is an assessment of model \"mlops-practices\"")
                .contains("a baseline must be an assessment of the same model");
        assertThat(pdfFile).doesNotExist();
    }

    @Test
    void unknownBaselineAssessmentSaysHowToListThemAndWritesNothing() {
        Path pdfFile = dir.resolve("compared.pdf");

        int exit = report("--baseline-assessment", "999", "--format", "pdf", "--out", pdfFile.toString());

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_FAILED);
        assertThat(err.toString())
                .contains("There is no assessment with id 999")
                .contains("assess list");
        assertThat(pdfFile).doesNotExist();
    }

    @Test
    void baselineAssessmentIsAUsageErrorWithoutAssessmentWithABaselineFileOrInDocx() {
        Path out = dir.resolve("r.docx");
        long earlier = earlierAssessment("google-mlops", "goo-experimentation-l1-1", Rating.NI);

        assertThat(report("--baseline-assessment", Long.toString(earlier), "--format", "docx", "--out", out.toString()))
                .isEqualTo(CommandLineApp.EXIT_USAGE);
        assertThat(err.toString())
                .contains(
                        "--baseline-assessment works with --format xlsx, pptx or pdf only; a docx comparison is not available");

        assertThat(report(
                        "--baseline-assessment",
                        Long.toString(earlier),
                        "--baseline",
                        dir.resolve("b.json").toString(),
                        "--format",
                        "pdf",
                        "--out",
                        out.toString()))
                .isEqualTo(CommandLineApp.EXIT_USAGE);
        assertThat(err.toString()).contains("give either --baseline FILE or --baseline-assessment ID, not both");

        assertThat(run(
                        "report",
                        "--model",
                        "google-mlops",
                        "--responses",
                        dir.resolve("r.json").toString(),
                        "--baseline-assessment",
                        Long.toString(earlier),
                        "--format",
                        "pdf",
                        "--out",
                        out.toString()))
                .isEqualTo(CommandLineApp.EXIT_USAGE);
        assertThat(err.toString()).contains("--baseline-assessment compares two workspace assessments");
        assertThat(out).doesNotExist();
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
        assertThat(err.toString())
                .contains("There is no assessment with id 999")
                .contains("assess list");
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

    // Branding and paper: saved in Settings → Reports, overridden by --consultancy, --logo and --paper.

    private void saveInSettings(ReportOptions options) {
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            ReportSettings.of(opened).save(options);
        }
    }

    private int pdfReport(Path pdf, String... more) {
        return report("pdf", pdf, more);
    }

    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theReportCarriesTheConsultancyAndPaperSavedInSettings() throws Exception {
        saveInSettings(new ReportOptions(PaperSize.LETTER, Branding.of("Northwind Consulting")));
        Path pdf = dir.resolve("saved.pdf");

        assertThat(pdfReport(pdf)).as(err.toString()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(text(document)).contains("Northwind Consulting");
        }
    }

    @Test
    void flagsOverrideTheSavedConsultancyPaperAndLogo() throws Exception {
        saveInSettings(new ReportOptions(PaperSize.LETTER, Branding.of("Northwind Consulting")));
        Path logo = TestPngs.write(dir.resolve("logo.png"), TestPngs.png(120, 40));
        Path pdf = dir.resolve("flags.pdf");

        int exit = pdfReport(pdf, "--consultancy", "Contoso Advisory", "--paper", "a4", "--logo", logo.toString());

        assertThat(exit).as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PaperSize.A4.widthPoints());
            assertThat(text(document)).contains("Contoso Advisory").doesNotContain("Northwind");
            assertThat(document.getPage(0).getResources().getXObjectNames())
                    .as("the logo is drawn on the cover")
                    .isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not a PNG   | 0    | 0   | is not a PNG picture: save it as PNG",
                "too wide    | 2400 | 100 | is 2400×100 pixels; a logo may be at most 2000×2000",
            })
    void aLogoThatDoesNotFitIsRefusedSayingWhyAndNothingIsWritten(String what, int width, int height, String message) {
        byte[] bytes = width == 0 ? "GIF89a not a png".getBytes() : TestPngs.png(width, height);
        Path logo = TestPngs.write(dir.resolve("logo.png"), bytes);
        Path pdf = dir.resolve("refused.pdf");

        int exit = pdfReport(pdf, "--logo", logo.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("--logo " + logo, message, "Nothing was written.");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void anUnknownPaperSizeIsAUsageError() {
        Path pdf = dir.resolve("legal.pdf");

        int exit = pdfReport(pdf, "--paper", "legal");

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_USAGE);
        assertThat(err.toString()).contains("unknown paper size \"legal\"; use a4 or letter");
        assertThat(pdf).doesNotExist();
    }
}
