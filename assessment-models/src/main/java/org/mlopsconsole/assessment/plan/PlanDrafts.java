package org.mlopsconsole.assessment.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.QuickWins;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;

/**
 * Plan items drafted from the roadmap, by one rule (docs/scoring.md, "Improvement plan"):
 *
 * <ul>
 *   <li>phase: next-level quick wins 0–3 months, other next-level items 3–6, toward-target items
 *       6–12;
 *   <li>effort: M for a question (models record no effort); a group of more than three questions L;
 *   <li>quick win: the question is one of {@link QuickWins}; a group when every question is;
 *   <li>ids: {@code q:<questionId>}, or {@code d:<dimensionId>:<phase code>} per dimension, so
 *       {@link ImprovementPlan#mergeDrafts} never adds an item twice;
 *   <li>order: by phase, then roadmap order; every draft open and unassigned, without a due date.
 * </ul>
 */
public final class PlanDrafts {

    /** One item per roadmap question, or one per dimension and phase. */
    public enum Grouping {
        PER_QUESTION,
        PER_DIMENSION
    }

    /** Above this many questions a group's effort is L. */
    private static final int MEDIUM_GROUP = 3;

    private PlanDrafts() {}

    public static List<PlanItem> fromRoadmap(AssessmentAnalysis analysis, Grouping grouping) {
        Set<String> quickWins = QuickWins.of(analysis).stream()
                .map(item -> item.question().id())
                .collect(Collectors.toSet());
        List<RoadmapItem> ordered = analysis.roadmap().stream()
                .sorted(Comparator.comparing((RoadmapItem item) -> phase(item, quickWins)))
                .toList();
        return switch (grouping) {
            case PER_QUESTION ->
                ordered.stream().map(item -> perQuestion(item, quickWins)).toList();
            case PER_DIMENSION -> perDimension(analysis, ordered, quickWins);
        };
    }

    static Phase phase(RoadmapItem item, Set<String> quickWins) {
        if (item.horizon() == Horizon.TOWARD_TARGET) {
            return Phase.MONTHS_6_12;
        }
        return quickWins.contains(item.question().id()) ? Phase.MONTHS_0_3 : Phase.MONTHS_3_6;
    }

    private static PlanItem perQuestion(RoadmapItem item, Set<String> quickWins) {
        boolean quickWin = quickWins.contains(item.question().id());
        return PlanItem.open(
                        "q:" + item.question().id(),
                        shortened(item.question().text().strip()),
                        List.of(item.question().id()),
                        Effort.M,
                        phase(item, quickWins))
                .withQuickWin(quickWin)
                .withNotes("From the roadmap (" + item.horizon().words() + ", "
                        + item.dimension().name() + "): " + item.text() + ".");
    }

    private static List<PlanItem> perDimension(
            AssessmentAnalysis analysis, List<RoadmapItem> ordered, Set<String> quickWins) {
        Map<String, List<RoadmapItem>> groups = new LinkedHashMap<>();
        for (RoadmapItem item : ordered) {
            groups.computeIfAbsent(
                            "d:" + item.dimension().id() + ":"
                                    + phase(item, quickWins).code(),
                            id -> new ArrayList<>())
                    .add(item);
        }
        List<PlanItem> drafts = new ArrayList<>();
        groups.forEach((id, items) -> drafts.add(group(analysis, id, items, quickWins)));
        return drafts;
    }

    private static PlanItem group(
            AssessmentAnalysis analysis, String id, List<RoadmapItem> items, Set<String> quickWins) {
        RoadmapItem first = items.get(0);
        Phase phase = phase(first, quickWins);
        List<String> questionIds =
                items.stream().map(item -> item.question().id()).toList();
        return PlanItem.open(
                        id,
                        shortened(groupTitle(analysis, first, phase)),
                        questionIds,
                        items.size() > MEDIUM_GROUP ? Effort.L : Effort.M,
                        phase)
                .withQuickWin(quickWins.containsAll(questionIds))
                .withNotes(items.stream().map(RoadmapItem::text).collect(Collectors.joining("; ")) + ".");
    }

    private static String groupTitle(AssessmentAnalysis analysis, RoadmapItem first, Phase phase) {
        DimensionVerdict dimension = first.dimension();
        if (first.horizon() == Horizon.TOWARD_TARGET) {
            String target = analysis.model()
                    .level(dimension.target().orElseThrow())
                    .map(AssessmentAnalysis::levelText)
                    .orElse("" + dimension.target().getAsInt());
            return dimension.name() + ": on toward the target, level " + target;
        }
        String level = first.level()
                .map(l -> "level " + AssessmentAnalysis.levelText(l))
                .orElse("the remaining practices");
        return dimension.name() + (phase == Phase.MONTHS_0_3 ? ": quick wins toward " : ": reach ") + level;
    }

    /** A question's text kept within a title's length. */
    private static String shortened(String text) {
        return text.length() <= PlanItem.MAX_TITLE_LENGTH
                ? text
                : text.substring(0, PlanItem.MAX_TITLE_LENGTH - 1).strip() + "\u2026";
    }
}
