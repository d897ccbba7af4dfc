package org.mlopsconsole.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.AssessmentDirectory;
import org.mlopsconsole.reports.ReportFormat;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

class ReportsViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ReportsViewModel viewModel;
    private Assessments assessments;
    private Team team;

    @BeforeEach
    void workspaceWithOneAssessment() {
        workspace = Workspaces.open(new WorkspaceLocation.Folder(dir.resolve("ws")));
        var engagements = workspace.engagements();
        assessments = workspace.assessments();
        team = engagements.createTeam(
                engagements.createOrganization("Acme Bank").id(), "Fraud models");
        assessments.create(new NewAssessment(
                team.id(),
                "Baseline",
                "google-mlops",
                Optional.empty(),
                LocalDate.of(2026, 11, 23),
                "Ana Costa",
                List.of(new NewAssessment.NewParticipant("Bruno", "data-scientist"))));
        viewModel = new ReportsViewModel(new AssessmentDirectory(workspace), Runnable::run, Runnable::run);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void listsTheWorkspacesAssessmentsAndChoosesTheLatest() {
        viewModel.refresh().join();

        assertThat(viewModel.assessments())
                .extracting(ReportsViewModel.Choice::label)
                .containsExactly("Acme Bank · Fraud models · 2026-11-23 Baseline");
        assertThat(viewModel.selectedProperty().get())
                .isEqualTo(viewModel.assessments().get(0));
        assertThat(viewModel.exportDisabled().get()).isFalse();
    }

    @Test
    void suggestsAFileNameFromOrganizationTeamDateAndFormat() {
        viewModel.refresh().join();
        viewModel.formatProperty().set(ReportFormat.DOCX);

        assertThat(viewModel.suggestedFileName()).isEqualTo("acme-bank-fraud-models-2026-11-23.docx");
    }

    @Test
    void exportWritesTheReportAndOffersToOpenIt() throws Exception {
        viewModel.refresh().join();
        Path target = dir.resolve("report.xlsx");

        viewModel.export(target).join();

        assertThat(viewModel.writtenProperty().get()).isEqualTo(target.toAbsolutePath());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Report written to " + target.toAbsolutePath());
        assertThat(viewModel.runningProperty().get()).isFalse();
        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
        }
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyAndOffersNothingToOpen() throws Exception {
        viewModel.refresh().join();
        Path target = Files.createDirectories(dir.resolve("a-folder.xlsx"));

        assertThatThrownBy(() -> viewModel.export(target).join()).hasCauseInstanceOf(Exception.class);

        assertThat(viewModel.statusProperty().get()).startsWith("The report was not written: ");
        assertThat(viewModel.writtenProperty().get()).isNull();
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    private void assess(String title, String model, LocalDate date) {
        assessments.create(new NewAssessment(
                team.id(),
                title,
                model,
                Optional.empty(),
                date,
                "Ana Costa",
                List.of(new NewAssessment.NewParticipant("Bruno", "data-scientist"))));
    }

    @Test
    void offersTheTeamsOtherAssessmentsOfTheSameModelNewestFirstToCompareWith() {
        assess("Midyear", "google-mlops", LocalDate.of(2027, 5, 1));
        assess("Other model", "akkiraju-2020", LocalDate.of(2027, 6, 1));
        assess("Year one", "google-mlops", LocalDate.of(2027, 11, 23));
        viewModel.refresh().join();

        assertThat(viewModel.selectedProperty().get().label()).endsWith("Year one");
        assertThat(viewModel.baselines())
                .extracting(ReportsViewModel.Choice::label)
                .containsExactly(
                        "No comparison",
                        "Acme Bank · Fraud models · 2027-05-01 Midyear",
                        "Acme Bank · Fraud models · 2026-11-23 Baseline");
        assertThat(viewModel.baselineProperty().get()).isEqualTo(ReportsViewModel.NO_COMPARISON);
        viewModel.formatProperty().set(ReportFormat.DOCX);
        assertThat(viewModel.baselineDisabled().get()).isTrue();
        viewModel.formatProperty().set(ReportFormat.PDF);
        assertThat(viewModel.baselineDisabled().get()).isFalse();
    }

    @Test
    void aFollowUpComparesWithTheAssessmentItFollowsUnlessAnotherIsChosen() {
        assess("Midyear", "google-mlops", LocalDate.of(2027, 5, 1));
        long baselineId = assessments.forTeam(team.id(), false).get(0).id();
        workspace.plans().startFollowUp(baselineId, "Baseline follow-up", LocalDate.of(2027, 11, 23));
        viewModel.refresh().join();

        assertThat(viewModel.selectedProperty().get().label()).endsWith("Baseline follow-up");
        assertThat(viewModel.baselineProperty().get().assessmentId()).isEqualTo(baselineId);
        viewModel.baselineProperty().set(viewModel.baselines().get(1));
        viewModel.refresh().join();
        assertThat(viewModel.baselineProperty().get().label()).endsWith("Midyear");
    }

    @Test
    void exportWithABaselineAddsTheComparison() throws Exception {
        assess("Year one", "google-mlops", LocalDate.of(2027, 11, 23));
        viewModel.refresh().join();
        viewModel.baselineProperty().set(viewModel.baselines().get(1));
        Path target = dir.resolve("compared.xlsx");

        viewModel.export(target).join();

        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            assertThat(workbook.getSheet("Comparison")).isNotNull();
            assertThat(workbook.getSheet("Question changes")).isNotNull();
        }
    }

    @Test
    void withoutAssessmentsItSaysWhereToCreateOne() {
        try (Workspace emptyWorkspace = Workspaces.open(new WorkspaceLocation.Folder(dir.resolve("empty")))) {
            ReportsViewModel empty =
                    new ReportsViewModel(new AssessmentDirectory(emptyWorkspace), Runnable::run, Runnable::run);

            empty.refresh().join();

            assertThat(empty.assessments()).isEmpty();
            assertThat(empty.statusProperty().get()).contains("Assessments section");
            assertThat(empty.exportDisabled().get()).isTrue();
        }
    }

    @Test
    void openThatNoProgramTakesSaysSoWithWhereTheReportIs() throws Exception {
        ReportsViewModel failing = new ReportsViewModel(
                new AssessmentDirectory(workspace),
                org.mlopsconsole.reports.ReportOptions::defaults,
                file -> Optional.of("no program on this computer opens .pptx files"),
                Runnable::run,
                Runnable::run);
        failing.refresh().join();
        failing.formatProperty().set(ReportFormat.PPTX);
        Path target = dir.resolve("deck.pptx");
        failing.export(target).join();

        failing.open().join();

        assertThat(failing.failedProperty().get()).isTrue();
        assertThat(failing.statusProperty().get())
                .isEqualTo("Could not open deck.pptx: no program on this computer opens .pptx files. The report is at "
                        + target.toAbsolutePath().normalize() + ".");
    }

    @Test
    void theReportCarriesTheOptionsSavedInSettings() throws Exception {
        ReportsViewModel branded = new ReportsViewModel(
                new AssessmentDirectory(workspace),
                () -> new org.mlopsconsole.reports.ReportOptions(
                        org.mlopsconsole.reports.PaperSize.LETTER,
                        org.mlopsconsole.reports.Branding.of("Northwind Consulting")),
                file -> Optional.empty(),
                Runnable::run,
                Runnable::run);
        branded.refresh().join();
        branded.formatProperty().set(ReportFormat.PDF);
        Path target = dir.resolve("branded.pdf");

        branded.export(target).join();

        try (var document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Northwind Consulting");
        }
        assertThat(branded.failedProperty().get()).isFalse();
    }
}
