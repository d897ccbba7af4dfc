package org.mlopsconsole.assessment.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.assessment.challenges.DimensionRef;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.tools.CoverageStatus;
import org.mlopsconsole.assessment.tools.Tool;
import org.mlopsconsole.assessment.tools.ToolSuggestion;

/**
 * Plan items for what the Roles &amp; Tools section finds (docs/scoring.md, "Improvement plan"):
 *
 * <ul>
 *   <li>ids: {@code ch:<challenge id>} for a registered challenge, {@code co:<component code>} for
 *       a missing or partial component, so adding the same gap twice finds the item already there;
 *   <li>questions: a challenge's roadmap questions, then the roadmap questions of the linked
 *       dimensions (the challenge's, or {@link org.mlopsconsole.assessment.tools.Component#dimensions()})
 *       that the assessment's model has, each once;
 *   <li>phase: critical and high challenges 0–3 months, medium 3–6, low 6–12; a missing component
 *       3–6, a partial one 6–12;
 *   <li>effort: M for a challenge, L for a missing component (a tool to bring in), M for a partial one;
 *   <li>notes: where the item comes from, the dimensions by name, and a component's catalog candidates.
 * </ul>
 */
public final class GapItems {

    private GapItems() {}

    public static PlanItem fromChallenge(RegisteredChallenge challenge, AssessmentAnalysis analysis) {
        Phase phase = switch (challenge.band()) {
            case CRITICAL, HIGH -> Phase.MONTHS_0_3;
            case MEDIUM -> Phase.MONTHS_3_6;
            case LOW -> Phase.MONTHS_6_12;
        };
        Set<String> known =
                analysis.model().questions().map(question -> question.id()).collect(Collectors.toSet());
        Set<String> questions = new LinkedHashSet<>();
        challenge.roadmapQuestions().stream().filter(known::contains).forEach(questions::add);
        questions.addAll(roadmapQuestions(analysis, challenge.dimensions()));
        String notes = "From the challenge register (likelihood " + challenge.likelihood() + " \u00d7 impact "
                + challenge.impact() + " = " + challenge.score() + ", "
                + challenge.band().code() + ")."
                + threatens(analysis, challenge.dimensions());
        return PlanItem.open(
                        "ch:" + challenge.challenge(),
                        shortened("Handle the challenge: " + challenge.name()),
                        List.copyOf(questions),
                        Effort.M,
                        phase)
                .withNotes(notes);
    }

    /** @param gap a component that is missing or partial, with the catalog tools that would close it */
    public static PlanItem fromComponentGap(ToolSuggestion gap, AssessmentAnalysis analysis) {
        if (gap.status() == CoverageStatus.COVERED) {
            throw new IllegalArgumentException(gap.component().label() + " is covered: there is no gap to plan");
        }
        boolean missing = gap.status() == CoverageStatus.MISSING;
        String candidates = gap.tools().isEmpty()
                ? " No catalog tool fits the client's constraints."
                : " Candidates from the catalog: "
                        + gap.tools().stream().map(Tool::name).collect(Collectors.joining(", ")) + ".";
        return PlanItem.open(
                        "co:" + gap.component().code(),
                        (missing ? "Bring in " : "Complete ") + gap.component().label(),
                        roadmapQuestions(analysis, gap.component().dimensions()),
                        missing ? Effort.L : Effort.M,
                        missing ? Phase.MONTHS_3_6 : Phase.MONTHS_6_12)
                .withNotes("From the tool coverage (" + gap.component().label() + " "
                        + gap.status().code() + ")."
                        + threatens(analysis, gap.component().dimensions()) + candidates);
    }

    /** The roadmap's questions in the dimensions of {@code refs} that belong to the assessment's model. */
    private static List<String> roadmapQuestions(AssessmentAnalysis analysis, List<DimensionRef> refs) {
        Set<String> dimensions = refs.stream()
                .filter(ref -> ref.model().equals(analysis.model().id()))
                .map(DimensionRef::dimension)
                .collect(Collectors.toSet());
        return analysis.roadmap().stream()
                .filter(item -> dimensions.contains(item.dimension().id()))
                .map(RoadmapItem::question)
                .map(question -> question.id())
                .distinct()
                .toList();
    }

    /** " Dimensions: Serving and inference, Deployment." by the names the models give them. */
    private static String threatens(AssessmentAnalysis analysis, List<DimensionRef> refs) {
        if (refs.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (DimensionRef ref : refs) {
            names.add(
                    ref.model().equals(analysis.model().id())
                            ? analysis.model()
                                    .dimension(ref.dimension())
                                    .map(Dimension::name)
                                    .orElse(ref.toString())
                            : ref.resolve(ModelCatalog.bundled())
                                    .map(Dimension::name)
                                    .orElse(ref.toString()));
        }
        return " Dimensions: " + String.join(", ", names) + ".";
    }

    private static String shortened(String text) {
        return text.length() <= PlanItem.MAX_TITLE_LENGTH
                ? text
                : text.substring(0, PlanItem.MAX_TITLE_LENGTH - 1).strip() + "\u2026";
    }
}
