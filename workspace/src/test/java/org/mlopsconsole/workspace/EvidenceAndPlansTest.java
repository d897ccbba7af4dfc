package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.evidence.QuestionEvidence;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanDrafts;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;
import org.mlopsconsole.assessment.tools.Component;
import org.mlopsconsole.assessment.tools.CoverageStatus;
import org.mlopsconsole.assessment.tools.ToolSuggestion;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

@ExtendWith(PostgresExtension.class)
class EvidenceAndPlansTest {

    private static final String Q1 = "goo-pipeline-l1-1";
    private static final String Q2 = "goo-pipeline-l1-2";

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();
    private Workspace workspace;

    @AfterEach
    void close() {
        workspaces.close();
    }

    private Assessment baseline(Backend backend) {
        workspace = workspaces.create(backend, dir);
        Organization acme = workspace.engagements().createOrganization("Acme");
        Team team = workspace.engagements().createTeam(acme.id(), "Data platform");
        return workspace
                .assessments()
                .create(new NewAssessment(
                        team.id(),
                        "Baseline",
                        "google-mlops",
                        Optional.empty(),
                        LocalDate.of(2026, 11, 23),
                        "Ana",
                        List.of(
                                new NewAssessment.NewParticipant("Zoë", "engineer"),
                                new NewAssessment.NewParticipant("Ravi", "data-scientist"))));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theEvidenceBookHoldsSharedNotesLinksAndAttachmentsPerQuestion(Backend backend) {
        Assessment assessment = baseline(backend);
        Evidence evidence = workspace.evidence();
        workspace.assessments().setEvidence(assessment.id(), Q1, "", "CI logs shown");
        StoredLink link = evidence.addLink(assessment.id(), Q1, "CI job", "https://ci.example.com/job/7");
        evidence.addLink(assessment.id(), Q2, "", "mailto:ops@example.com");
        byte[] pdf = "%PDF-1.7 minimal".getBytes(StandardCharsets.US_ASCII);
        StoredAttachment attached = evidence.attach(assessment.id(), Q1, "reports/run log.txt.pdf", pdf);

        assertThat(attached.info().fileName()).isEqualTo("run log.txt.pdf");
        assertThat(attached.info().mediaType()).isEqualTo("application/pdf");
        assertThat(attached.info().sizeBytes()).isEqualTo(pdf.length);
        assertThat(attached.info().sha256())
                .isEqualTo(AttachmentContent.sha256(pdf))
                .hasSize(64);
        assertThat(evidence.attachmentContent(assessment.id(), attached.id())).isEqualTo(pdf);
        EvidenceBook book = evidence.book(assessment.id());
        assertThat(book.of(Q1).sharedNote()).isEqualTo("CI logs shown");
        assertThat(book.of(Q1).links()).containsExactly(EvidenceLink.of("CI job", "https://ci.example.com/job/7"));
        assertThat(book.of(Q1).attachments()).containsExactly(attached.info());
        assertThat(book.of(Q2).links()).extracting(EvidenceLink::shown).containsExactly("mailto:ops@example.com");

        evidence.removeLink(assessment.id(), link.id());
        evidence.removeAttachment(assessment.id(), attached.id());
        assertThat(evidence.book(assessment.id()).of(Q1))
                .isEqualTo(QuestionEvidence.empty(Q1).withSharedNote("CI logs shown"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badLinksOversizedFilesAndUnknownQuestionsAreRefusedWithAClearMessage(Backend backend) {
        Assessment assessment = baseline(backend);
        Evidence evidence = workspace.evidence();

        assertThatThrownBy(() -> evidence.addLink(assessment.id(), Q1, "", "file:///etc/passwd"))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("must start with http:, https: or mailto:");
        assertThatThrownBy(() -> evidence.addLink(assessment.id(), Q1, "", "https://exa mple.com"))
                .hasMessageContaining("is not a valid address");
        assertThatThrownBy(() -> evidence.addLink(assessment.id(), "no-such", "", "https://example.com"))
                .hasMessageContaining("has no question \"no-such\"");
        byte[] tooBig = new byte[(int) AttachmentInfo.MAX_SIZE_BYTES + 1];
        assertThatThrownBy(() -> evidence.attach(assessment.id(), Q1, "dump.bin", tooBig))
                .hasMessage("dump.bin is 20.0 MiB; evidence files may be at most 20.0 MiB."
                        + " Attach a smaller export or a link to it instead.");
        assertThat(evidence.book(assessment.id()).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void riskOverridesAreSetWithAReasonAndCleared(Backend backend) {
        Assessment assessment = baseline(backend);
        Participant zoe = workspace.assessments().participants(assessment.id()).get(0);
        workspace.assessments().rate(zoe.id(), Q1, Optional.empty(), Optional.of(Rating.NI));
        Plans plans = workspace.plans();
        assertThat(riskOf(assessment, Q1)).isEqualTo(Risk.HIGH);

        plans.setRiskOverride(assessment.id(), new RiskOverride(Q1, Risk.MEDIUM, "A manual run is fine for now"));
        assertThat(riskOf(assessment, Q1)).isEqualTo(Risk.MEDIUM);
        assertThat(plans.storedRiskOverrides(assessment.id())).singleElement().satisfies(stored -> {
            assertThat(stored.override().reason()).isEqualTo("A manual run is fine for now");
            assertThat(stored.setBy()).isEqualTo(workspace.signedInAs());
        });
        plans.setRiskOverride(assessment.id(), new RiskOverride(Q1, Risk.NONE, "Decommissioned"));
        assertThat(riskOf(assessment, Q1)).isEqualTo(Risk.NONE);

        plans.clearRiskOverride(assessment.id(), Q1);
        assertThat(riskOf(assessment, Q1)).isEqualTo(Risk.HIGH);
        assertThat(plans.riskOverrides(assessment.id())).isEmpty();
    }

    private Risk riskOf(Assessment assessment, String questionId) {
        return workspace.plans().risks(assessment.id()).all().stream()
                .filter(risk -> risk.id().equals(questionId))
                .findFirst()
                .orElseThrow()
                .risk();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void thePlanRoundTripsWithEveryFieldAndKeepsItsOrder(Backend backend) {
        Assessment assessment = baseline(backend);
        Plans plans = workspace.plans();
        PlanItem item = new PlanItem(
                "a:custom",
                "Schedule the training pipeline",
                List.of(Q1, Q2),
                new Owner.Person("Zoë"),
                PlanStatus.IN_PROGRESS,
                Optional.of(LocalDate.of(2027, 2, 1)),
                org.mlopsconsole.assessment.plan.Effort.L,
                Phase.MONTHS_3_6,
                true,
                "Start with the churn model");
        StoredPlanItem saved = plans.saveItem(assessment.id(), item, 0);
        StoredPlanItem added = plans.addItem(assessment.id(), "Write the runbook", Phase.MONTHS_0_3);
        StoredPlanItem roleOwned = plans.saveItem(
                assessment.id(), added.item().withOwner(new Owner.Role("Platform lead")), added.version());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(roleOwned.version()).isEqualTo(2);
        assertThat(plans.plan(assessment.id()).items())
                .containsExactly(item, added.item().withOwner(new Owner.Role("Platform lead")));
        assertThat(added.item().id()).isEqualTo("a:1");

        plans.deleteItem(assessment.id(), "a:custom");
        assertThat(plans.plan(assessment.id()).items()).extracting(PlanItem::id).containsExactly("a:1");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditBasedOnAStaleVersionIsAConflictAndSavesNothing(Backend backend) {
        Assessment assessment = baseline(backend);
        Plans plans = workspace.plans();
        StoredPlanItem added = plans.addItem(assessment.id(), "Write the runbook", Phase.MONTHS_0_3);
        plans.saveItem(assessment.id(), added.item().withTitle("Theirs"), added.version());

        assertThatThrownBy(() -> plans.saveItem(assessment.id(), added.item().withTitle("Mine"), added.version()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.conflict())
                                .isInstanceOf(Conflict.OfPlanItem.class)
                                .extracting(Conflict::describe)
                                .asString()
                                .contains("was changed by someone else"));
        assertThat(plans.plan(assessment.id()).items())
                .extracting(PlanItem::title)
                .containsExactly("Theirs");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void draftingFromTheRoadmapTwiceAddsEachDraftOnceAndKeepsEdits(Backend backend) {
        Assessment assessment = baseline(backend);
        Participant zoe = workspace.assessments().participants(assessment.id()).get(0);
        workspace.assessments().rate(zoe.id(), Q1, Optional.empty(), Optional.of(Rating.NI));
        workspace.assessments().rate(zoe.id(), Q2, Optional.empty(), Optional.of(Rating.PI));
        Plans plans = workspace.plans();

        List<PlanItem> drafted = plans.draftFromRoadmap(assessment.id(), PlanDrafts.Grouping.PER_QUESTION)
                .items();
        assertThat(drafted).extracting(PlanItem::id).contains("q:" + Q1, "q:" + Q2);
        StoredPlanItem first = plans.items(assessment.id()).get(0);
        plans.saveItem(assessment.id(), first.item().withStatus(PlanStatus.DONE), first.version());

        List<PlanItem> again = plans.draftFromRoadmap(assessment.id(), PlanDrafts.Grouping.PER_QUESTION)
                .items();
        assertThat(again).hasSameSizeAs(drafted);
        assertThat(again.get(0).status()).isEqualTo(PlanStatus.DONE);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChallengeAndAComponentGapBecomePlanItemsOnceEach(Backend backend) {
        Assessment assessment = baseline(backend);
        Plans plans = workspace.plans();
        RegisteredChallenge challenge = RegisteredChallenge.of(
                ChallengeCatalog.bundled().find("serving-latency").orElseThrow(), 4, 4);
        ToolSuggestion registry = new ToolSuggestion(Component.C6, CoverageStatus.MISSING, List.of());

        Plans.Added first = plans.addFromChallenge(assessment.id(), challenge);
        plans.saveItem(
                assessment.id(),
                first.item().item().withStatus(PlanStatus.DONE),
                first.item().version());
        Plans.Added again = plans.addFromChallenge(assessment.id(), challenge);
        Plans.Added gap = plans.addFromComponentGap(assessment.id(), registry);
        Plans.Added gapAgain = plans.addFromComponentGap(assessment.id(), registry);

        assertThat(first.isNew()).isTrue();
        assertThat(again.isNew()).isFalse();
        assertThat(again.item().item().status()).isEqualTo(PlanStatus.DONE);
        assertThat(gap.isNew()).isTrue();
        assertThat(gapAgain.isNew()).isFalse();
        assertThat(plans.plan(assessment.id()).items())
                .extracting(PlanItem::id, PlanItem::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "ch:serving-latency", "Handle the challenge: " + challenge.name()),
                        org.assertj.core.groups.Tuple.tuple("co:C6", "Bring in C6 Model registry"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theLatestAssessmentOfAnOrganizationSpansItsTeamsAndSkipsArchivedOnes(Backend backend) {
        Assessment baseline = baseline(backend);
        long organization =
                workspace.assessments().entry(baseline.id()).organization().id();
        Team other = workspace.engagements().createTeam(organization, "Serving");
        Assessment later = workspace
                .assessments()
                .create(new NewAssessment(
                        other.id(),
                        "Spring",
                        "google-mlops",
                        Optional.empty(),
                        LocalDate.of(2027, 3, 1),
                        "Ana",
                        List.of()));
        Organization empty = workspace.engagements().createOrganization("Empty");

        assertThat(workspace.assessments().latestInOrganization(organization))
                .map(entry -> entry.assessment().id())
                .contains(later.id());
        workspace.assessments().archive(later.id(), true);
        assertThat(workspace.assessments().latestInOrganization(organization))
                .map(entry -> entry.assessment().id())
                .contains(baseline.id());
        assertThat(workspace.assessments().latestInOrganization(empty.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFollowUpCopiesModelPeopleTargetsAndOpenPlanItemsAndLinksThePreviousOne(Backend backend) {
        Assessment previous = baseline(backend);
        workspace.assessments().setTarget(previous.id(), "pipeline", OptionalInt.empty(), OptionalInt.of(2));
        Plans plans = workspace.plans();
        StoredPlanItem open = plans.addItem(previous.id(), "Write the runbook", Phase.MONTHS_0_3);
        StoredPlanItem started = plans.addItem(previous.id(), "Version the data", Phase.MONTHS_3_6);
        started = plans.saveItem(
                previous.id(),
                started.item().withStatus(PlanStatus.IN_PROGRESS).withOwner(new Owner.Person("Ravi")),
                started.version());
        StoredPlanItem done = plans.addItem(previous.id(), "Pick a registry", Phase.MONTHS_0_3);
        plans.saveItem(previous.id(), done.item().withStatus(PlanStatus.DONE), done.version());

        Assessment followUp =
                plans.startFollowUp(previous.id(), Plans.followUpTitle(previous), LocalDate.of(2027, 5, 1));

        assertThat(followUp.title()).isEqualTo("Baseline follow-up");
        assertThat(followUp.teamId()).isEqualTo(previous.teamId());
        assertThat(followUp.modelId()).isEqualTo("google-mlops");
        assertThat(followUp.facilitator()).isEqualTo("Ana");
        assertThat(followUp.date()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(workspace.assessments().participants(followUp.id()))
                .extracting(Participant::name, Participant::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Zoë", "engineer"),
                        org.assertj.core.groups.Tuple.tuple("Ravi", "data-scientist"));
        assertThat(workspace.assessments().responses(followUp.id()).targets()).containsEntry("pipeline", 2);
        assertThat(plans.plan(followUp.id()).items()).containsExactly(open.item(), started.item());
        assertThat(plans.previous(followUp.id()))
                .contains(workspace.assessments().assessment(previous.id()));
        assertThat(plans.previous(previous.id())).isEmpty();
    }
}
