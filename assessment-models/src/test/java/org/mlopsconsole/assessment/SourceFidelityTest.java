package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Points where bundled models once departed from their sources, each pinned to what the source
 * says (level tables of the Google and Microsoft pages, level definitions in Lima et al. 2022).
 */
class SourceFidelityTest {

    private static final ModelCatalog CATALOG = ModelCatalog.bundled();

    private static Question question(String modelId, String questionId) {
        return CATALOG.find(modelId).orElseThrow().question(questionId).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1} sits at level {2}")
    @CsvSource({
        // Google lists pipeline triggers among the level-1 components.
        "google-mlops, goo-pipeline-l2-1, 1",
        // Microsoft has basic integration tests from level 1 on.
        "microsoft-mlops, ms-application-integration-l2-1, 1",
    })
    void questionSitsAtTheLevelItsSourceGivesIt(String modelId, String questionId, int level) {
        assertThat(question(modelId, questionId).level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} asks about {1} at level {2}")
    @CsvSource({
        "google-mlops, orch-modular-components, 1",
        "google-mlops, cd-pipeline-release, 1",
        "google-mlops, data-feature-store, 2",
        "google-mlops, ver-model-registry, 2",
        "microsoft-mlops, data-feature-store, 2",
        "microsoft-mlops, ver-lineage, 3",
        "microsoft-mlops, fb-experimentation, 3",
        "microsoft-mlops, dep-environments, 3",
        "microsoft-mlops, ver-model-registry, 3",
    })
    void levelAsksForWhatItsSourceListsThere(String modelId, String practice, int level) {
        assertThat(CATALOG.find(modelId).orElseThrow().questions())
                .as("a level-%d question of %s with a primary link to %s", level, modelId, practice)
                .anySatisfy(question -> {
                    assertThat(question.level()).isEqualTo(level);
                    assertThat(question.primaryPractices()).contains(practice);
                });
    }

    @ParameterizedTest
    @CsvSource({
        // Microsoft's level-1 People cell is the same as level 0's: nothing to ask there.
        "microsoft-mlops, ms-people-l1-1",
        // Neither source defines Dhanorkar's levels by explanations or operations.
        "dhanorkar-2021, dha-stakeholders-l2-1",
        "dhanorkar-2021, dha-operations-l3-2",
    })
    void questionWithoutSupportInTheSourceIsGone(String modelId, String questionId) {
        assertThat(CATALOG.find(modelId).orElseThrow().question(questionId)).isEmpty();
    }

    @Test
    void validationInsideGooglesPipelineIsNotDerivedFromCiTests() {
        assertThat(question("google-mlops", "goo-pipeline-l1-2").primaryPractices())
                .contains("data-pipeline-validation", "ct-automated-validation")
                .doesNotContain("ci-ml-tests");
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-mlops", "microsoft-mlops", "lwakatare-2020", "dhanorkar-2021"})
    void descriptionSaysWhichTextIsTheSourcesAndWhichIsOurs(String modelId) {
        assertThat(CATALOG.find(modelId).orElseThrow().description()).contains("The source's:", "Ours:");
    }
}
