package org.mlopsconsole.assessment.analysis;

import java.util.List;
import org.mlopsconsole.assessment.ScoreStatus;

/**
 * The facts an executive summary states, and its paragraphs in the words every format prints.
 *
 * @param overallLevel "Level 2 (Managed)", or "Not applicable" / "Not assessed": never a level
 *     for an assessment without one
 * @param overallScore the overall score as outputs print it, or "n/a"
 * @param strongest at most half of the rated dimensions (and three), strongest first
 * @param weakest at most half of the rated dimensions (and three), weakest first; never one of
 *     {@code strongest}
 * @param notRated the dimensions that are not applicable or not assessed
 * @param belowTarget rated dimensions with a gap, the largest first
 */
public record ExecutiveSummary(
        ScoreStatus status,
        String overallLevel,
        String overallScore,
        int participants,
        List<DimensionVerdict> strongest,
        List<DimensionVerdict> weakest,
        List<DimensionVerdict> notRated,
        List<DimensionVerdict> belowTarget,
        List<QuestionFinding> disagreements,
        int roadmapItems,
        List<String> paragraphs) {

    public ExecutiveSummary {
        strongest = List.copyOf(strongest);
        weakest = List.copyOf(weakest);
        notRated = List.copyOf(notRated);
        belowTarget = List.copyOf(belowTarget);
        disagreements = List.copyOf(disagreements);
        paragraphs = List.copyOf(paragraphs);
    }
}
