package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;

/** The improvement plan as every format words it: a table by phase, and what an empty plan says. */
public final class PlanText {

    public static final String EMPTY = "No improvement plan yet: the roadmap below is its starting point.";

    private PlanText() {}

    /** Phase, item, owner, status, due, effort, quick win; items grouped by phase in time order. */
    public static List<String[]> table(ImprovementPlan plan, String dash) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Phase", "Item", "Owner", "Status", "Due", "Effort", "Quick win"});
        for (Map.Entry<Phase, List<PlanItem>> phase : plan.byPhase().entrySet()) {
            for (PlanItem item : phase.getValue()) {
                rows.add(new String[] {
                    phase.getKey().label(),
                    item.title(),
                    item.owner().shown(),
                    item.status().label(),
                    item.due().map(Object::toString).orElse(dash),
                    item.effort().label(),
                    item.quickWin() ? "yes" : "no"
                });
            }
        }
        return rows;
    }

    /** "7 items: 3 in 0–3 months, 2 in 3–6 months, 2 in 6–12 months; 2 quick wins; 1 done." */
    public static String overview(ImprovementPlan plan) {
        List<String> phases = new ArrayList<>();
        plan.byPhase().forEach((phase, items) -> {
            if (!items.isEmpty()) {
                phases.add(items.size() + " in " + phase.label());
            }
        });
        int wins = plan.quickWins().size();
        long done = plan.items().stream().filter(PlanItem::isDone).count();
        return plan.items().size() + (plan.items().size() == 1 ? " item: " : " items: ") + String.join(", ", phases)
                + "; " + wins + (wins == 1 ? " quick win" : " quick wins") + "; " + done + " done.";
    }

    /** The first month and the month after the last of a phase: 0–3, 3–6, 6–12. */
    public static int startMonth(Phase phase) {
        return switch (phase) {
            case MONTHS_0_3 -> 0;
            case MONTHS_3_6 -> 3;
            case MONTHS_6_12 -> 6;
        };
    }

    public static int endMonth(Phase phase) {
        return switch (phase) {
            case MONTHS_0_3 -> 3;
            case MONTHS_3_6 -> 6;
            case MONTHS_6_12 -> 12;
        };
    }
}
