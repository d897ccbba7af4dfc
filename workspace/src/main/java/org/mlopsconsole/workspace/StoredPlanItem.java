package org.mlopsconsole.workspace;

import org.mlopsconsole.assessment.plan.PlanItem;

/**
 * A plan item as saved and the row's version: an edit names it, and fails with a {@link
 * ConflictException} when someone else saved the item meanwhile.
 *
 * @param version 0 for an item not saved yet
 */
public record StoredPlanItem(PlanItem item, long version) {

    /** An item not saved yet. */
    public static StoredPlanItem unsaved(PlanItem item) {
        return new StoredPlanItem(item, 0);
    }
}
