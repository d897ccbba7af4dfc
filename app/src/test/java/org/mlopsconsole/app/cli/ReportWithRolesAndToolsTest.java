package org.mlopsconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Rating;
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
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Versioned;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/**
 * {@code report --assessment ID} carries the RACI, tool inventory and challenge register stored for
 * the assessment's organization in a real H2 workspace.
 */
class ReportWithRolesAndToolsTest {

    private static final String CHALLENGE = "Low latency and high throughput in serving";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;
    private long assessmentId;
    private long organizationId;

    @BeforeEach
    void assessmentOfAnOrganizationWithoutRolesAndTools() {
        workspace = dir.resolve("ws");
        try (Workspace opened = Workspaces.open(new WorkspaceLocation.Folder(workspace))) {
            var engagements = opened.engagements();
            organizationId = engagements.createOrganization("Acme Bank").id();
            Team team = engagements.createTeam(organizationId, "Fraud models");
            Assessment assessment = opened.assessments()
                    .create(new NewAssessment(
                            team.id(),
                            "Baseline",
                            "mlops-practices",
                            Optional.empty(),
                            LocalDate.of(2026, 11, 23),
                            "Ana Costa",
                            List.of(new NewAssessment.NewParticipant("Bruno", "data-scientist"))));
            assessmentId = assessment.id();
            long bruno = opened.assessments().participants(assessmentId).get(0).id();
            opened.assessments().rate(bruno, "mp-ci-build-test", Optional.empty(), Optional.of(Rating.LI));
        }
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

    private int report(String format, Path file) {
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(
                        "report",
                        "--workspace",
                        workspace.toString(),
                        "--assessment",
                        Long.toString(assessmentId),
                        "--format",
                        format,
                        "--out",
                        file.toString());
    }

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
                .contains(CHALLENGE);
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
}
