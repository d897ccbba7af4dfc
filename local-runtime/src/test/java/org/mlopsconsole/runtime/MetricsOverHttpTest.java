package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hawkular.agent.prometheus.types.Counter;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Histogram;
import org.hawkular.agent.prometheus.types.MetricType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;

/** /metrics after a known sequence of requests, read with a Prometheus text-format parser. */
class MetricsOverHttpTest {

    private static final Map<String, String> CLASSIFIER_V1 = Map.of("model", "classifier", "version", "1");

    @TempDir
    Path temp;

    private ModelRepository repository() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        return repository;
    }

    private static String request(int rows) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < rows * TestModels.CLASSIFIER_FEATURES; i++) {
            data.append(i == 0 ? "" : ",").append(i % 7);
        }
        return "{\"inputs\": [{\"name\": \"input\", \"shape\": [" + rows + ", 4], \"datatype\": \"FP32\", \"data\": ["
                + data + "]}]}";
    }

    @Test
    void metricsCountTheRequestsSentPerModelAndVersionWithTritonsNames() {
        try (LocalRuntime runtime = LocalRuntime.create(repository());
                RuntimeMetrics metrics = RuntimeMetrics.attach(runtime)) {
            runtime.loadAll().join();
            try (RuntimeServer server = RuntimeServer.start(
                    runtime, ServerOptions.localDefaults().withPort(0), metrics, OptionalInt.empty())) {
                HttpFixture http = new HttpFixture(server.baseUrl());
                for (int rows : new int[] {1, 1, 1, 2}) {
                    assertThat(http.post("/v2/models/classifier/infer", request(rows))
                                    .status())
                            .isEqualTo(200);
                }
                String wrongShape =
                        "{\"inputs\": [{\"name\": \"input\", \"shape\": [1, 3], \"datatype\": \"FP32\", \"data\": [1,2,3]}]}";
                assertThat(http.post("/v2/models/classifier/infer", wrongShape).status())
                        .isEqualTo(400);
                assertThat(http.post("/v2/models/nope/infer", request(1)).status())
                        .isEqualTo(404);
                // an unknown model is refused before the runtime admits anything: no event, no series
                Awaiting.until("the observer saw every request", () -> counted(metrics) == 5);

                HttpFixture.Answer answer = http.get("/metrics");
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.headers().get("content-type")).containsExactly(RuntimeMetrics.CONTENT_TYPE);
                PrometheusText text =
                        PrometheusText.parse(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));

                assertThat(counter(text, "nv_inference_request_success_total", CLASSIFIER_V1))
                        .isEqualTo(4);
                assertThat(counter(text, "nv_inference_count_total", CLASSIFIER_V1))
                        .isEqualTo(5);
                assertThat(counter(text, "nv_inference_exec_count_total", CLASSIFIER_V1))
                        .isEqualTo(4);
                assertThat(counter(text, "nv_cache_num_hits_per_model_total", CLASSIFIER_V1))
                        .isZero();
                assertThat(counter(text, "nv_inference_request_duration_us_total", CLASSIFIER_V1))
                        .isPositive();
                assertThat(counter(text, "nv_inference_compute_infer_duration_us_total", CLASSIFIER_V1))
                        .isPositive();
                assertThat(text.all("nv_inference_request_failure_total").stream()
                                .filter(series ->
                                        series.getLabels().get("model").equals("classifier"))
                                .mapToDouble(series -> ((Counter) series).getValue())
                                .sum())
                        .isEqualTo(1);
                assertThat(text.all("nv_inference_request_failure_total"))
                        .noneMatch(series -> series.getLabels().get("model").equals("nope"));
                assertThat(text.<Gauge>series("nv_inference_pending_request_count", CLASSIFIER_V1)
                                .getValue())
                        .isZero();

                assertThat(text.family("mlops_inference_request_duration_seconds")
                                .getType())
                        .isEqualTo(MetricType.HISTOGRAM);
                Histogram latency = text.series("mlops_inference_request_duration_seconds", CLASSIFIER_V1);
                assertThat(latency.getSampleCount()).isEqualTo(4);
                assertThat(latency.getBuckets()
                                .get(latency.getBuckets().size() - 1)
                                .getCumulativeCount())
                        .isEqualTo(4);
                Histogram batches = text.series("mlops_inference_batch_size", CLASSIFIER_V1);
                assertThat(batches.getSampleCount()).isEqualTo(4);
                assertThat(batches.getSampleSum()).isEqualTo(5);
                assertThat(cumulative(batches, 1)).isEqualTo(3);
                assertThat(cumulative(batches, 2)).isEqualTo(4);
                assertThat(text.<Histogram>series("mlops_inference_queue_duration_seconds", CLASSIFIER_V1)
                                .getSampleCount())
                        .isEqualTo(4);

                assertThat(text.<Gauge>series("process_resident_memory_bytes", Map.of())
                                .getValue())
                        .isPositive();
                assertThat(text.<Gauge>series("process_files_open_files", Map.of())
                                .getValue())
                        .isPositive();
                assertThat(text.has("process_cpu_usage")).isTrue();
                assertThat(text.<Gauge>series("mlops_repository_size_bytes", Map.of())
                                .getValue())
                        .isPositive();
                assertThat(text.<Gauge>series("mlops_repository_disk_free_bytes", Map.of())
                                .getValue())
                        .isPositive();
                assertThat(text.<Gauge>series("mlops_repository_disk_used_bytes", Map.of())
                                .getValue())
                        .isPositive();
                assertThat(text.<Histogram>series("mlops_model_load_duration_seconds", CLASSIFIER_V1)
                                .getSampleCount())
                        .isEqualTo(1);

                MetricsSnapshot.ModelMetrics snapshot =
                        metrics.snapshot().model("classifier", 1).orElseThrow();
                assertThat(snapshot.successes()).isEqualTo(4);
                assertThat(snapshot.inferences()).isEqualTo(5);
                assertThat(snapshot.recent().throughputPerSecond()).isPositive();
                assertThat(snapshot.recent().p99Millis())
                        .isGreaterThanOrEqualTo(snapshot.recent().p50Millis());
                assertThat(snapshot.recent().meanBatchSize()).isEqualTo(1.25);
            }
        }
    }

    private static long counted(RuntimeMetrics metrics) {
        return metrics.snapshot().models().stream()
                .mapToLong(model -> model.successes() + model.failures())
                .sum();
    }

    private static double counter(PrometheusText text, String name, Map<String, String> labels) {
        return text.<Counter>series(name, labels).getValue();
    }

    private static long cumulative(Histogram histogram, double upperBound) {
        return histogram.getBuckets().stream()
                .filter(bucket -> bucket.getUpperBound() == upperBound)
                .findFirst()
                .orElseThrow()
                .getCumulativeCount();
    }

    @Test
    void theMetricsPortServesOnlyMetricsWithTheServersToken() {
        try (LocalRuntime runtime = LocalRuntime.create(repository());
                RuntimeMetrics metrics = RuntimeMetrics.attach(runtime)) {
            ServerOptions options =
                    ServerOptions.localDefaults().withPort(0).withHostAndToken("127.0.0.1", Optional.of("secret"));
            try (RuntimeServer server = RuntimeServer.start(runtime, options, metrics, OptionalInt.of(0))) {
                String metricsBase = "http://127.0.0.1:" + server.metricsPort().orElseThrow();
                assertThat(server.metricsPort().getAsInt()).isNotEqualTo(server.port());
                HttpFixture http = new HttpFixture(metricsBase);
                Map<String, String> token = Map.of("Authorization", "Bearer secret");

                assertThat(http.get("/metrics").status()).isEqualTo(401);
                HttpFixture.Answer scraped = get(http, metricsBase + "/metrics", token);
                assertThat(scraped.status()).isEqualTo(200);
                assertThat(PrometheusText.parse(new String(scraped.body(), java.nio.charset.StandardCharsets.UTF_8))
                                .has("process_resident_memory_bytes"))
                        .isTrue();
                assertThat(get(http, metricsBase + "/v2/health/live", token).status())
                        .isEqualTo(404);
                assertThat(get(new HttpFixture(server.baseUrl()), server.baseUrl() + "/metrics", token)
                                .status())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void aServerStartedWithoutMetricsAnswersMetrics404() {
        try (LocalRuntime runtime = LocalRuntime.create(repository());
                RuntimeServer server = RuntimeServer.start(
                        runtime, ServerOptions.localDefaults().withPort(0))) {
            HttpFixture.Answer answer = new HttpFixture(server.baseUrl()).get("/metrics");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.error()).contains("without metrics");
        }
    }

    private static HttpFixture.Answer get(HttpFixture http, String url, Map<String, String> headers) {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }
}
