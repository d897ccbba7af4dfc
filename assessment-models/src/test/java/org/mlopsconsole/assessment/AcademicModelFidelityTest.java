package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points where akkiraju-2020 and amershi-2019 were found unfaithful to their sources (issue 10). */
class AcademicModelFidelityTest {

    private static final ModelCatalog CATALOG = ModelCatalog.bundled();

    private static final List<String> AMERSHI_CRITERIA =
            List.of("goals", "consistent", "documented", "automated", "measured", "improved");

    @ParameterizedTest(name = "{0} derives from {1}")
    @CsvSource({
        "akkiraju-2020, akk-fairness-trust-l4-2, gov-fairness",
        "akkiraju-2020, akk-fairness-trust-l2-2, gov-fairness",
        "akkiraju-2020, akk-train-pipeline-l3-3, meta-experiment-tracking",
        "akkiraju-2020, akk-model-management-l4-1, mon-model-performance",
        "amershi-2019, ame-model-deployment-automated, cd-pipeline-release",
        "amershi-2019, ame-model-evaluation-goals, ct-evaluation-metrics",
    })
    void primaryLinksNameThePracticeTheQuestionAsksFor(String model, String question, String practice) {
        assertThat(question(model, question).primaryPractices()).contains(practice);
    }

    @Test
    void akkirajuLevelsFourAndFiveAskForMeasurementAndImprovementNotAutomation() {
        CATALOG.find("akkiraju-2020")
                .orElseThrow()
                .questions()
                .filter(question -> question.level() >= 4)
                .forEach(question -> {
                    assertThat(question.text().toLowerCase(Locale.ROOT))
                            .as(question.id())
                            .doesNotContain("automat");
                    assertThat(question.basis().text()).as(question.id()).containsAnyOf("CMM", "Abstract");
                });
    }

    @Test
    void akkirajuAsksAboutCustomizingGeneralModelsInTheTrainPipeline() {
        Dimension train = CATALOG.find("akkiraju-2020")
                .orElseThrow()
                .dimension("train-pipeline")
                .orElseThrow();
        assertThat(train.questions())
                .filteredOn(question -> question.text().contains("general"))
                .isNotEmpty()
                .allSatisfy(question -> assertThat(question.basis()).isInstanceOf(Basis.Source.class));
    }

    @Test
    void amershiAsksEachOfThePapersSixCriteriaOncePerWorkflowStage() {
        CATALOG.find("amershi-2019").orElseThrow().dimensions().forEach(stage -> {
            assertThat(stage.questions())
                    .extracting(Question::id)
                    .containsExactlyElementsOf(AMERSHI_CRITERIA.stream()
                            .map(criterion -> "ame-" + stage.id() + "-" + criterion)
                            .toList());
            assertThat(stage.questions())
                    .allSatisfy(question -> assertThat(question.basis()).isInstanceOf(Basis.Source.class));
        });
    }

    private static Question question(String model, String id) {
        return CATALOG.find(model).orElseThrow().question(id).orElseThrow();
    }
}
