package org.mlopsconsole.app.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.plan.Effort;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanDrafts;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.Plans;
import org.mlopsconsole.workspace.StoredPlanItem;

/**
 * The Plan tab: the assessment's improvement plan as a table edited in place (title, owner,
 * status, due date, effort, phase, quick win), drafted from the roadmap, with items added and
 * deleted. Every edit is saved at once on the background executor; an edit someone else got in
 * first is not saved and says so, and the plan is read again.
 */
public final class PlanViewModel {

    /** One row: the item as saved, with the version its next edit names. */
    public record PlanRow(StoredPlanItem stored) {
        public PlanItem item() {
            return stored.item();
        }

        public String dueText() {
            return item().due().map(LocalDate::toString).orElse("");
        }

        public String ownerText() {
            return item().owner() instanceof Owner.Unassigned
                    ? ""
                    : item().owner().shown();
        }
    }

    private final long assessmentId;
    private final Plans plans;
    private final Assessments assessments;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> ownerChoices = FXCollections.observableArrayList();
    private final List<String> participantNames = new ArrayList<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public PlanViewModel(long assessmentId, AssessmentUseCases useCases, Executor background, Executor ui) {
        this.assessmentId = assessmentId;
        this.plans = useCases.plans();
        this.assessments = useCases.assessments();
        this.background = background;
        this.ui = ui;
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    /** The assessment's participants (owners by name), then their roles (owners by role). */
    public ObservableList<String> ownerChoices() {
        return ownerChoices;
    }

    /** "5 items · 2 done · 1 quick win". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last action did or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<PlanStatus> statuses() {
        return List.of(PlanStatus.values());
    }

    public List<Effort> efforts() {
        return List.of(Effort.values());
    }

    public List<Phase> phases() {
        return List.of(Phase.values());
    }

    private record Snapshot(List<StoredPlanItem> items, List<Participant> participants) {}

    /** Reads the plan and the participants in the background. */
    public CompletableFuture<Void> load() {
        return run(
                () -> new Snapshot(plans.items(assessmentId), assessments.participants(assessmentId)),
                snapshot -> {
                    participantNames.clear();
                    snapshot.participants().forEach(p -> participantNames.add(p.name()));
                    Set<String> choices = new LinkedHashSet<>(participantNames);
                    snapshot.participants().stream()
                            .map(Participant::role)
                            .filter(role -> !role.isBlank())
                            .forEach(choices::add);
                    ownerChoices.setAll(choices);
                    show(snapshot.items());
                },
                "read the plan");
    }

    /** Appends the roadmap's drafts the plan does not hold yet; edited items stay as they are. */
    public CompletableFuture<Void> draftFromRoadmap(PlanDrafts.Grouping grouping) {
        int before = rows.size();
        return run(
                () -> {
                    plans.draftFromRoadmap(assessmentId, grouping);
                    return plans.items(assessmentId);
                },
                items -> {
                    show(items);
                    int added = items.size() - before;
                    message.set(
                            added == 0
                                    ? "The plan already holds every roadmap item."
                                    : added + (added == 1 ? " item" : " items") + " drafted from the roadmap.");
                },
                "draft the plan");
    }

    /** Appends an open item; a blank title is refused. */
    public CompletableFuture<Void> add(String title) {
        if (title == null || title.isBlank()) {
            message.set("Type the new item's title first.");
            return CompletableFuture.completedFuture(null);
        }
        return run(
                () -> {
                    plans.addItem(assessmentId, title, Phase.MONTHS_0_3);
                    return plans.items(assessmentId);
                },
                items -> {
                    show(items);
                    message.set("Added \"" + title.strip() + "\".");
                },
                "add the item");
    }

    public CompletableFuture<Void> delete(PlanRow row) {
        return run(
                () -> {
                    plans.deleteItem(assessmentId, row.item().id());
                    return plans.items(assessmentId);
                },
                items -> {
                    show(items);
                    message.set("Deleted \"" + row.item().title() + "\".");
                },
                "delete the item");
    }

    // --- edits in place ----------------------------------------------------------------------

    public CompletableFuture<Void> setTitle(PlanRow row, String title) {
        if (title == null || title.isBlank()) {
            message.set(
                    "A plan item needs a title; it was kept as \"" + row.item().title() + "\".");
            return CompletableFuture.completedFuture(null);
        }
        return edit(row, item -> item.withTitle(title));
    }

    /**
     * A participant's name makes them the owner; blank (or "Unassigned") leaves it unassigned;
     * anything else is a role ("Platform lead").
     */
    public CompletableFuture<Void> setOwner(PlanRow row, String typed) {
        return edit(row, item -> item.withOwner(owner(typed)));
    }

    Owner owner(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.equalsIgnoreCase(Owner.unassigned().shown())) {
            return Owner.unassigned();
        }
        return participantNames.contains(text) ? new Owner.Person(text) : new Owner.Role(text);
    }

