package org.mlopsconsole.assessment.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One action of an improvement plan.
 *
 * @param id stable across re-drafting: {@code q:<questionId>} for a drafted question, {@code
 *     d:<dimensionId>:<phase code>} for a drafted group; any other non-blank id for items added by hand
 * @param questionIds the questions the item addresses, possibly none
 */
public record PlanItem(
        String id,
        String title,
        List<String> questionIds,
        Owner owner,
        PlanStatus status,
        Optional<LocalDate> due,
        Effort effort,
        Phase phase,
        boolean quickWin,
        String notes) {

    public static final int MAX_TITLE_LENGTH = 200;

    public PlanItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(notes, "notes");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a plan item needs an id");
        }
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("plan item \"" + id + "\" needs a title");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("the title of plan item \"" + id + "\" has " + title.length()
                    + " characters; at most " + MAX_TITLE_LENGTH + " are allowed");
        }
        questionIds = List.copyOf(questionIds);
    }

    /** A new open, unassigned item without a due date or notes. */
    public static PlanItem open(String id, String title, List<String> questionIds, Effort effort, Phase phase) {
        return new PlanItem(
                id,
                title,
                questionIds,
                Owner.unassigned(),
                PlanStatus.OPEN,
                Optional.empty(),
                effort,
                phase,
                false,
                "");
    }

    public boolean isDone() {
        return status == PlanStatus.DONE;
    }

    public PlanItem withTitle(String newTitle) {
        return new PlanItem(id, newTitle, questionIds, owner, status, due, effort, phase, quickWin, notes);
    }

    public PlanItem withOwner(Owner newOwner) {
        return new PlanItem(id, title, questionIds, newOwner, status, due, effort, phase, quickWin, notes);
    }

    public PlanItem withStatus(PlanStatus newStatus) {
        return new PlanItem(id, title, questionIds, owner, newStatus, due, effort, phase, quickWin, notes);
    }

    public PlanItem withDue(Optional<LocalDate> newDue) {
        return new PlanItem(id, title, questionIds, owner, status, newDue, effort, phase, quickWin, notes);
    }

    public PlanItem withEffort(Effort newEffort) {
        return new PlanItem(id, title, questionIds, owner, status, due, newEffort, phase, quickWin, notes);
    }

    public PlanItem withPhase(Phase newPhase) {
        return new PlanItem(id, title, questionIds, owner, status, due, effort, newPhase, quickWin, notes);
    }

    public PlanItem withQuickWin(boolean newQuickWin) {
        return new PlanItem(id, title, questionIds, owner, status, due, effort, phase, newQuickWin, notes);
    }

    public PlanItem withNotes(String newNotes) {
        return new PlanItem(id, title, questionIds, owner, status, due, effort, phase, quickWin, newNotes);
    }
}
