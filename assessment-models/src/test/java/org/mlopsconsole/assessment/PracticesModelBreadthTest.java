package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The practices model asks one question per practice, covers the breadth areas and keeps baselines low. */
class PracticesModelBreadthTest {

    private static final MaturityModel MODEL = ModelCatalog.bundled().practicesModel();

    @Test
    void everyQuestionLinksOnlyItsOwnPracticeAsPrimary() {
        assertThat(MODEL.questions()).allSatisfy(question -> {
            assertThat(question.links()).as(question.id()).singleElement().satisfies(link -> {
                assertThat(link.isPrimary()).isTrue();
                assertThat("mp-" + link.practice()).isEqualTo(question.id());
            });
        });
        assertThat(MODEL.questions().count())
                .isEqualTo(PracticeCatalog.bundled().practices().size());
    }

    @Test
    void everyDimensionCanReachTheTopAndNoQuestionSitsAtTheFloor() {
        assertThat(MODEL.dimensions()).allSatisfy(dimension -> {
            assertThat(dimension.topQuestionLevel())
                    .as(dimension.id())
                    .isEqualTo(MODEL.top().id());
            assertThat(dimension.questions())
                    .as(dimension.id())
                    .noneMatch(question -> question.level() == MODEL.floor().id());
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "security-privacy, sec-data-access sec-model-access sec-secrets sec-supply-chain sec-adversarial sec-personal-data",
        "data-pipelines, data-pipeline-validation data-quality-monitoring data-feature-store",
        "versioning, data-lineage",
        "governance, gov-model-risk-review gov-release-approval gov-explainability gov-fairness gov-model-cards",
        "logging, log-cost cost-budget-tracking"
    })
    void breadthAreasAreAskedInTheirDimension(String dimensionId, String practiceIds) {
        Dimension dimension = MODEL.dimension(dimensionId).orElseThrow();
        List<String> asked = dimension.questions().stream()
                .flatMap(question -> question.primaryPractices().stream())
                .toList();
        assertThat(asked).contains(practiceIds.split(" "));
    }

    /** Practices that practitioner checklists (Marvelous MLOps, items 1-46) count as baseline. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mp-repro-infra-as-code", "mp-log-cost", "mp-mon-business-kpi", "mp-mon-drift", "mp-ver-lineage",
        "mp-ver-data", "mp-ci-ml-tests", "mp-log-alerting", "mp-meta-documentation", "mp-sec-model-access"
    })
    void baselinePracticesSitAtTheBaselineLevelOrLower(String questionId) {
        assertThat(MODEL.question(questionId).orElseThrow().level()).isLessThanOrEqualTo(3);
    }
}
