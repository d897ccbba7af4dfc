package org.mlopsconsole.assessment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.tools.Component;
import org.mlopsconsole.assessment.tools.CoverageStatus;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolSuggestion;

/** Plan items from a registered challenge or a component gap: ids, phases, effort and linked questions. */
class GapItemsTest {

    private static final ModelCatalog MODELS = ModelCatalog.bundled();
    private static final MaturityModel PRACTICES = MODELS.practicesModel();
    /** Everything rated NI by one person: every dimension's next level is on the roadmap. */
    private static final AssessmentAnalysis FRESH = AssessmentAnalysis.of(
            PRACTICES,
            new Responses(
                    PRACTICES.id(),
                    List.of(new Respondent(
                            "p1",
                            "Ana",
                            "",
                            PRACTICES.questions().collect(Collectors.toMap(Question::id, question -> Rating.NI)),
                            Map.of())),
                    Map.of(),
                    Map.of()));

    private static RegisteredChallenge servingLatency(int likelihood, int impact) {
        return RegisteredChallenge.of(
                ChallengeCatalog.bundled().find("serving-latency").orElseThrow(), likelihood, impact);
    }

    @ParameterizedTest(name = "likelihood {0} × impact {1}: {2}")
    @CsvSource({"5, 5, 0-3", "4, 3, 0-3", "3, 3, 3-6", "2, 2, 6-12", "1, 1, 6-12"})
    void aChallengeTakesItsPhaseFromItsBand(int likelihood, int impact, String phase) {
        PlanItem item = GapItems.fromChallenge(servingLatency(likelihood, impact), FRESH);

        assertThat(item.phase().code()).isEqualTo(phase);
        assertThat(item.id()).isEqualTo("ch:serving-latency");
        assertThat(item.effort()).isEqualTo(Effort.M);
    }

    @Test
    void aChallengeLinksItsOwnQuestionsFirstThenTheRoadmapOfItsDimensions() {
        RegisteredChallenge challenge = servingLatency(4, 5).withRoadmapQuestions(List.of("mp-log-cost", "nope"));

        PlanItem item = GapItems.fromChallenge(challenge, FRESH);

        assertThat(item.title()).isEqualTo("Handle the challenge: " + challenge.name());
        assertThat(item.questionIds()).first().isEqualTo("mp-log-cost");
        assertThat(item.questionIds()).doesNotContain("nope").doesNotHaveDuplicates();
        assertThat(item.questionIds().subList(1, item.questionIds().size()))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(dimensionOf(id)).isIn(dimensionIds(challenge)));
        assertThat(item.notes()).contains("= 20, critical").contains("Dimensions: Serving and inference");
    }

    @Test
    void anAssessmentOfAnotherModelGetsNoQuestionsButTheNotesStillNameTheDimensions() {
        MaturityModel google = MODELS.find("google-mlops").orElseThrow();
        AssessmentAnalysis other = AssessmentAnalysis.of(google, Responses.empty(google.id()));

        PlanItem item = GapItems.fromChallenge(servingLatency(3, 3), other);

        assertThat(item.questionIds()).isEmpty();
        assertThat(item.notes()).contains("Serving and inference");
    }

    @ParameterizedTest(name = "{0} {1}: {2}, effort {3}")
    @CsvSource({"C6, MISSING, Bring in C6 Model registry, L, 3-6", "C9, PARTIAL, Complete C9 Monitoring, M, 6-12"})
    void aComponentGapBecomesAnItemForItsDimensions(
            Component component, CoverageStatus status, String title, Effort effort, String phase) {
        ToolSuggestion gap = new ToolSuggestion(
                component, status, List.of(ToolCatalog.bundled().tools().get(0)));

        PlanItem item = GapItems.fromComponentGap(gap, FRESH);

        assertThat(item.id()).isEqualTo("co:" + component.code());
        assertThat(item.title()).isEqualTo(title);
        assertThat(item.effort()).isEqualTo(effort);
        assertThat(item.phase().code()).isEqualTo(phase);
        assertThat(item.questionIds())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(dimensionOf(id))
                        .isIn(component.dimensions().stream()
                                .map(ref -> ref.dimension())
                                .toList()));
        assertThat(item.notes())
                .contains("Candidates from the catalog: "
                        + ToolCatalog.bundled().tools().get(0).name());
    }

    @Test
    void anAssessmentWithNothingRatedHasNoRoadmapToLink() {
        AssessmentAnalysis nothing = AssessmentAnalysis.of(PRACTICES, Responses.empty(PRACTICES.id()));

        assertThat(GapItems.fromChallenge(servingLatency(3, 3), nothing).questionIds())
                .isEmpty();
    }

    @Test
    void aCoveredComponentIsNoGap() {
        assertThatThrownBy(() -> GapItems.fromComponentGap(
                        new ToolSuggestion(Component.C1, CoverageStatus.COVERED, List.of()), FRESH))
                .hasMessageContaining("C1 CI/CD component is covered");
    }

    @Test
    void everyComponentLinksOnlyDimensionsThePracticesModelHas() {
        for (Component component : Component.values()) {
            assertThat(component.dimensions())
                    .isNotEmpty()
                    .allSatisfy(ref -> assertThat(ref.resolve(MODELS)).isPresent());
        }
    }

    private static String dimensionOf(String questionId) {
        return PRACTICES.dimensions().stream()
                .filter(d -> d.questions().stream().map(Question::id).anyMatch(questionId::equals))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static List<String> dimensionIds(RegisteredChallenge challenge) {
        return challenge.dimensions().stream().map(ref -> ref.dimension()).toList();
    }
}
