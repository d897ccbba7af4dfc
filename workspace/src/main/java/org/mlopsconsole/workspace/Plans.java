package org.mlopsconsole.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.analysis.RiskRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.plan.Effort;
import org.mlopsconsole.assessment.plan.GapItems;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanDrafts;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.tools.ToolSuggestion;

/**
 * What an assessment's results lead to: risk overrides, the improvement plan and follow-up
 * assessments. Each use case is one transaction; a plan item's edit names the version it read and
 * fails with a {@link ConflictException} when someone else saved the item meanwhile.
 */
public final class Plans {

    private final Transactions transactions;
    private final Assessments assessments;
    private final String signedInAs;
    private final Clock clock;

    /** @param signedInAs who risk overrides are recorded as set by */
    public Plans(Transactions transactions, Assessments assessments, String signedInAs, Clock clock) {
        this.transactions = transactions;
        this.assessments = assessments;
        this.signedInAs = signedInAs;
        this.clock = clock;
    }

    // --- the plan -------------------------------------------------------------------------------

    public ImprovementPlan plan(long assessmentId) {
        return new ImprovementPlan(
                items(assessmentId).stream().map(StoredPlanItem::item).toList());
    }

    /** In plan order, with the versions an edit names. */
    public List<StoredPlanItem> items(long assessmentId) {
        return transactions.inTransaction("read the plan", r -> {
            Assessments.current(r, assessmentId);
            return r.plans().items(assessmentId);
        });
    }

    /**
     * Saves {@code item}: a new one ({@code seenVersion} 0) goes to the end of the plan, a saved one
     * keeps its place.
     *
     * @return the item as saved, with its new version
     * @throws ConflictException when the item was saved or deleted by someone else since {@code
     *     seenVersion}, or a new item's id is taken
     */
    public StoredPlanItem saveItem(long assessmentId, PlanItem item, long seenVersion) {
        return transactions.inTransaction("save plan item " + item.title(), r -> {
            Assessments.current(r, assessmentId);
            return r.plans().save(assessmentId, item, seenVersion).orElseThrow(() -> {
                Optional<StoredPlanItem> theirs = r.plans().items(assessmentId).stream()
                        .filter(saved -> saved.item().id().equals(item.id()))
                        .findFirst();
                return new ConflictException(new Conflict.OfPlanItem(theirs, item));
            });
        });
    }

    /** Appends an open, unassigned item typed by hand ({@code a:1}, {@code a:2}, ...). */
    public StoredPlanItem addItem(long assessmentId, String title, Phase phase) {
        String checked = Names.require("Title", title);
        return transactions.inTransaction("add plan item " + checked, r -> {
            Assessments.current(r, assessmentId);
            List<String> ids = r.plans().items(assessmentId).stream()
                    .map(saved -> saved.item().id())
                    .toList();
            int next = 1;
            while (ids.contains("a:" + next)) {
                next++;
            }
            return saveItem(assessmentId, PlanItem.open("a:" + next, checked, List.of(), Effort.M, phase), 0);
        });
    }

    /** An item {@link #addFromChallenge} or {@link #addFromComponentGap} found: new, or already in the plan. */
    public record Added(StoredPlanItem item, boolean isNew) {}

    /**
     * Appends the plan item for a registered challenge ({@link GapItems#fromChallenge}); when the
     * plan holds it already (edited or done) it stays as it is, so adding twice adds nothing.
     */
    public Added addFromChallenge(long assessmentId, RegisteredChallenge challenge) {
        return addOnce(
                assessmentId,
                "add the challenge " + challenge.name() + " to the plan",
                analysis -> GapItems.fromChallenge(challenge, analysis));
    }

    /** Appends the plan item for a missing or partial component ({@link GapItems#fromComponentGap}), once. */
    public Added addFromComponentGap(long assessmentId, ToolSuggestion gap) {
        return addOnce(
                assessmentId,
                "add " + gap.component().label() + " to the plan",
                analysis -> GapItems.fromComponentGap(gap, analysis));
    }

    private Added addOnce(long assessmentId, String what, Function<AssessmentAnalysis, PlanItem> draft) {
        return transactions.inTransaction(what, r -> {
            PlanItem item = draft.apply(analysis(r, assessmentId));
            Optional<StoredPlanItem> present = r.plans().items(assessmentId).stream()
                    .filter(saved -> saved.item().id().equals(item.id()))
                    .findFirst();
            return present.map(saved -> new Added(saved, false))
                    .orElseGet(() -> new Added(saveItem(assessmentId, item, 0), true));
        });
    }

    public void deleteItem(long assessmentId, String itemId) {
        transactions.inTransaction("delete the plan item", r -> {
            Assessments.current(r, assessmentId);
            if (!r.plans().delete(assessmentId, itemId)) {
                throw new EngagementException("Assessment " + assessmentId + " has no plan item \"" + itemId + "\".");
            }
            return null;
        });
    }

