package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.EngagementNode.AssessmentNode;
import org.mlopsconsole.app.assessment.EngagementNode.OrganizationNode;
import org.mlopsconsole.app.assessment.EngagementNode.TeamNode;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentStatus;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.ParticipantChanges;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

class AssessmentsViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private AssessmentsViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspaces.open(new WorkspaceLocation.Folder(dir.resolve("ws")));
        viewModel = new AssessmentsViewModel(
                workspace.engagements(),
                workspace.assessments(),
                workspace.plans(),
                workspace.transfers(),
                Runnable::run,
                Runnable::run);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void createdOrganizationTeamAndAssessmentFormATreeAndAreSelected() {
        Organization acme = viewModel.createOrganization("Acme").join().orElseThrow();
        assertThat(viewModel.selectedProperty().get()).isInstanceOf(OrganizationNode.class);
        Team fraud = viewModel.createTeam(acme, "Fraud models").join().orElseThrow();
        viewModel
                .createAssessment(newAssessment(fraud, "Baseline"), AssessmentStatus.IN_WORKSHOP)
                .join();

        OrganizationNode organization = viewModel.organizations().get(0);
        assertThat(organization.label()).isEqualTo("Acme");
        TeamNode team = organization.teams().get(0);
        assertThat(team.label()).isEqualTo("Fraud models");
        AssessmentNode assessment = team.assessments().get(0);
        assertThat(assessment.assessment().title()).isEqualTo("Baseline");
        assertThat(assessment.assessment().status()).isEqualTo(AssessmentStatus.IN_WORKSHOP);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(assessment);
    }

    @Test
    void theRememberedSelectionAndDividerAreRestoredInTheNextSession() {
        Organization acme = viewModel.createOrganization("Acme").join().orElseThrow();
        Team fraud = viewModel.createTeam(acme, "Fraud models").join().orElseThrow();
        viewModel
                .createAssessment(newAssessment(fraud, "Baseline"), AssessmentStatus.IN_WORKSHOP)
                .join();
        viewModel.createTeam(acme, "Search").join();
        StringProperty selection = new SimpleStringProperty("");
        DoubleProperty divider = new SimpleDoubleProperty(0.26);
        AssessmentsViewModel first = new AssessmentsViewModel(
                        workspace.engagements(),
                        workspace.assessments(),
                        workspace.plans(),
                        workspace.transfers(),
                        Runnable::run,
                        Runnable::run)
                .remembering(selection, divider);
        first.reload().join();
        AssessmentNode baseline =
                first.organizations().get(0).teams().get(0).assessments().get(0);
        first.selectedProperty().set(baseline);
        first.dividerPositionProperty().set(0.4);

        AssessmentsViewModel next = new AssessmentsViewModel(
                        workspace.engagements(),
                        workspace.assessments(),
                        workspace.plans(),
                        workspace.transfers(),
                        Runnable::run,
                        Runnable::run)
                .remembering(selection, divider);
        next.reload().join();

        assertThat(selection.get())
                .isEqualTo("assessment:" + baseline.assessment().id());
        assertThat(next.selectedProperty().get()).isEqualTo(baseline);
        assertThat(next.dividerPositionProperty().get()).isEqualTo(0.4);
        assertThat(next.lastModelUsed()).contains(baseline.assessment().modelId());
    }

    @Test
    void archivedNodesAreHiddenUntilArchivedOnesAreShown() {
        Organization acme = viewModel.createOrganization("Acme").join().orElseThrow();
        Team fraud = viewModel.createTeam(acme, "Fraud models").join().orElseThrow();
        TeamNode team = viewModel.organizations().get(0).teams().get(0);

        viewModel.toggleArchived(team).join();

        assertThat(viewModel.organizations().get(0).teams()).isEmpty();
        viewModel.showArchivedProperty().set(true);
        TeamNode archived = viewModel.organizations().get(0).teams().get(0);
        assertThat(archived.archived()).isTrue();
        assertThat(archived.team().id()).isEqualTo(fraud.id());

        viewModel.toggleArchived(archived).join();

        assertThat(viewModel.organizations().get(0).teams().get(0).archived()).isFalse();
    }

    @Test
    void renamesAreSavedAndTheSelectionFollowsTheRenamedNode() {
        Organization acme = viewModel.createOrganization("Acme").join().orElseThrow();

        viewModel.renameOrganization(acme, "Acme Bank").join();

        assertThat(viewModel.organizations())
                .extracting(OrganizationNode::label)
                .containsExactly("Acme Bank");
        assertThat(viewModel.selectedProperty().get().label()).isEqualTo("Acme Bank");
    }

    @Test
    void anInvalidChangeIsReportedAndChangesNothing() {
        Optional<Organization> created = viewModel.createOrganization("   ").join();

        assertThat(created).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Organization name is required.");
        assertThat(viewModel.organizations()).isEmpty();
    }

    @Test
    void editingAnAssessmentAddsParticipantsAndKeepsTheOthers() {
        Organization acme = viewModel.createOrganization("Acme").join().orElseThrow();
        Team fraud = viewModel.createTeam(acme, "Fraud models").join().orElseThrow();
        Assessment baseline = viewModel
                .createAssessment(newAssessment(fraud, "Baseline"), AssessmentStatus.DRAFT)
                .join()
                .orElseThrow();
        Assessment renamed = new Assessment(
                baseline.id(),
                baseline.teamId(),
                "Baseline Q4",
                baseline.modelId(),
                baseline.customModel(),
                baseline.date(),
                baseline.facilitator(),
                AssessmentStatus.FINAL,
                false,
                1);

        viewModel
                .updateAssessment(
                        renamed,
                        new ParticipantChanges(
                                List.of(), List.of(), List.of(new NewAssessment.NewParticipant("Eve", "SRE"))))
                .join();

        assertThat(viewModel.participants(renamed).join())
                .extracting(Participant::name)
                .containsExactly("Bruno", "Eve");
        Assessment shown = viewModel
                .organizations()
                .get(0)
                .teams()
                .get(0)
                .assessments()
                .get(0)
                .assessment();
        assertThat(shown.title()).isEqualTo("Baseline Q4");
        assertThat(shown.status()).isEqualTo(AssessmentStatus.FINAL);
    }

    @Test
    void anExportedOrganizationImportsAsANewOneAndIsSelected() {
        Organization acme = viewModel.createOrganization("Acme Bank").join().orElseThrow();
        Team fraud = viewModel.createTeam(acme, "Fraud").join().orElseThrow();
        viewModel
                .createAssessment(newAssessment(fraud, "Baseline"), AssessmentStatus.DRAFT)
                .join();
        viewModel.selectedProperty().set(viewModel.organizations().get(0));
        String name = viewModel.suggestedExportName(LocalDate.of(2026, 12, 1));
        Path file = viewModel.exportSelected(dir.resolve(name)).join().orElseThrow();

        var archive = viewModel.readEngagementFile(file).join();
        Optional<Long> id = viewModel
                .importEngagement(archive, java.util.OptionalLong.empty())
                .join();

        assertThat(name).isEqualTo("acme-bank-2026-12-01.mlops");
        assertThat(viewModel.organizations())
                .extracting(OrganizationNode::label)
                .containsExactly("Acme Bank", "Acme Bank");
        assertThat(viewModel.selectedProperty().get()).isInstanceOfSatisfying(OrganizationNode.class, node -> {
            assertThat(node.organization().id()).isEqualTo(id.orElseThrow()).isNotEqualTo(acme.id());
            assertThat(node.teams().get(0).assessments()).hasSize(1);
        });
    }

    @Test
    void anExportedAssessmentGoesIntoTheTeamChosenAndTheTeamsListNamesTheirOrganization() {
        Organization acme = viewModel.createOrganization("Acme Bank").join().orElseThrow();
        Team fraud = viewModel.createTeam(acme, "Fraud").join().orElseThrow();
        Team risk = viewModel.createTeam(acme, "Risk").join().orElseThrow();
        viewModel
                .createAssessment(newAssessment(fraud, "Baseline"), AssessmentStatus.DRAFT)
                .join();
        assertThat(viewModel.selectedProperty().get()).isInstanceOf(AssessmentNode.class);
        Path file = viewModel
                .exportSelected(dir.resolve(viewModel.suggestedExportName(LocalDate.now())))
                .join()
                .orElseThrow();

        viewModel
                .importEngagement(viewModel.readEngagementFile(file).join(), java.util.OptionalLong.of(risk.id()))
                .join()
                .orElseThrow();

        assertThat(file.getFileName().toString()).startsWith("acme-bank-fraud-").endsWith(".mlops");
        assertThat(viewModel.teams())
                .extracting(AssessmentsViewModel.TeamChoice::label)
                .containsExactly("Acme Bank · Fraud", "Acme Bank · Risk");
        assertThat(viewModel.selectedProperty().get())
                .isInstanceOfSatisfying(
                        AssessmentNode.class,
                        node -> assertThat(node.assessment().teamId()).isEqualTo(risk.id()));
    }

    @Test
    void aFileThatIsNoEngagementIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        viewModel.createOrganization("Acme Bank").join();
        Path file = java.nio.file.Files.writeString(dir.resolve("notes.mlops"), "{\"kind\": \"something-else\"}");

        assertThat(viewModel.readEngagementFile(file))
                .failsWithin(java.time.Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .withMessageContaining("notes.mlops");
        assertThat(viewModel.organizations()).hasSize(1);
    }

    private static NewAssessment newAssessment(Team team, String title) {
        return new NewAssessment(
                team.id(),
                title,
                "google-mlops",
                Optional.empty(),
                LocalDate.of(2026, 11, 23),
                "Ana",
                List.of(new NewAssessment.NewParticipant("Bruno", "data scientist")));
    }
}
