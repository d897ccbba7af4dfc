package org.mlopsconsole.assessment.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An assessment's improvement plan: its items in the order the plan lists them; ids are unique. */
public record ImprovementPlan(List<PlanItem> items) {

    public ImprovementPlan {
        items = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (PlanItem item : items) {
            if (!seen.add(item.id())) {
                throw new IllegalArgumentException("the plan lists item \"" + item.id() + "\" twice");
            }
        }
    }

    public static ImprovementPlan empty() {
        return new ImprovementPlan(List.of());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Optional<PlanItem> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** The items not done (open or in progress), in plan order. */
    public List<PlanItem> open() {
        return items.stream().filter(item -> !item.isDone()).toList();
    }

    /** Every phase in time order, each with its items in plan order (an empty list when it has none). */
    public Map<Phase, List<PlanItem>> byPhase() {
        Map<Phase, List<PlanItem>> byPhase = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            byPhase.put(
                    phase, items.stream().filter(item -> item.phase() == phase).toList());
        }
        return byPhase;
    }

    public List<PlanItem> quickWins() {
        return items.stream().filter(PlanItem::quickWin).toList();
    }

    /** This plan with {@code item} in place of the item with its id, or appended when it is new. */
    public ImprovementPlan with(PlanItem item) {
        List<PlanItem> copy = new ArrayList<>(items);
        int index = indexOf(item.id());
        if (index < 0) {
            copy.add(item);
        } else {
            copy.set(index, item);
        }
        return new ImprovementPlan(copy);
    }

    public ImprovementPlan without(String id) {
        return new ImprovementPlan(
                items.stream().filter(item -> !item.id().equals(id)).toList());
    }

    /**
     * This plan with the drafts whose ids it does not have yet appended in their order; items
     * already here (edited or done) are kept as they are, so drafting again never duplicates.
     */
    public ImprovementPlan mergeDrafts(List<PlanItem> drafts) {
        Set<String> present = items.stream().map(PlanItem::id).collect(Collectors.toSet());
        List<PlanItem> merged = new ArrayList<>(items);
        for (PlanItem draft : drafts) {
            if (present.add(draft.id())) {
                merged.add(draft);
            }
        }
        return new ImprovementPlan(merged);
    }

    /** The plan a follow-up assessment starts with: the items not done, each keeping its status. */
    public ImprovementPlan carryForward() {
        return new ImprovementPlan(open());
    }

    private int indexOf(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
