package org.mlopsconsole.assessment.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;

/**
 * Every question's risk, by one rule (docs/scoring.md, rule j), read off the roadmap so the two
 * never disagree:
 *
 * <ul>
 *   <li><b>high</b>: a next-level roadmap item that gates a level, that is an unsatisfied question at
 *       or below the level the dimension needs next (points-minimum: any question not FI or NA while
 *       the dimension is below the top level);
 *   <li><b>medium</b>: a toward-target item (above the next level, up to the target), or a
 *       points-minimum question left unsatisfied in a dimension already at the top level;
 *   <li><b>none</b>: everything else: satisfied, NA, unanswered (not assessed, so no risk can be
 *       judged), or in a dimension that is not rated.
 * </ul>
 *
 * An override replaces the computed risk and keeps its reason.
 */
public final class RiskRegister {

    private final List<QuestionRisk> all;
    private final List<QuestionRisk> ranked;

    private RiskRegister(List<QuestionRisk> all, List<QuestionRisk> ranked) {
        this.all = List.copyOf(all);
        this.ranked = List.copyOf(ranked);
    }

    static RiskRegister of(AssessmentAnalysis analysis, Map<String, RiskOverride> overrides) {
        overrides.forEach((questionId, override) -> {
            analysis.questionIfPresent(questionId)
                    .orElseThrow(() -> new IllegalArgumentException("risk override for question \"" + questionId
                            + "\": model \"" + analysis.model().id() + "\" has no such question"));
            if (!questionId.equals(override.questionId())) {
                throw new IllegalArgumentException("risk override filed under question \"" + questionId
                        + "\" is for question \"" + override.questionId() + "\"");
            }
        });
        List<RoadmapItem> roadmap = analysis.roadmap();
        Map<String, RoadmapItem> onRoadmap = roadmap.stream()
                .collect(Collectors.toMap(item -> item.question().id(), item -> item));
        List<QuestionRisk> all = new ArrayList<>();
        for (QuestionFinding finding : analysis.questions()) {
            RoadmapItem item = onRoadmap.get(finding.id());
            DimensionVerdict dimension =
                    analysis.dimension(finding.dimension().id()).orElseThrow();
            all.add(new QuestionRisk(
                    finding, dimension, computed(item), Optional.ofNullable(overrides.get(finding.id()))));
        }
        List<String> order =
                analysis.questions().stream().map(QuestionFinding::id).toList();
        List<QuestionRisk> ranked = all.stream()
                .filter(risk -> risk.risk() != Risk.NONE)
                .sorted(Comparator.comparing(QuestionRisk::risk)
                        .thenComparingInt(risk -> roadmapPosition(roadmap, onRoadmap.get(risk.id())))
                        .thenComparingInt(risk -> order.indexOf(risk.id())))
                .toList();
        return new RiskRegister(all, ranked);
    }

    private static Risk computed(RoadmapItem item) {
        if (item == null || item.question().rating().isEmpty()) {
            return Risk.NONE;
        }
        return item.horizon() == Horizon.NEXT_LEVEL && item.level().isPresent() ? Risk.HIGH : Risk.MEDIUM;
    }

    /** Overridden questions off the roadmap come after the roadmap's. */
    private static int roadmapPosition(List<RoadmapItem> roadmap, RoadmapItem item) {
        return item == null ? Integer.MAX_VALUE : roadmap.indexOf(item);
    }

    /** Every question of the model, in definition order, with its risk. */
    public List<QuestionRisk> all() {
        return all;
    }

    /** The questions at high risk, in roadmap order (overridden ones off the roadmap last). */
    public List<QuestionRisk> high() {
        return of(Risk.HIGH);
    }

    public List<QuestionRisk> medium() {
        return of(Risk.MEDIUM);
    }

    private List<QuestionRisk> of(Risk level) {
        return ranked.stream().filter(risk -> risk.risk() == level).toList();
    }

    /** How many questions carry each risk, every risk present (zero when none). */
    public Map<Risk, Integer> counts() {
        Map<Risk, Integer> counts = new EnumMap<>(Risk.class);
        for (Risk risk : Risk.values()) {
            counts.put(risk, 0);
        }
        all.forEach(risk -> counts.merge(risk.risk(), 1, Integer::sum));
        return counts;
    }

    /** The first {@code n} risks: high before medium, each in roadmap order. */
    public List<QuestionRisk> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot list " + n + " risks");
        }
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    /** "3 high, 5 medium". */
    public String countsText() {
        Map<Risk, Integer> counts = counts();
        return counts.get(Risk.HIGH) + " high, " + counts.get(Risk.MEDIUM) + " medium";
    }
}
