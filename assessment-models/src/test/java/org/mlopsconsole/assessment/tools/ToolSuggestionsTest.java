package org.mlopsconsole.assessment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolSuggestionsTest {

    /** Every component but the model registry (C6) and the feature store (C4), fully. */
    private static final String WITHOUT_REGISTRY_AND_FEATURE_STORE = "gitlab airflow kubernetes kserve prometheus tfx";

    private static List<ToolSuggestion> suggest(String inventory, ToolConstraints constraints) {
        ToolInventory tools = Inventories.of(inventory);
        return ToolSuggestions.forGaps(ToolCoverage.of(tools), tools, ToolCatalog.bundled(), constraints);
    }

    private static List<String> suggestedFor(List<ToolSuggestion> suggestions, Component component) {
        return suggestions.stream().filter(s -> s.component() == component).findFirst().orElseThrow().tools().stream()
                .map(Tool::id)
                .toList();
    }

    @ParameterizedTest(name = "open source {0}, on premises {1}, Kubernetes {2}: {3} in, {4} out")
    @CsvSource({
        "false, false, true,  'mlflow sagemaker azure-ml neptune hopsworks', ''",
        "true,  false, true,  'mlflow hopsworks', 'sagemaker azure-ml neptune'",
        "false, true,  true,  'mlflow neptune hopsworks', 'sagemaker azure-ml'",
        "true,  true,  false, 'mlflow hopsworks', 'sagemaker azure-ml neptune aws-s3'"
    })
    void registrySuggestionsRespectTheClientsConstraints(
            boolean openSource, boolean onPremises, boolean kubernetes, String included, String excluded) {
        List<String> registries = suggestedFor(
                suggest(WITHOUT_REGISTRY_AND_FEATURE_STORE, new ToolConstraints(openSource, onPremises, kubernetes)),
                Component.C6);
        assertThat(registries).contains(included.split(" "));
        if (!excluded.isEmpty()) {
            assertThat(registries).doesNotContain(excluded.split(" "));
        }
    }

    @ParameterizedTest(name = "Kubernetes available {0}: orchestrators {1}")
    @CsvSource({"true, 'airflow flyte kubeflow luigi'", "false, 'airflow luigi tfx zenml'"})
    void withoutKubernetesToolsThatNeedItAreLeftOut(boolean kubernetes, String someOrchestrators) {
        List<String> orchestrators =
                suggestedFor(suggest("gitlab", new ToolConstraints(true, false, kubernetes)), Component.C3);
        assertThat(orchestrators).contains(someOrchestrators.split(" "));
        if (!kubernetes) {
            assertThat(orchestrators)
                    .noneMatch(
                            id -> ToolCatalog.bundled().find(id).orElseThrow().needsKubernetes());
        }
    }

    @Test
    void onlyGapsGetSuggestionsAndToolsClosingMoreGapsComeFirst() {
        List<ToolSuggestion> suggestions = suggest(WITHOUT_REGISTRY_AND_FEATURE_STORE, ToolConstraints.NONE);
        assertThat(suggestions).extracting(ToolSuggestion::component).containsExactly(Component.C4, Component.C6);
        // SageMaker, Azure ML and Hopsworks do both the feature store and the registry
        assertThat(suggestedFor(suggestions, Component.C6).subList(0, 3))
                .containsExactly("sagemaker", "azure-ml", "hopsworks");
    }

    @Test
    void toolsAlreadyInUseAreNotSuggestedAndAPartialGapGetsOnlyFullTools() {
        List<ToolSuggestion> suggestions =
                suggest(WITHOUT_REGISTRY_AND_FEATURE_STORE + " aws-s3", ToolConstraints.NONE);
        ToolSuggestion registry = suggestions.stream()
                .filter(s -> s.component() == Component.C6)
                .findFirst()
                .orElseThrow();
        assertThat(registry.status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(registry.tools()).allMatch(tool -> tool.support(Component.C6).orElseThrow() == Support.FULL);
    }

    @Test
    void aMissingComponentWithNoFullToolAllowedFallsBackToPartialOnes() {
        ToolCatalog onlyPartial = ToolCatalog.parse("t.json", """
                { "format": "mlops-console-tools", "formatVersion": 1, "tools": [
                  { "id": "s3", "name": "S3", "description": "d", "components": { "C6": "partial" },
                    "activities": [], "license": "commercial", "hosting": ["cloud"], "source": "s" },
                  { "id": "reg", "name": "Reg", "description": "d", "components": { "C6": "full" },
                    "activities": [], "license": "commercial", "hosting": ["kubernetes"], "source": "s" } ] }
                """);
        ToolInventory none = new ToolInventory("empty", List.of(), ToolConstraints.NONE);
        List<ToolSuggestion> suggestions = ToolSuggestions.forGaps(
                ToolCoverage.of(none), none, onlyPartial, new ToolConstraints(false, false, false));
        assertThat(suggestions.get(5).component()).isEqualTo(Component.C6);
        assertThat(suggestions.get(5).tools()).extracting(Tool::id).containsExactly("s3");
        assertThat(suggestions.get(0).tools()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"sagemaker, 'not open source; does not run on premises'", "kubeflow, needs Kubernetes", "mlflow, ''"})
    void exclusionsSayWhy(String tool, String reasons) {
        assertThat(String.join(
                        "; ",
                        new ToolConstraints(true, true, false)
                                .exclusions(ToolCatalog.bundled().find(tool).orElseThrow())))
                .isEqualTo(reasons);
    }
}
