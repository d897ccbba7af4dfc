package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET v2/models/{model}/stats, field by field as Triton's statistics extension
 * (docs/protocol/extension_statistics.md) names them.
 */
class StatisticsOverHttpTest {

    private static final String REQUEST =
            "{\"inputs\": [{\"name\": \"input\", \"shape\": [2, 4], \"datatype\": \"FP32\", \"data\": [1,2,3,4,5,6,7,8]}]}";
    private static final List<String> DURATION = List.of("count", "ns");

    @TempDir
    Path temp;

    @Test
    void modelStatisticsCarryEveryFieldOfTritonsModelStat() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            try (RuntimeServer server =
                    RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0))) {
                HttpFixture http = new HttpFixture(server.baseUrl());
                assertThat(http.post("/v2/models/classifier/infer", REQUEST).status())
                        .isEqualTo(200);

                JsonNode stat = http.get("/v2/models/classifier/versions/1/stats")
                        .json()
                        .get("model_stats")
                        .get(0);

                assertThat(names(stat))
                        .containsExactlyInAnyOrder(
                                "name",
                                "version",
                                "last_inference",
                                "inference_count",
                                "execution_count",
                                "inference_stats",
                                "response_stats",
                                "batch_stats",
                                "memory_usage");
                assertThat(names(stat.get("inference_stats")))
                        .containsExactlyInAnyOrder(
                                "success",
                                "fail",
                                "queue",
                                "compute_input",
                                "compute_infer",
                                "compute_output",
                                "cache_hit",
                                "cache_miss");
                stat.get("inference_stats")
                        .forEach(duration -> assertThat(names(duration)).containsExactlyElementsOf(DURATION));
                assertThat(names(stat.get("response_stats"))).containsExactly("0");
                assertThat(names(stat.get("response_stats").get("0")))
                        .containsExactlyInAnyOrder(
                                "compute_infer", "compute_output", "success", "fail", "empty_response", "cancel");
                JsonNode batch = stat.get("batch_stats").get(0);
                assertThat(names(batch))
                        .containsExactlyInAnyOrder("batch_size", "compute_input", "compute_infer", "compute_output");
                assertThat(batch.get("batch_size").asInt()).isEqualTo(2);
                assertThat(batch.get("compute_infer").get("count").asLong()).isEqualTo(1);
                assertThat(batch.get("compute_infer").get("ns").asLong()).isPositive();
                JsonNode memory = stat.get("memory_usage").get(0);
                assertThat(names(memory)).containsExactlyInAnyOrder("type", "id", "byte_size");
                assertThat(memory.get("type").asText()).isEqualTo("CPU");
                assertThat(memory.get("byte_size").asLong()).isPositive();
                assertThat(stat.get("version").isTextual()).isTrue();
                assertThat(stat.get("inference_count").asLong()).isEqualTo(2);
                assertThat(stat.get("execution_count").asLong()).isEqualTo(1);
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
