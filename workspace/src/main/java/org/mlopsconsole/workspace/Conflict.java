package org.mlopsconsole.workspace;

import java.util.Optional;

/** What a {@link ConflictException} reports: theirs (saved meanwhile) against yours (not saved). */
public sealed interface Conflict {

    /** One sentence for the user. */
    String describe();

    /**
     * A value changed by someone else after you read it.
     *
     * @param seen what your change was based on
     * @param theirs what is saved now
     * @param yours what you wanted to save (not saved)
     * @param theirChange the history entry of their change, when there is one
     */
    record OfCell(
            Cell cell,
            Optional<String> seen,
            Optional<String> theirs,
            Optional<String> yours,
            Optional<Change> theirChange)
            implements Conflict {

        @Override
        public String describe() {
            String who = theirChange
                    .map(change -> " by " + change.changedBy() + " at " + change.changedAt())
                    .orElse("");
            return "This " + cell.field().label() + " (" + cell.itemId() + ") was changed" + who + " to "
                    + show(theirs) + " after you read " + show(seen) + "; yours (" + show(yours)
                    + ") was not saved.";
        }
    }

    /** An assessment's details saved by someone else after you read them. */
    record OfAssessment(Assessment theirs, Assessment yours) implements Conflict {

        @Override
        public String describe() {
            return "Assessment " + theirs.id() + " (\"" + theirs.title() + "\") was changed by someone else after you"
                    + " opened it; your edit was not saved.";
        }
    }

    /**
     * A plan item saved (or deleted) by someone else after you read it.
     *
     * @param theirs the item as saved now; empty when it was deleted
     */
    record OfPlanItem(Optional<StoredPlanItem> theirs, org.mlopsconsole.assessment.plan.PlanItem yours)
            implements Conflict {

        @Override
        public String describe() {
            return "Plan item \"" + yours.title() + "\" was "
                    + (theirs.isPresent() ? "changed" : "deleted")
                    + " by someone else after you read it; your edit was not saved.";
        }
    }

    /** An organization's RACI, tool inventory or challenge register saved by someone else after you read it. */
    record OfEngagementRecord(long organizationId, String what) implements Conflict {

        @Override
        public String describe() {
            return "The " + what + " of organization " + organizationId + " was changed by someone else after you"
                    + " opened it; your edit was not saved. Reload it and make your change again.";
        }
    }

    private static String show(Optional<String> value) {
        return value.map(text -> "\"" + text + "\"").orElse("nothing");
    }
}
