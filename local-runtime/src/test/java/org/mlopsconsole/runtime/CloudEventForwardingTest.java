package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hawkular.agent.prometheus.types.Counter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;
import org.mlopsconsole.runtime.predictions.CloudEventSettings;
import org.mlopsconsole.runtime.predictions.JsonLinesPredictionStore;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.mlopsconsole.runtime.predictions.PredictionLogSettings;

/**
 * The prediction log forwards its entries as KServe's payload logger does, to a real HTTP receiver
 * on port 0, from a real runtime serving the Tribuo classifier.
 */
class CloudEventForwardingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI SOURCE = URI.create("http://127.0.0.1:8000/");

    @TempDir
    Path temp;

    private LocalRuntime runtime;
    private HttpServer receiver;
    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private volatile int status = 200;
    private final CountDownLatch stuck = new CountDownLatch(1);
    private volatile boolean holdEvents;

    private record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "(absent)");
        }
    }

    @BeforeEach
    void serveAndListen() throws IOException {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    @AfterEach
    void close() {
        stuck.countDown();
        receiver.stop(0);
        runtime.close();
    }

    private void receive(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new java.util.TreeMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (holdEvents) {
            try {
                stuck.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        events.add(new Received(headers, body));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private URI receiverUrl() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/events");
    }

    private PredictionLog log(CloudEventSettings forwarding) {
        PredictionLog log = PredictionLog.start(
                JsonLinesPredictionStore.open(temp.resolve("log")),
                PredictionLogSettings.defaults().withForwarding(forwarding));
        runtime.addInferenceObserver(log);
        return log;
    }

    private static InferenceRequest request(String id, float first) {
        return new InferenceRequest(
                "classifier",
                OptionalLong.empty(),
                Optional.of(id),
                List.of(Tensor.ofFloats("input", new long[] {1, 4}, first, 3.5f, 1.4f, 0.2f)),
                List.of(),
                OptionalLong.empty());
    }

    private Received next() throws InterruptedException {
        Received event = events.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("an event within 30 s").isNotNull();
        return event;
    }

    @Test
    void eachLoggedRequestArrivesAsARequestAndAResponseEventInKServesBinaryFormat() throws Exception {
        try (PredictionLog log = log(CloudEventSettings.to(receiverUrl(), SOURCE))) {
            InferenceResponse answer = runtime.infer(request("order-7", 5.1f)).get(30, TimeUnit.SECONDS);

            Received request = next();
            Received response = next();

            for (Received event : List.of(request, response)) {
                assertThat(event.header("ce-specversion")).isEqualTo("1.0");
                assertThat(event.header("ce-id")).isEqualTo("order-7");
                assertThat(event.header("ce-source")).isEqualTo("http://127.0.0.1:8000/");
                assertThat(event.header("ce-inferenceservicename")).isEqualTo("classifier");
                assertThat(event.header("ce-component")).isEqualTo("predictor");
                assertThat(event.header("ce-endpoint")).isEqualTo("default");
                assertThat(event.header("content-type")).isEqualTo("application/json");
                assertThat(java.time.Instant.parse(event.header("ce-time"))).isNotNull();
            }
            assertThat(request.header("ce-type")).isEqualTo("org.kubeflow.serving.inference.request");
            assertThat(response.header("ce-type")).isEqualTo("org.kubeflow.serving.inference.response");
            assertThat(JSON.readTree(request.body()))
                    .isEqualTo(
                            JSON.readTree("{\"id\": \"order-7\", \"inputs\": [{\"name\": \"input\", \"shape\": [1, 4],"
                                    + " \"datatype\": \"FP32\", \"data\": [5.1, 3.5, 1.4, 0.2]}]}"));
            // the response event's body is the answer the server gives this request over HTTP
            assertThat(JSON.readTree(response.body()))
                    .isEqualTo(JSON.readTree(OipJson.withDefaults().encodeResponse(answer)));
            Awaiting.until(
                    "both events are counted as sent",
                    () -> log.forwarding().orElseThrow().sent() == 2);
        }
    }

    @ParameterizedTest(name = "mode {0} sends {1}")
    @CsvSource(delimiter = '|', textBlock = """
            request  | org.kubeflow.serving.inference.request
            response | org.kubeflow.serving.inference.response
            """)
    void theModeChoosesWhichEventsAreSent(String mode, String onlyType) throws Exception {
        try (PredictionLog log =
                log(CloudEventSettings.to(receiverUrl(), SOURCE).withMode(CloudEventSettings.Mode.parse(mode)))) {
            runtime.infer(request("a", 1f)).get(30, TimeUnit.SECONDS);
            runtime.infer(request("b", 2f)).get(30, TimeUnit.SECONDS);

            List<Received> received = List.of(next(), next());
            Awaiting.until(
                    "both entries are forwarded",
                    () -> log.forwarding().orElseThrow().sent() == 2);

            assertThat(received).extracting(event -> event.header("ce-type")).containsOnly(onlyType);
            assertThat(received).extracting(event -> event.header("ce-id")).containsExactly("a", "b");
            assertThat(events).isEmpty();
        }
    }

    @Test
    void aReceiverThatRefusesIsCountedAsFailedAndServingGoesOn() throws Exception {
        status = 503;
        try (PredictionLog log = log(CloudEventSettings.to(receiverUrl(), SOURCE))) {
            for (int i = 0; i < 3; i++) {
                assertThat(runtime.infer(request("r" + i, i))
                                .get(30, TimeUnit.SECONDS)
                                .outputs())
                        .isNotEmpty();
            }
            Awaiting.until(
                    "six refused events are counted",
                    () -> log.forwarding().orElseThrow().failed() == 6);
            assertThat(log.forwarding().orElseThrow().sent()).isZero();
            assertThat(log.awaitWritten(Duration.ofSeconds(30))).isTrue();
            assertThat(log.stats().written()).as("the log itself keeps them").isEqualTo(3);
        }
    }

    @Test
    void aStuckReceiverNeverHoldsUpInferenceAndTheDroppedEntriesAreAMetric() throws Exception {
        holdEvents = true;
        int requests = 20;
        try (RuntimeMetrics metrics = RuntimeMetrics.attach(runtime);
                PredictionLog log =
                        log(CloudEventSettings.to(receiverUrl(), SOURCE).withQueue(1))) {
            metrics.track(log);
            List<InferenceResponse> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(runtime.infer(request("s" + i, i)).get(30, TimeUnit.SECONDS));
            }
            assertThat(answers).hasSize(requests);
            // one entry is held by the stuck POST and one waits in the queue of 1: the others are dropped
            Awaiting.until("the log has seen every request", () -> log.stats().logged() == requests);
            assertThat(log.forwarding().orElseThrow().dropped()).isGreaterThanOrEqualTo(requests - 2);

            PrometheusText scraped = PrometheusText.parse(metrics.scrape());
            Counter dropped = scraped.series("mlops_prediction_events_dropped_total", Map.of());
            assertThat(dropped.getValue())
                    .isEqualTo((double) log.forwarding().orElseThrow().dropped());
            Counter written = scraped.series("mlops_prediction_log_written_total", Map.of());
            assertThat(written.getValue()).isLessThanOrEqualTo(requests);
            stuck.countDown();
        }
    }

    @Test
    void aLogUrlThatIsNotHttpIsRefusedWithWhatIsWrong() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> CloudEventSettings.to(URI.create("file:///etc/passwd"), SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http or https")
                .hasMessageContaining("file:///etc/passwd");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CloudEventSettings.Mode.parse("everything"))
                .hasMessageContaining("all, request or response");
    }
}
