package org.mlopsconsole.assessment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mlopsconsole.assessment.TestModels.dimension;
import static org.mlopsconsole.assessment.TestModels.question;
import static org.mlopsconsole.assessment.TestModels.responses;
import static org.mlopsconsole.assessment.TestModels.staged;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.plan.PlanDrafts.Grouping;

class ImprovementPlanTest {

    /** Dimension "d": a, a2 at level 2, b at 3, c at 4; dimension "e": e2 at level 2. */
    private static final MaturityModel MODEL = staged(
            dimension("d", 1, question("a", 2), question("a2", 2), question("b", 3), question("c", 4)),
            dimension("e", 1, question("e2", 2)));

    private static AssessmentAnalysis analysis(String a, String a2, String b, String c) {
        return AssessmentAnalysis.of(
                MODEL, responses(Map.of("a", a, "a2", a2, "b", b, "c", c, "e2", "FI"), Map.of(), Map.of("d", 4)));
    }

    @ParameterizedTest(name = "a {0}, a2 {1}, b {2}, c {3}: {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                // ratings; drafts as id:phase:quick win, in plan order
                "PI;NI;NI;NI;q:a:0-3:true,q:a2:3-6:false,q:b:6-12:false,q:c:6-12:false",
                "LI;PI;NI;NI;q:a2:0-3:true,q:b:6-12:false,q:c:6-12:false", // LI passes: a is done
                "FI;FI;NI;PI;q:b:3-6:false,q:c:6-12:false", // quick wins are next-level only
                "FI;FI;FI;FI;" // nothing left
            })
    void draftsPerQuestionTakeTheirPhaseFromTheHorizonAndTheQuickWinRule(
            String a, String a2, String b, String c, String expected) {
        List<String> drafts = PlanDrafts.fromRoadmap(analysis(a, a2, b, c), Grouping.PER_QUESTION).stream()
                .map(item -> item.id() + ":" + item.phase().code() + ":" + item.quickWin())
                .toList();

        assertThat(drafts).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(",")));
    }

    @Test
    void aDraftIsOpenUnassignedMediumEffortAndTitledByItsQuestion() {
        PlanItem draft = PlanDrafts.fromRoadmap(analysis("PI", "NI", "NI", "NI"), Grouping.PER_QUESTION)
                .get(0);

        assertThat(draft.title()).isEqualTo("Statement a");
        assertThat(draft.questionIds()).containsExactly("a");
        assertThat(draft.owner()).isEqualTo(new Owner.Unassigned());
        assertThat(draft.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(draft.due()).isEmpty();
        assertThat(draft.effort()).isEqualTo(Effort.M);
        assertThat(draft.notes()).contains("next level", "Dimension d", "rated PI");
    }

    @Test
    void draftsPerDimensionGroupEachPhasesQuestions() {
        List<PlanItem> drafts = PlanDrafts.fromRoadmap(analysis("PI", "NI", "NI", "NI"), Grouping.PER_DIMENSION);

        assertThat(drafts)
                .extracting(item -> item.id() + "=" + item.questionIds() + ":" + item.effort() + ":" + item.quickWin())
                .containsExactly("d:d:0-3=[a]:M:true", "d:d:3-6=[a2]:M:false", "d:d:6-12=[b, c]:M:false");
        assertThat(drafts)
                .extracting(PlanItem::title)
                .containsExactly(
                        "Dimension d: quick wins toward level 2 (Repeatable)",
                        "Dimension d: reach level 2 (Repeatable)",
                        "Dimension d: on toward the target, level 4 (Managed)");
    }

    @Test
    void draftingAgainAddsOnlyItemsThePlanDoesNotHave() {
        ImprovementPlan plan = ImprovementPlan.empty()
                .mergeDrafts(PlanDrafts.fromRoadmap(analysis("NI", "NI", "NI", "NI"), Grouping.PER_QUESTION));
        PlanItem edited = plan.item("q:a")
                .orElseThrow()
                .withOwner(new Owner.Role("ML lead"))
                .withStatus(PlanStatus.DONE);
        plan = plan.with(edited);

        ImprovementPlan redrafted =
                plan.mergeDrafts(PlanDrafts.fromRoadmap(analysis("PI", "PI", "NI", "NI"), Grouping.PER_QUESTION));

        assertThat(redrafted.items()).extracting(PlanItem::id).containsExactly("q:a", "q:a2", "q:b", "q:c");
        assertThat(redrafted.item("q:a")).contains(edited);
    }

    @Test
    void aFollowUpCarriesTheItemsNotDoneKeepingTheirStatus() {
        PlanItem open = item("1", Phase.MONTHS_0_3);
        PlanItem started = item("2", Phase.MONTHS_3_6).withStatus(PlanStatus.IN_PROGRESS);
        PlanItem done = item("3", Phase.MONTHS_0_3).withStatus(PlanStatus.DONE);

        ImprovementPlan carried = new ImprovementPlan(List.of(open, started, done)).carryForward();

        assertThat(carried.items()).containsExactly(open, started);
    }

    @Test
    void byPhaseListsEveryPhaseInTimeOrder() {
        PlanItem late = item("late", Phase.MONTHS_6_12);
        PlanItem soon = item("soon", Phase.MONTHS_0_3).withQuickWin(true);
        ImprovementPlan plan = new ImprovementPlan(List.of(late, soon));

        assertThat(plan.byPhase())
                .containsExactly(
                        Map.entry(Phase.MONTHS_0_3, List.of(soon)),
                        Map.entry(Phase.MONTHS_3_6, List.of()),
                        Map.entry(Phase.MONTHS_6_12, List.of(late)));
        assertThat(plan.quickWins()).containsExactly(soon);
    }

    @ParameterizedTest(name = "title of {0} characters")
    @CsvSource({"0, needs a title", "201, has 201 characters; at most 200 are allowed"})
    void aTitleIsRequiredAndShort(int length, String message) {
        assertThatThrownBy(() -> item("x", Phase.MONTHS_0_3).withTitle("t".repeat(length)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan item \"x\"")
                .hasMessageContaining(message);
    }

    @Test
    void aPlanListsEachItemOnce() {
        assertThatThrownBy(() -> new ImprovementPlan(List.of(item("x", Phase.MONTHS_0_3), item("x", Phase.MONTHS_3_6))))
                .hasMessage("the plan lists item \"x\" twice");
    }

    @Test
    void aDueDateAndOwnersAreKeptAsGiven() {
        PlanItem item = item("x", Phase.MONTHS_0_3)
                .withDue(Optional.of(LocalDate.of(2027, 3, 31)))
                .withOwner(new Owner.Person(" Ana Silva "));

        assertThat(item.due()).contains(LocalDate.of(2027, 3, 31));
        assertThat(item.owner().shown()).isEqualTo("Ana Silva");
        assertThat(new Owner.Unassigned().shown()).isEqualTo("Unassigned");
        assertThatThrownBy(() -> new Owner.Role(" ")).hasMessageContaining("needs a name");
    }

    @ParameterizedTest
    @CsvSource({"open,OPEN,Open", "in-progress,IN_PROGRESS,In progress", "done,DONE,Done"})
    void statusesReadBackFromTheirCodes(String code, PlanStatus status, String label) {
        assertThat(PlanStatus.fromCode(code)).isEqualTo(status);
        assertThat(status.code()).isEqualTo(code);
        assertThat(status.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"0-3,MONTHS_0_3,0\u20133 months", "3-6,MONTHS_3_6,3\u20136 months", "6-12,MONTHS_6_12,6\u201312 months"
    })
    void phasesReadBackFromTheirCodes(String code, Phase phase, String label) {
        assertThat(Phase.fromCode(code)).isEqualTo(phase);
        assertThat(phase.label()).isEqualTo(label);
    }

    @Test
    void anUnknownCodeNamesTheCodesThatExist() {
        assertThatThrownBy(() -> Effort.fromCode("XL")).hasMessage("unknown effort \"XL\"; expected S, M or L");
        assertThatThrownBy(() -> Phase.fromCode("12-24")).hasMessageContaining("expected 0-3, 3-6 or 6-12");
    }

    private static PlanItem item(String id, Phase phase) {
        return PlanItem.open(id, "Item " + id, List.of(), Effort.S, phase);
    }
}
