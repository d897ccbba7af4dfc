package org.mlopsconsole.app.rolestools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.RaciFinding;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.assessment.tools.Component;
import org.mlopsconsole.assessment.tools.ComponentCoverage;
import org.mlopsconsole.assessment.tools.CoverageStatus;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/** The section's ViewModel without the toolkit: edits, live checks, coverage and saving. */
class RolesToolsViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private long acme;
    private RolesToolsViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspaces.open(new WorkspaceLocation.Folder(dir.resolve("ws")), PasswordSource.none());
        acme = workspace.engagements().createOrganization("Acme").id();
        viewModel = fresh();
        viewModel.load().join();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private RolesToolsViewModel fresh() {
        return new RolesToolsViewModel(
                workspace.engagements(),
                workspace.rolesAndTools(),
                workspace.assessments(),
                workspace.plans(),
                Runnable::run,
                Runnable::run);
    }

    @Test
    void aNewOrganizationStartsFromTheSmallTemplateWhichPasses() {
        assertThat(viewModel.raciProperty().get()).isEqualTo(OrganizationSize.SMALL.template());
        assertThat(viewModel.findings()).isEmpty();
        assertThat(viewModel.dirtyProperty().get()).isFalse();
    }

    @Test
    void clearingTheAccountableShowsTheErrorLive() {
        int activity = 0;
        int accountable = accountableRole(activity);

        viewModel.toggle(activity, accountable, Responsibility.ACCOUNTABLE);

        assertThat(viewModel.findings()).extracting(RaciFinding::code).contains("missing-accountable");
        viewModel.toggle(activity, accountable, Responsibility.ACCOUNTABLE);
        assertThat(viewModel.findings()).isEmpty();
    }

    @Test
    void aClickCyclesThroughTheLettersAndBackToEmpty() {
        viewModel.clear(1, 0);

        viewModel.cycle(1, 0);
        assertThat(viewModel.cell(1, 0)).containsExactly(Responsibility.RESPONSIBLE);
        viewModel.cycle(1, 0);
        viewModel.cycle(1, 0);
        viewModel.cycle(1, 0);
        assertThat(viewModel.cell(1, 0)).containsExactly(Responsibility.INFORMED);
        viewModel.cycle(1, 0);
        assertThat(viewModel.cell(1, 0)).isEmpty();
    }

    @Test
    void peopleAreAssignedToRolesAndKeptOnceByName() {
        viewModel.assign("Ana Silva", 0);
        viewModel.assign("ana silva", 1);

        assertThat(viewModel.raciProperty().get().people()).hasSize(1);
        assertThat(viewModel.peopleIn(0)).isEqualTo("Ana Silva");
        assertThat(viewModel.peopleIn(1)).isEqualTo("Ana Silva");
    }

    @Test
    void anInventoryWithoutARegistryShowsTheRegistryMissingWithSuggestions() {
        viewModel.addTool(ToolCatalog.bundled().find("docker").orElseThrow());

        assertThat(status(Component.C6)).isEqualTo(CoverageStatus.MISSING);
        assertThat(viewModel.suggestions())
                .anySatisfy(suggestion -> assertThat(suggestion.component()).isEqualTo(Component.C6));
        viewModel.addTool(ToolCatalog.bundled().find("mlflow").orElseThrow());
        assertThat(status(Component.C6)).isNotEqualTo(CoverageStatus.MISSING);
    }

    @Test
    void savedEditsAreThereWhenTheOrganizationIsOpenedAgain() {
        viewModel.clear(0, accountableRole(0));
        viewModel.addTool(ToolCatalog.bundled().find("mlflow").orElseThrow());
        viewModel.openSourceOnlyProperty().set(true);
        viewModel.rate(ChallengeCatalog.bundled().challenges().get(0), 4, 5);
        viewModel.save().join();

        RolesToolsViewModel reopened = fresh();
        reopened.load().join();

        assertThat(reopened.raciProperty().get())
                .isEqualTo(viewModel.raciProperty().get());
        assertThat(reopened.inventory()).hasSize(1);
        assertThat(reopened.openSourceOnlyProperty().get()).isTrue();
        assertThat(reopened.challenges())
                .singleElement()
                .satisfies(entry -> assertThat(entry.score()).isEqualTo(20));
        assertThat(viewModel.dirtyProperty().get()).isFalse();
        reopened.rate(ChallengeCatalog.bundled().challenges().get(1), 1, 1);
        reopened.save().join();
        viewModel.rate(ChallengeCatalog.bundled().challenges().get(2), 1, 1);
        viewModel.save().join();
        assertThat(viewModel.statusProperty().get()).contains("changed by someone else");
        assertThat(viewModel.dirtyProperty().get()).isTrue();
    }

    @Test
    void withoutAnAssessmentAddingToThePlanIsRefusedSayingWhy() {
        viewModel.rate(ChallengeCatalog.bundled().challenges().get(0), 4, 5);

        viewModel.planChallenge(viewModel.challenges().get(0)).join();

        assertThat(viewModel.canPlanProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Acme has no assessment yet: create one in Assessments to add plan items from here.");
        assertThat(viewModel.planTargetProperty().get())
                .isEqualTo(viewModel.statusProperty().get());
    }

    @Test
    void aChallengeAndAMissingComponentGoToTheLatestAssessmentsPlanOnce() {
        long team = workspace.engagements().createTeam(acme, "Data platform").id();
        long older = assessment(team, "Baseline", LocalDate.of(2026, 1, 10));
        long latest = assessment(team, "Spring review", LocalDate.of(2026, 4, 2));
        viewModel = fresh();
        viewModel.load().join();
        viewModel.rate(ChallengeCatalog.bundled().find("serving-latency").orElseThrow(), 4, 5);
        viewModel.addTool(ToolCatalog.bundled().find("docker").orElseThrow());

        assertThat(viewModel.canPlanProperty().get()).isTrue();
        assertThat(viewModel.planTargetProperty().get())
                .isEqualTo(
                        "Plan items go to \u201cSpring review\u201d (Data platform, 2026-04-02), the latest assessment.");
        viewModel.planChallenge(viewModel.challenges().get(0)).join();
        assertThat(viewModel.statusProperty().get())
                .startsWith("Added \u201cHandle the challenge: ")
                .endsWith(" to the plan of \u201cSpring review\u201d (Data platform, 2026-04-02).");
        viewModel.planChallenge(viewModel.challenges().get(0)).join();
        assertThat(viewModel.statusProperty().get())
                .contains("is already in the plan")
                .endsWith("nothing was added.");
        viewModel.planComponent(Component.C6).join();
        viewModel.planComponent(Component.C6).join();

        assertThat(workspace.plans().plan(latest).items())
                .extracting(PlanItem::id)
                .containsExactly("ch:serving-latency", "co:C6");
        assertThat(workspace.plans().plan(latest).items().get(0).questionIds()).isEmpty(); // google-mlops
        assertThat(workspace.plans().plan(older).items()).isEmpty();
    }

    @Test
    void aCoveredComponentHasNothingToPlan() {
        long team = workspace.engagements().createTeam(acme, "Data platform").id();
        long only = assessment(team, "Baseline", LocalDate.of(2026, 1, 10));
        viewModel.addTool(ToolCatalog.bundled().find("mlflow").orElseThrow());
        Component covered = viewModel.coverage().stream()
                .filter(row -> row.status() == CoverageStatus.COVERED)
                .findFirst()
                .orElseThrow()
                .component();

        viewModel.planComponent(covered).join();

        assertThat(viewModel.statusProperty().get())
                .isEqualTo(covered.label() + " is covered: there is no gap to plan.");
        assertThat(workspace.plans().plan(only).items()).isEmpty();
    }

    private long assessment(long team, String title, LocalDate date) {
        return workspace
                .assessments()
                .create(new NewAssessment(team, title, "google-mlops", Optional.empty(), date, "Ana", List.of()))
                .id();
    }

    private CoverageStatus status(Component component) {
        return viewModel.coverage().stream()
                .filter(row -> row.component() == component)
                .map(ComponentCoverage::status)
                .findFirst()
                .orElseThrow();
    }

    private int accountableRole(int activity) {
        var raci = viewModel.raciProperty().get();
        for (int role = 0; role < raci.roles().size(); role++) {
            if (viewModel.cell(activity, role).contains(Responsibility.ACCOUNTABLE)) {
                return role;
            }
        }
        throw new AssertionError("the template has an Accountable on every activity");
    }
}
