package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.PlanDrafts;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;

/** The Plan tab's state, without the toolkit: drafts, edits in place, owners typed or chosen, bad dates. */
class PlanViewModelTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private PlanViewModel plan;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        plan = new PlanViewModel(
                fixture.assessment.id(), AssessmentUseCases.of(fixture.workspace), Runnable::run, Runnable::run);
        plan.load().join();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void draftingTwiceAddsTheRoadmapOnceAndEditsAreSaved() {
        fixture.assessments.rate(
                fixture.participants.get(0).id(),
                fixture.questions().get(0).id(),
                Optional.empty(),
                Optional.of(Rating.NI));

        plan.draftFromRoadmap(PlanDrafts.Grouping.PER_QUESTION).join();
        int drafted = plan.rows().size();
        plan.setStatus(plan.rows().get(0), PlanStatus.IN_PROGRESS).join();
        plan.draftFromRoadmap(PlanDrafts.Grouping.PER_QUESTION).join();

        assertThat(drafted).isPositive();
        assertThat(plan.rows()).hasSize(drafted);
        assertThat(plan.messageProperty().get()).isEqualTo("The plan already holds every roadmap item.");
        assertThat(fixture.workspace
                        .plans()
                        .plan(fixture.assessment.id())
                        .items()
                        .get(0)
                        .status())
                .isEqualTo(PlanStatus.IN_PROGRESS);
    }

    @Test
    void anOwnerIsAParticipantByNameOtherwiseARole() {
        plan.add("Write the runbook").join();
        plan.setOwner(plan.rows().get(0), "Chen").join();
        assertThat(saved().owner()).isEqualTo(new Owner.Person("Chen"));
        plan.setOwner(plan.rows().get(0), "Platform lead").join();
        assertThat(saved().owner()).isEqualTo(new Owner.Role("Platform lead"));
        plan.setOwner(plan.rows().get(0), " ").join();
        assertThat(saved().owner()).isEqualTo(Owner.unassigned());
        assertThat(plan.ownerChoices()).startsWith("Bruno", "Chen", "Dara").contains("data scientist");
    }

    @Test
    void aDueDateThatIsNotOneIsRefusedWithTheFormat() {
        plan.add("Write the runbook").join();
        plan.setDue(plan.rows().get(0), "next week").join();

        assertThat(plan.messageProperty().get()).contains("type it as YYYY-MM-DD");
        assertThat(saved().due()).isEmpty();
        plan.setDue(plan.rows().get(0), "2027-03-31").join();
        assertThat(saved().due()).contains(java.time.LocalDate.of(2027, 3, 31));
        assertThat(plan.summaryProperty().get()).isEqualTo("1 item · 0 done · 0 quick wins");
    }

    @Test
    void anEditOnAStaleVersionIsNotSavedAndThePlanIsReadAgain() {
        plan.add("Write the runbook").join();
        PlanViewModel.PlanRow stale = plan.rows().get(0);
        fixture.workspace
                .plans()
                .saveItem(
                        fixture.assessment.id(),
                        stale.item().withTitle("Theirs"),
                        stale.stored().version());

        plan.setTitle(stale, "Mine").join();

        assertThat(plan.messageProperty().get()).startsWith("Not saved: ").contains("someone else");
        assertThat(plan.rows()).extracting(row -> row.item().title()).containsExactly("Theirs");
    }

    private PlanItem saved() {
        return fixture.workspace.plans().plan(fixture.assessment.id()).items().get(0);
    }
}