    /**
     * Appends to the plan the roadmap's drafts it does not hold yet (docs/scoring.md, "Improvement
     * plan"); items already there, edited or done, stay as they are, so drafting twice adds nothing.
     *
     * @return the plan as saved
     */
    public ImprovementPlan draftFromRoadmap(long assessmentId, PlanDrafts.Grouping grouping) {
        return transactions.inTransaction("draft the plan from the roadmap", r -> {
            AssessmentAnalysis analysis = analysis(r, assessmentId);
            ImprovementPlan saved = plan(assessmentId);
            ImprovementPlan merged = saved.mergeDrafts(PlanDrafts.fromRoadmap(analysis, grouping));
            merged.items().stream()
                    .filter(item -> saved.item(item.id()).isEmpty())
                    .forEach(draft -> saveItem(assessmentId, draft, 0));
            return plan(assessmentId);
        });
    }

    // --- risks ----------------------------------------------------------------------------------

    /** Who set each override and when, by question id. */
    public List<StoredRiskOverride> storedRiskOverrides(long assessmentId) {
        return transactions.inTransaction("read risk overrides", r -> {
            Assessments.current(r, assessmentId);
            return r.plans().riskOverrides(assessmentId);
        });
    }

    /** The overrides by question id, as {@link AssessmentAnalysis#risks(Map)} takes them. */
    public Map<String, RiskOverride> riskOverrides(long assessmentId) {
        Map<String, RiskOverride> byQuestion = new LinkedHashMap<>();
        storedRiskOverrides(assessmentId)
                .forEach(stored -> byQuestion.put(stored.override().questionId(), stored.override()));
        return byQuestion;
    }

    /** Sets the question's risk in place of the computed one; the last one set is kept. */
    public void setRiskOverride(long assessmentId, RiskOverride override) {
        if (override.reason().length() > 2000) {
            throw new EngagementException(
                    "The reason is " + override.reason().length() + " characters long; at most 2000 are allowed.");
        }
        transactions.inTransaction("override the risk", r -> {
            MaturityModel model = AssessmentModels.of(Assessments.current(r, assessmentId));
            if (model.question(override.questionId()).isEmpty()) {
                throw new EngagementException("Model \"" + model.id() + "\" has no question \"" + override.questionId()
                        + "\"; nothing was saved.");
            }
            r.plans().setRiskOverride(assessmentId, new StoredRiskOverride(override, signedInAs, clock.instant()));
            return null;
        });
    }

    /** The question's risk is the computed one again. */
    public void clearRiskOverride(long assessmentId, String questionId) {
        transactions.inTransaction("clear the risk override", r -> {
            Assessments.current(r, assessmentId);
            r.plans().clearRiskOverride(assessmentId, questionId);
            return null;
        });
    }

    /** Every question's risk, the overrides applied. */
    public RiskRegister risks(long assessmentId) {
        return transactions.inTransaction(
                "read the risks", r -> analysis(r, assessmentId).risks(riskOverrides(assessmentId)));
    }

    // --- follow-ups -----------------------------------------------------------------------------

    /**
     * A new assessment of the same team following {@code previousId}: its model, facilitator,
     * participants (names and roles, no answers), targets and open plan items (their status kept),
     * linked to the previous one so comparisons default to it.
     */
    public Assessment startFollowUp(long previousId, String title, LocalDate date) {
        return transactions.inTransaction("start the follow-up", r -> {
            Assessment previous = Assessments.current(r, previousId);
            Assessment created = assessments.create(new NewAssessment(
                    previous.teamId(),
                    title,
                    previous.modelId(),
                    previous.customModel(),
                    date,
                    previous.facilitator(),
                    r.assessments().participants(previousId).stream()
                            .map(p -> new NewAssessment.NewParticipant(p.name(), p.role()))
                            .toList()));
            r.assessments()
                    .responses(previousId)
                    .targets()
                    .forEach((dimension, level) ->
                            assessments.setTarget(created.id(), dimension, OptionalInt.empty(), OptionalInt.of(level)));
            plan(previousId).carryForward().items().forEach(item -> saveItem(created.id(), item, 0));
            r.plans().linkPrevious(created.id(), previousId);
            return created;
        });
    }

    /** The assessment {@code assessmentId} follows, when it is a follow-up (and that one still exists). */
    public Optional<Assessment> previous(long assessmentId) {
        return transactions.inTransaction("read the previous assessment", r -> {
            Assessments.current(r, assessmentId);
            java.util.OptionalLong previous = r.plans().previous(assessmentId);
            return previous.isPresent() ? r.assessments().find(previous.getAsLong()) : Optional.<Assessment>empty();
        });
    }

    /** "Baseline follow-up": what the app and the CLI offer as a follow-up's title. */
    public static String followUpTitle(Assessment previous) {
        String title = previous.title() + " follow-up";
        return title.length() <= 200 ? title : title.substring(0, 200).strip();
    }

    private static AssessmentAnalysis analysis(Repositories r, long assessmentId) {
        MaturityModel model = AssessmentModels.of(Assessments.current(r, assessmentId));
        Responses saved = r.assessments().responses(assessmentId);
        return AssessmentAnalysis.of(model, ScorableResponses.of(model, saved).responses());
    }
}
