package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error is {"error": ...} with the right status, a client's mistake is never a 500, and no
 * message shows where the server keeps its files (findings 6 and 8 of issue 12).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpErrorsTest {

    private static final String CLASSIFIER_REQUEST =
            "{\"inputs\": [{\"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\", \"data\": [1, 2, 3, 4]}]}";

    @TempDir
    static Path temp;

    private ModelRepository repository;
    private LocalRuntime runtime;
    private RuntimeServer server;
    private HttpFixture http;

    @BeforeAll
    void startServer() {
        repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        repository.importModel(
                TestModels.miniLmQuantized(temp.resolve("minilm-q.onnx")), "minilm", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        server = RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0));
        http = new HttpFixture(server.baseUrl());
    }

    @AfterAll
    void stopServer() {
        server.close();
        runtime.close();
    }

    private static String miniLm(int idsLength, int maskLength) {
        return "{\"inputs\": [" + miniLmInput("input_ids", idsLength, 1000) + ","
                + miniLmInput("attention_mask", maskLength, 1) + "," + miniLmInput("token_type_ids", idsLength, 0)
                + "]}";
    }

    private static String miniLmInput(String name, int length, int value) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < length; i++) {
            data.append(i == 0 ? "" : ",").append(value);
        }
        return "{\"name\": \"" + name + "\", \"shape\": [1, " + length + "], \"datatype\": \"INT64\", \"data\": ["
                + data + "]}";
    }

    @Test
    void miniLmInputsOfDifferentLengthsAreTheClientsMistake() {
        HttpFixture.Answer answer = http.post("/v2/models/minilm/infer", miniLm(3, 2));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("model 'minilm' version 1").doesNotContain("onnxruntime_src");
    }

    @Test
    void aSequencePastTheModelsLimitIsTheClientsMistake() {
        HttpFixture.Answer answer = http.post("/v2/models/minilm/infer", miniLm(600, 600));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains("model 'minilm' version 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "trailing garbage | " + "{\"inputs\": [{\"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\","
                        + " \"data\": [1, 2, 3, 4]}]} {} | something follows the request's JSON object",
                "trailing text | " + "{\"inputs\": [{\"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\","
                        + " \"data\": [1, 2, 3, 4]}]} x | malformed JSON",
                "duplicate key at the top | {\"inputs\": [], \"inputs\": []} | Duplicate field 'inputs'",
                "duplicate key in an input | {\"inputs\": [{\"name\": \"input\", \"name\": \"input\", \"shape\": [1, 4],"
                        + " \"datatype\": \"FP32\", \"data\": [1, 2, 3, 4]}]} | Duplicate field 'name'",
                "data before its shape, too long | {\"inputs\": [{\"name\": \"input\", \"data\": [1, 2, 3, 4, 5],"
                        + " \"datatype\": \"FP32\", \"shape\": [1, 4]}]} | holds more values than its shape needs (4)",
            })
    void malformedBodiesAreRefused(String caseName, String body, String message) {
        HttpFixture.Answer answer = http.post("/v2/models/classifier/infer", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains(message);
    }

    @Test
    void dataBeforeItsShapeAndDatatypeIsStillRead() {
        HttpFixture.Answer answer = http.post(
                "/v2/models/classifier/infer",
                "{\"inputs\": [{\"data\": [[1, 2, 3, 4]], \"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\"}]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("outputs").get(0).path("shape").toString())
                .isEqualTo("[1,3]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text/plain | text/plain",
                "multipart | multipart/form-data; boundary=x",
                "form | application/x-www-form-urlencoded",
            })
    void aBodyThatIsNotJsonIsRefused(String caseName, String contentType) {
        HttpFixture.Answer answer = http.post(
                "/v2/models/classifier/infer",
                CLASSIFIER_REQUEST.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", contentType));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.error()).contains("application/json");
    }

    @Test
    void gzipIsAcceptedAndAnUnknownEncodingRefused() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(CLASSIFIER_REQUEST.getBytes(StandardCharsets.UTF_8));
        }
        HttpFixture.Answer gzip = http.post(
                "/v2/models/classifier/infer",
                zipped.toByteArray(),
                Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"));
        HttpFixture.Answer brotli = http.post(
                "/v2/models/classifier/infer",
                CLASSIFIER_REQUEST.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json", "Content-Encoding", "br"));
        HttpFixture.Answer notGzip = http.post(
                "/v2/models/classifier/infer",
                CLASSIFIER_REQUEST.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"));

        assertThat(gzip.status()).isEqualTo(200);
        assertThat(brotli.status()).isEqualTo(415);
        assertThat(brotli.error()).contains("Content-Encoding 'br'");
        assertThat(notGzip.status()).isEqualTo(400);
    }

    @Test
    void aNulInThePathIsAJsonError() {
        RawHttp.Answer answer =
                RawHttp.exchange(server.port(), RawHttp.head("GET", "/v2/models/a%00b", server.port()), new byte[0]);

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().has("error")).isTrue();
    }

    @Test
    void aBadHeaderIsAJsonError() {
        RawHttp.Answer answer =
                RawHttp.exchange(server.port(), "GET /v2 HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x", new byte[0]);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().has("error")).isTrue();
    }

    @Test
    void aClaimedHugeBodyIsRefusedAtOnce() {
        try (RawHttp raw = new RawHttp(server.port(), 3_000)) {
            raw.send(
                    RawHttp.head(
                                    "POST",
                                    "/v2/models/classifier/infer",
                                    server.port(),
                                    "Content-Type: application/json",
                                    "Content-Length: 10000000000")
                            + "\r\n\r\n",
                    "{\"inputs\": [".getBytes(StandardCharsets.UTF_8));

            RawHttp.Answer answer = raw.read();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.error()).contains("larger than this server accepts");
        }
    }

    @Test
    void noMessageShowsWhereTheRepositoryLives() {
        String root = repository.root().toString();
        HttpFixture.Answer push = http.post(
                "/v2/repository/models/broken/load", "{\"parameters\": {\"file:1/model.onnx\": \"bm90IGEgbW9kZWw=\"}}");
        HttpFixture.Answer badConfig = http.post(
                "/v2/repository/models/classifier/load",
                "{\"parameters\": {\"config\": \"{\\\"max_batch_size\\\": -4}\"}}");
        HttpFixture.Answer index = http.post("/v2/repository/index", "{}");

        assertThat(push.status()).isEqualTo(400);
        assertThat(badConfig.status()).isEqualTo(400);
        for (HttpFixture.Answer answer : new HttpFixture.Answer[] {push, badConfig, index}) {
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(root).doesNotContain(System.getProperty("java.io.tmpdir"));
        }
    }

    @Test
    void aConfigAloneReplacesTheConfigAndReloads() {
        HttpFixture.Answer load = http.post(
                "/v2/repository/models/classifier/load",
                "{\"parameters\": {\"config\": \"{\\\"max_batch_size\\\": 4}\"}}");

        assertThat(load.status()).isEqualTo(200);
        assertThat(runtime.maxBatchSize("classifier", OptionalLong.empty())).isEqualTo(4);
        HttpFixture.Answer restored = http.post(
                "/v2/repository/models/classifier/load",
                "{\"parameters\": {\"config\": \"{\\\"max_batch_size\\\": 8}\"}}");
        assertThat(restored.status()).isEqualTo(200);
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        try (RuntimeServer guarded = RuntimeServer.start(
                runtime, ServerOptions.localDefaults().withPort(0).withHostAndToken("127.0.0.1", Optional.of("s3")))) {
            HttpFixture client = new HttpFixture(guarded.baseUrl());
            for (String scheme : new String[] {"Bearer", "bearer", "BEARER"}) {
                HttpFixture.Answer answer = client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(guarded.baseUrl() + "/v2")),
                        Map.of("Authorization", scheme + " s3"));
                assertThat(answer.status()).as(scheme).isEqualTo(200);
            }
        }
    }
}
