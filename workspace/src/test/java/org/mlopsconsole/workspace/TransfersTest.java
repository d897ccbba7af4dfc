package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Person;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolConstraints;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

/** Copies between workspaces of either kind keep teams, assessments, values, notes and history (who, when). */
@ExtendWith(PostgresExtension.class)
class TransfersTest {

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"H2, POSTGRES", "POSTGRES, H2", "H2, H2", "POSTGRES, POSTGRES"})
    void anOrganizationCopiedArrivesWithItsHistory(Backend from, Backend to) {
        Workspace source = workspaces.create(from, dir.resolve("from"));
        Workspace target = workspaces.create(to, dir.resolve("to"));
        long org = source.engagements().createOrganization("Acme Bank").id();
        long team = source.engagements().createTeam(org, "Fraud models").id();
        Assessment assessment = source.assessments()
                .create(new NewAssessment(
                        team,
                        "Baseline",
                        "google-mlops",
                        Optional.empty(),
                        LocalDate.of(2026, 11, 23),
                        "Ana",
                        List.of(
                                new NewAssessment.NewParticipant("Дмитрий Иванов", ""),
                                new NewAssessment.NewParticipant("Bruno", ""))));
        List<Participant> people = source.assessments().participants(assessment.id());
        source.assessments().rate(people.get(0).id(), "goo-pipeline-l1-1", Optional.empty(), Optional.of(Rating.LI));
        source.assessments()
                .rate(people.get(0).id(), "goo-pipeline-l1-1", Optional.of(Rating.LI), Optional.of(Rating.FI));
        source.assessments().setEvidence(assessment.id(), "goo-pipeline-l1-1", "", "Airflow DAG shown");
        source.assessments()
                .edit(
                        source.assessments().assessment(assessment.id()),
                        new ParticipantChanges(List.of(), List.of(people.get(1)), List.of()));
        source.engagements().createTeam(org, "Archived unit");

        long copied = Transfers.copyOrganization(source, org, target);

        EngagementArchive.ArchivedOrganization original =
                ((EngagementArchive.OfOrganization) source.transfers().exportOrganization(org)).organization();
        EngagementArchive.ArchivedOrganization arrived =
                ((EngagementArchive.OfOrganization) target.transfers().exportOrganization(copied)).organization();
        assertThat(arrived).isEqualTo(original);
        long copiedAssessment = target.assessments().all().get(0).assessment().id();
        assertThat(target.assessments().history(copiedAssessment))
                .extracting(Change::changedBy, Change::changedAt, Change::newValue)
                .containsExactlyElementsOf(source.assessments().history(assessment.id()).stream()
                        .map(c -> tuple(c.changedBy(), c.changedAt(), c.newValue()))
                        .toList());
    }

    @ParameterizedTest
    @CsvSource({"H2", "POSTGRES"})
    void anAssessmentNeedsAnExistingTeam(Backend backend) {
        Workspace workspace = workspaces.create(backend, dir);
        EngagementArchive archive =
                new EngagementArchive.OfAssessment(EngagementFileTest.ACME.provenance(), EngagementFileTest.BASELINE);

        assertThatThrownBy(() -> workspace.transfers().importArchive(archive, OptionalLong.of(99)))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("There is no team with id 99");
        assertThatThrownBy(() -> workspace.transfers().importArchive(archive, OptionalLong.empty()))
                .hasMessageContaining("name the team");
        assertThat(workspace.engagements().organizations(true)).isEmpty();
    }

    @Test
    void theRaciToolInventoryAndChallengesTravelThroughAnEngagementFileOnH2() {
        Workspace source = workspaces.create(Backend.H2, dir.resolve("from"));
        Workspace target = workspaces.create(Backend.H2, dir.resolve("to"));
        long org = source.engagements().createOrganization("Acme Bank").id();
        Raci raci = OrganizationSize.MEDIUM
                .template()
                .withPeople(List.of(new Person("ana", "Ana", List.of("ml-engineer"))));
        ToolInventory inventory = new ToolInventory(
                "Acme Bank",
                List.of(InventoryTool.of(ToolCatalog.bundled().find("mlflow").orElseThrow())),
                new ToolConstraints(false, true, false));
        ChallengeRegister register = new ChallengeRegister(List.of(RegisteredChallenge.of(
                ChallengeCatalog.bundled().find("serving-latency").orElseThrow(), 4, 5)));
        source.rolesAndTools().saveRaci(org, raci, Versioned.NOTHING_STORED);
        source.rolesAndTools().saveInventory(org, inventory, Versioned.NOTHING_STORED);
        source.rolesAndTools().saveChallenges(org, register, Versioned.NOTHING_STORED);
        long empty = source.engagements().createOrganization("Nothing yet").id();
        Path file = dir.resolve("acme.mlops");

        Transfers.writeFile(source.transfers().exportOrganization(org), file);
        long imported = target.transfers().importArchive(Transfers.readFile(file), OptionalLong.empty());
        Transfers.writeFile(source.transfers().exportOrganization(empty), file);
        long importedEmpty = target.transfers().importArchive(Transfers.readFile(file), OptionalLong.empty());

        assertThat(target.rolesAndTools().raci(imported)).map(Versioned::value).contains(raci);
        assertThat(target.rolesAndTools().inventory(imported))
                .map(Versioned::value)
                .contains(inventory);
        assertThat(target.rolesAndTools().challenges(imported).value()).isEqualTo(register);
        assertThat(target.rolesAndTools().raci(importedEmpty)).isEmpty();
        assertThat(target.rolesAndTools().inventory(importedEmpty)).isEmpty();
        assertThat(target.rolesAndTools().challenges(importedEmpty).version()).isEqualTo(Versioned.NOTHING_STORED);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"H2, POSTGRES", "POSTGRES, H2"})
    void evidencePlanRisksAndFollowUpsTravelWithTheOrganization(Backend from, Backend to) {
        Workspace source = workspaces.create(from, dir.resolve("from"));
        Workspace target = workspaces.create(to, dir.resolve("to"));
        long org = source.engagements().createOrganization("Acme Bank").id();
        long team = source.engagements().createTeam(org, "Fraud models").id();
        Assessment baseline = source.assessments()
                .create(new NewAssessment(
                        team,
                        "Baseline",
                        "google-mlops",
                        Optional.empty(),
                        LocalDate.of(2026, 11, 23),
                        "Ana",
                        List.of(new NewAssessment.NewParticipant("Bruno", ""))));
        String question = "goo-pipeline-l1-1";
        source.evidence().addLink(baseline.id(), question, "DAG", "https://airflow.example.com/dag");
        source.evidence().attach(baseline.id(), question, "shot.png", new byte[] {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1
        });
        source.plans().setRiskOverride(baseline.id(), new RiskOverride(question, Risk.NONE, "Retired model"));
        source.plans().addItem(baseline.id(), "Write the runbook", Phase.MONTHS_0_3);
        source.plans().startFollowUp(baseline.id(), "Baseline follow-up", LocalDate.of(2027, 5, 1));

        long copied = Transfers.copyOrganization(source, org, target);

        EngagementArchive.ArchivedOrganization original =
                ((EngagementArchive.OfOrganization) source.transfers().exportOrganization(org)).organization();
        EngagementArchive.ArchivedOrganization arrived =
                ((EngagementArchive.OfOrganization) target.transfers().exportOrganization(copied)).organization();
        assertThat(arrived).isEqualTo(original);
        List<ArchivedAssessmentView> assessments = target.assessments().all().stream()
                .map(entry -> new ArchivedAssessmentView(
                        entry.assessment().title(), entry.assessment().id()))
                .toList();
        long followUp = assessments.get(1).id();
        assertThat(target.plans().previous(followUp)).map(Assessment::title).contains("Baseline");
        assertThat(target.plans().plan(followUp).items())
                .extracting(PlanItem::title)
                .containsExactly("Write the runbook");
        long copiedBaseline = assessments.get(0).id();
        var attachment = target.evidence().attachments(copiedBaseline).get(0);
        assertThat(attachment.info().mediaType()).isEqualTo("image/png");
        assertThat(target.evidence().attachmentContent(copiedBaseline, attachment.id()))
                .hasSize(9);
    }

    private record ArchivedAssessmentView(String title, long id) {}
}
