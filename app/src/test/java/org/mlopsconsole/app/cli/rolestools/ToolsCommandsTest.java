package org.mlopsconsole.app.cli.rolestools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsCommandsTest {

    /** Every component covered fully except the model registry (C6). */
    private static final String WITHOUT_REGISTRY = """
            {
              "format": "mlops-console-tool-inventory",
              "formatVersion": 1,
              "name": "Acme",
              "tools": [
                { "tool": "gitlab" }, { "tool": "airflow" }, { "tool": "feast" }, { "tool": "kubernetes" },
                { "tool": "tfx" }, { "tool": "kserve" }, { "tool": "prometheus" }
              ]
            }
            """;

    @TempDir
    Path dir;

    private Path inventory(String json) throws IOException {
        return Files.writeString(dir.resolve("inventory.json"), json);
    }

    @Test
    void anInventoryWithoutAModelRegistryReportsExactlyThatGap() throws IOException {
        CliRun run = CliRun.of(
                "tools", "coverage", "--inventory", inventory(WITHOUT_REGISTRY).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("format").asText()).isEqualTo("mlops-console-tool-coverage");
        List<String> gaps = new ArrayList<>();
        result.path("components").forEach(row -> {
            if (!row.path("status").asText().equals("covered")) {
                gaps.add(row.path("component").asText() + " "
                        + row.path("status").asText());
            }
        });
        assertThat(gaps).containsExactly("C6 missing");
        assertThat(result.path("summary").path("missing").asInt()).isEqualTo(1);
        assertThat(result.path("suggestions")).hasSize(1);
        assertThat(result.path("suggestions").get(0).path("component").asText()).isEqualTo("C6");
    }

    @Test
    void theTextFormShowsTheMatrixAndTheConstraintsFilterTheSuggestions() throws IOException {
        Path file = inventory(WITHOUT_REGISTRY);

        CliRun any = CliRun.of("tools", "coverage", "--inventory", file.toString(), "--format", "text");
        CliRun strict = CliRun.of(
                "tools",
                "coverage",
                "--inventory",
                file.toString(),
                "--format",
                "text",
                "--open-source-only",
                "--on-premises-only",
                "--no-kubernetes");

        assertThat(any.out())
                .containsPattern("C6 Model registry\\s+missing\\s+-")
                .containsPattern("C5 Model training infrastructure\\s+covered\\s+Kubernetes")
                .contains("8 covered, 0 partial, 1 missing.")
                .contains("Suggestions (no constraints):")
                .containsPattern("C6 Model registry \\(missing\\): .*Amazon SageMaker");
        assertThat(strict.exitCode()).isZero();
        assertThat(strict.out())
                .contains("Suggestions (open source only, on premises only, no Kubernetes):")
                .containsPattern("C6 Model registry \\(missing\\): .*MLflow")
                .doesNotContain("SageMaker");
    }

    @Test
    void constraintsInTheFileApplyToo() throws IOException {
        Path file = inventory(WITHOUT_REGISTRY.replace(
                "\"name\": \"Acme\",", "\"name\": \"Acme\", \"constraints\": { \"openSourceOnly\": true },"));

        CliRun run = CliRun.of("tools", "coverage", "--inventory", file.toString(), "--format", "text");

        assertThat(run.out()).contains("Suggestions (open source only):").doesNotContain("SageMaker");
    }

    @Test
    void anInvalidInventoryNamesThePlaceAndExitsOne() throws IOException {
        Path file = inventory(WITHOUT_REGISTRY.replace("{ \"tool\": \"feast\" }", "{ \"tool\": \"feest\" }"));

        CliRun run = CliRun.of("tools", "coverage", "--inventory", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("is not a valid tool inventory (1 error)")
                .contains("inventory.json:6:60: /tools/2/tool: unknown catalog tool \"feest\"");
    }
}
