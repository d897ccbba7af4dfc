package org.mlopsconsole.assessment.analysis;

import java.util.Comparator;
import java.util.List;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;

/**
 * The quick wins of an assessment, by one rule (docs/scoring.md, "Quick wins"): the next-level
 * roadmap items already partly in place, that is rated above NI (PI, or LI where LI does not pass),
 * the highest-rated first and otherwise in roadmap order. Until an improvement plan records effort,
 * how far a practice already is stands for how quickly it can be finished.
 */
public final class QuickWins {

    private QuickWins() {}

    public static List<RoadmapItem> of(AssessmentAnalysis analysis) {
        List<RoadmapItem> nextLevel = analysis.roadmap(Horizon.NEXT_LEVEL);
        return nextLevel.stream()
                .filter(item -> item.question()
                        .rating()
                        .filter(QuickWins::partlyInPlace)
                        .isPresent())
                .sorted(Comparator.comparingInt((RoadmapItem item) ->
                                -item.question().rating().orElseThrow().step())
                        .thenComparingInt(nextLevel::indexOf))
                .toList();
    }

    private static boolean partlyInPlace(Rating rating) {
        return rating.isApplicable() && rating.step() > Rating.NI.step();
    }
}
