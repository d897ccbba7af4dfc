package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.predictions.JsonLinesPredictionStore;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.mlopsconsole.runtime.predictions.PredictionLogSettings;

/** A real server on a free port with the prediction log on, serving a real ONNX classifier. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictionLogOverHttpTest {

    @TempDir
    static Path temp;

    private LocalRuntime runtime;
    private PredictionLog log;
    private RuntimeServer server;
    private HttpFixture http;
    /** Requests answered so far, each of which the log must take. */
    private final java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    void startServer() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        log = PredictionLog.start(JsonLinesPredictionStore.open(temp.resolve("log")), PredictionLogSettings.defaults());
        runtime.addInferenceObserver(log);
        server = RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0), log);
        http = new HttpFixture(server.baseUrl());
    }

    @AfterAll
    void stopServer() {
        server.close();
        runtime.close();
        log.close();
    }

    @Test
    void outcomesJoinByTheClientsIdAndTheSummaryScoresThem() {
        int first = predictedClass(infer("order-1", "[3, 0, 0, 0]"));
        int second = predictedClass(infer("order-2", "[0, 0, 3, 0]"));
        waitForTheLog();

        HttpFixture.Answer joined = http.post(
                "/v2/models/classifier/outcomes",
                "[{\"id\": \"order-1\", \"label\": " + first + "},"
                        + " {\"id\": \"order-2\", \"label\": \"" + (second + 1) % 3 + "\"},"
                        + " {\"id\": \"nobody\", \"label\": 0},"
                        + " {\"id\": \"order-1\", \"label\": 2}]");

        assertThat(joined.status()).isEqualTo(200);
        JsonNode report = joined.json();
        assertThat(report.get("received").asInt()).isEqualTo(4);
        assertThat(report.get("joined").asInt()).isEqualTo(2);
        assertThat(report.get("unknown_ids")).extracting(JsonNode::asText).containsExactly("nobody");
        assertThat(report.get("duplicate_ids")).extracting(JsonNode::asText).containsExactly("order-1");

        JsonNode window = http.get("/v2/models/classifier/outcomes/summary?window=1h&windows=2")
                .json()
                .get("windows")
                .get(1);
        assertThat(window.get("joined").asInt()).isEqualTo(2);
        assertThat(window.get("classification").get("accuracy").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(window.get("classification").get("count").asInt()).isEqualTo(2);
    }

    @Test
    void loggedRequestsAreListedWithTheirInputValuesAndTheLogsCounters() {
        infer("listed", "[1, 2, 3, 4]");
        waitForTheLog();

        JsonNode logged =
                http.get("/v2/models/classifier/predictions?id=listed").json().get("predictions");

        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).get("model").asText()).isEqualTo("classifier");
        assertThat(logged.get(0).get("inputs").get(0).get("data"))
                .extracting(JsonNode::asDouble)
                .containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(logged.get(0).get("outputs").get(0).get("data")).hasSize(3);
        JsonNode stats = http.get("/v2/predictions/stats").json();
        assertThat(stats.get("written").asLong()).isPositive();
        assertThat(stats.get("dropped").asLong()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not an array      | {\"id\": \"a\", \"label\": 1}         | send the outcomes as a JSON array",
                "no id             | [{\"label\": 1}]                     | outcome 0: \"id\" must be",
                "label and value   | [{\"id\": \"a\", \"label\": 1, \"value\": 2}] | outcome 0 (id a): give either",
                "value not numeric | [{\"id\": \"a\", \"value\": \"x\"}]    | \"value\" must be a finite number",
            })
    void aBadOutcomeBodyIsRefusedSayingWhere(String what, String body, String message) {
        HttpFixture.Answer answer = http.post("/v2/models/classifier/outcomes", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains(message);
    }

    /** A state change: like load and unload, it takes JSON only and no foreign page may send it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text/plain, , 415",
        "application/x-www-form-urlencoded, , 415",
        "application/json, http://evil.example, 403",
    })
    void outcomesRefuseWhatABrowserPageCanSend(String contentType, String origin, int status) {
        Map<String, String> headers = origin == null
                ? Map.of("Content-Type", contentType)
                : Map.of("Content-Type", contentType, "Origin", origin);

        HttpFixture.Answer answer = http.post(
                "/v2/models/classifier/outcomes",
                "[{\"id\": \"order-1\", \"label\": 0}]".getBytes(StandardCharsets.UTF_8),
                headers);

        assertThat(answer.status()).isEqualTo(status);
    }

    @Test
    void aServerWithoutALogSaysHowToTurnItOn() {
        try (RuntimeServer plain =
                RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0))) {
            HttpFixture.Answer answer = new HttpFixture(plain.baseUrl()).get("/v2/models/classifier/outcomes/summary");

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.error()).contains("--prediction-log");
        }
    }

    private JsonNode infer(String id, String features) {
        HttpFixture.Answer answer = http.post(
                "/v2/models/classifier/infer",
                "{\"id\": \"" + id + "\", \"inputs\": [{\"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\","
                        + " \"data\": " + features + "}]}");
        assertThat(answer.status()).isEqualTo(200);
        answered.incrementAndGet();
        return answer.json();
    }

    private static int predictedClass(JsonNode answer) {
        JsonNode scores = answer.get("outputs").get(0).get("data");
        int best = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i).asDouble() > scores.get(best).asDouble()) {
                best = i;
            }
        }
        return best;
    }

    private void waitForTheLog() {
        Awaiting.until("the answers reached the log", () -> log.stats().logged() >= answered.get());
        assertThat(log.awaitWritten(Duration.ofSeconds(30))).isTrue();
    }
}