    public CompletableFuture<Void> setStatus(PlanRow row, PlanStatus status) {
        return edit(row, item -> item.withStatus(status));
    }

    /** {@code YYYY-MM-DD}, or blank for none; anything else is refused with a message. */
    public CompletableFuture<Void> setDue(PlanRow row, String typed) {
        String text = typed == null ? "" : typed.strip();
        Optional<LocalDate> due;
        try {
            due = text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            message.set("\"" + text + "\" is not a date: type it as YYYY-MM-DD, e.g. 2027-03-31.");
            return CompletableFuture.completedFuture(null);
        }
        return edit(row, item -> item.withDue(due));
    }

    public CompletableFuture<Void> setEffort(PlanRow row, Effort effort) {
        return edit(row, item -> item.withEffort(effort));
    }

    public CompletableFuture<Void> setPhase(PlanRow row, Phase phase) {
        return edit(row, item -> item.withPhase(phase));
    }

    public CompletableFuture<Void> setQuickWin(PlanRow row, boolean quickWin) {
        return edit(row, item -> item.withQuickWin(quickWin));
    }

    private CompletableFuture<Void> edit(PlanRow row, UnaryOperator<PlanItem> change) {
        PlanItem edited;
        try {
            edited = change.apply(row.item());
        } catch (IllegalArgumentException e) {
            message.set(Failures.message(e));
            return CompletableFuture.completedFuture(null);
        }
        if (edited.equals(row.item())) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(
                        () -> plans.saveItem(assessmentId, edited, row.stored().version()), background)
                .handleAsync(
                        (saved, failure) -> {
                            if (failure != null) {
                                message.set("Not saved: " + Failures.message(failure));
                                load();
                                return null;
                            }
                            int index = indexOf(row.item().id());
                            if (index >= 0) {
                                rows.set(index, new PlanRow(saved));
                            }
                            message.set("");
                            summarize();
                            return null;
                        },
                        ui);
    }

    private int indexOf(String itemId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).item().id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    private <T> CompletableFuture<Void> run(Supplier<T> work, java.util.function.Consumer<T> shown, String what) {
        return CompletableFuture.supplyAsync(work, background)
                .handleAsync(
                        (result, failure) -> {
                            if (failure != null) {
                                message.set("Could not " + what + ": " + Failures.message(failure));
                            } else {
                                shown.accept(result);
                            }
                            return null;
                        },
                        ui);
    }

    private void show(List<StoredPlanItem> items) {
        rows.setAll(items.stream().map(PlanRow::new).toList());
        summarize();
    }

    private void summarize() {
        long done = rows.stream().filter(row -> row.item().isDone()).count();
        long quickWins = rows.stream().filter(row -> row.item().quickWin()).count();
        summary.set(
                rows.isEmpty()
                        ? "No items yet: draft them from the roadmap or add one."
                        : rows.size() + (rows.size() == 1 ? " item" : " items") + " · " + done + " done · " + quickWins
                                + (quickWins == 1 ? " quick win" : " quick wins"));
    }
}
