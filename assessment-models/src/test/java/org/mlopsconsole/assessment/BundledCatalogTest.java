package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledCatalogTest {

    private static final ModelCatalog CATALOG = ModelCatalog.bundled();

    static Stream<String> bundledIds() {
        return ModelCatalog.bundledFileNames().stream().map(name -> name.replace(".json", ""));
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void bundledModelValidatesAgainstSchemaAndRules(String id) {
        String json = CATALOG.sourceJson(id).orElseThrow();
        assertThat(ModelLoader.withBundledPractices().validate(id + ".json", json))
                .isEmpty();
        MaturityModel model = CATALOG.find(id).orElseThrow();
        assertThat(model.source()).isNotBlank();
        assertThat(model.description()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void everyBundledQuestionLinksToCatalogPractices(String id) {
        Set<String> practices = PracticeCatalog.bundled().ids();
        CATALOG.find(id)
                .orElseThrow()
                .questions()
                .forEach(question -> assertThat(question.practices())
                        .as(question.id())
                        .isNotEmpty()
                        .allSatisfy(practice -> assertThat(practices).contains(practice)));
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void everyBundledQuestionSaysWhereItComesFromAndWhatEvidenceShowsIt(String id) {
        CATALOG.find(id).orElseThrow().questions().forEach(question -> {
            assertThat(question.basis()).as(question.id() + " basis").isNotInstanceOf(Basis.Unstated.class);
            assertThat(question.evidence()).as(question.id() + " evidence").isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void everyBundledLinkHasARationaleAndEveryQuestionAPrimaryLink(String id) {
        CATALOG.find(id).orElseThrow().questions().forEach(question -> {
            assertThat(question.primaryPractices())
                    .as(question.id() + " primary links")
                    .isNotEmpty();
            assertThat(question.links())
                    .as(question.id() + " link rationales")
                    .allSatisfy(link -> assertThat(link.rationale()).isNotBlank());
        });
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void webSourcesCarryAnAccessDate(String id) {
        MaturityModel model = CATALOG.find(id).orElseThrow();
        if (model.source().contains("http")) {
            assertThat(model.accessed()).as(id).isPresent();
        }
    }

    @Test
    void everyPracticeOfThePracticesModelSaysWhyItSitsAtItsLevel() {
        CATALOG.practicesModel()
                .questions()
                .forEach(question ->
                        assertThat(question.levelRationale()).as(question.id()).isNotBlank());
    }

    @Test
    void catalogListsTheTenModelsInOrder() {
        assertThat(CATALOG.models())
                .extracting(MaturityModel::id)
                .containsExactly(
                        "akkiraju-2020",
                        "amershi-2019",
                        "lwakatare-2020",
                        "dhanorkar-2021",
                        "google-mlops",
                        "microsoft-mlops",
                        "aws-mlops-roadmap",
                        "ml-test-score",
                        "mlops-baseline-checklist",
                        "mlops-practices");
    }

    @Test
    void akkirajuHasTwoQuestionsPerCapabilityAtEachLevelTwoToFive() {
        MaturityModel model = CATALOG.find("akkiraju-2020").orElseThrow();
        assertThat(model.scoring()).isEqualTo(ScoringMethod.STAGED);
        assertThat(model.levels())
                .extracting(Level::name)
                .containsExactly("Initial", "Repeatable", "Defined", "Managed", "Optimizing");
        assertThat(model.dimensions()).hasSize(8).allSatisfy(dimension -> {
            Map<Integer, Long> perLevel = dimension.questions().stream()
                    .collect(Collectors.groupingBy(Question::level, Collectors.counting()));
            assertThat(perLevel.keySet()).containsExactlyInAnyOrder(2, 3, 4, 5);
            assertThat(perLevel.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
        });
    }

    @Test
    void amershiIsContinuousWithNineStagesTimesSixCriteria() {
        MaturityModel model = CATALOG.find("amershi-2019").orElseThrow();
        assertThat(model.scoring()).isEqualTo(ScoringMethod.CONTINUOUS);
        assertThat(model.dimensions())
                .hasSize(9)
                .allSatisfy(d -> assertThat(d.questions()).hasSize(6));
        assertThat(model.questions().count()).isEqualTo(54);
        assertThat(model.levels()).extracting(Level::minScore).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0);
    }

    @Test
    void industryAndStageModelsHaveTheirLevels() {
        assertThat(levelIds("google-mlops")).containsExactly(0, 1, 2);
        assertThat(levelIds("microsoft-mlops")).containsExactly(0, 1, 2, 3, 4);
        assertThat(CATALOG.find("microsoft-mlops").orElseThrow().dimensions())
                .extracting(Dimension::name)
                .containsExactly("People", "Model creation", "Model release", "Application integration");
        assertThat(levelIds("lwakatare-2020")).containsExactly(1, 2, 3, 4, 5);
        assertThat(CATALOG.find("dhanorkar-2021").orElseThrow().levels())
                .extracting(Level::name)
                .containsExactly("Data-centric", "Model-centric", "Pipeline-centric");
        assertThat(levelIds("mlops-practices")).containsExactly(1, 2, 3, 4, 5);
        assertThat(CATALOG.practicesModel().dimensions()).hasSize(16);
    }

    @Test
    void practicesModelAsksAboutEveryPracticeOfTheCatalog() {
        Set<String> asked = new HashSet<>();
        CATALOG.practicesModel().questions().forEach(question -> asked.addAll(question.practices()));
        assertThat(asked).isEqualTo(PracticeCatalog.bundled().ids());
        assertThat(PracticeCatalog.bundled().practices()).allSatisfy(practice -> {
            assertThat(practice.name()).isNotBlank();
            assertThat(practice.description()).isNotBlank();
            assertThat(practice.lifecycleStage()).isNotBlank();
            assertThat(practice.principle()).isNotBlank();
        });
    }

    private static List<Integer> levelIds(String id) {
        return CATALOG.find(id).orElseThrow().levels().stream().map(Level::id).toList();
    }
}
