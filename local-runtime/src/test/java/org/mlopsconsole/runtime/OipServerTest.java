package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OipServerTest {

    private static final String CLASSIFIER_INPUT =
            "{\"name\": \"input\", \"shape\": [2, 4], \"datatype\": \"FP32\", \"data\": [[1, 2, 3, 4], [0.5, -1, 0, 2]]}";

    @TempDir
    static Path temp;

    private Path classifierFile;
    private Path miniLmFile;
    private LocalRuntime runtime;
    private RuntimeServer server;
    private HttpFixture http;

    @BeforeAll
    void startServer() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        classifierFile = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
        miniLmFile = TestModels.miniLmQuantized(temp.resolve("minilm-q.onnx"));
        repository.importModel(classifierFile, "classifier", OptionalLong.empty());
        repository.importModel(miniLmFile, "minilm", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        server = RuntimeServer.start(
                runtime, ServerOptions.localDefaults().withPort(0).withLimits(1024 * 1024, 16, 100_000));
        http = new HttpFixture(server.baseUrl());
    }

    @AfterAll
    void stopServer() {
        server.close();
        runtime.close();
    }

    @Test
    void healthAnswersWithStatusAndJsonBody() {
        HttpFixture.Answer live = http.get("/v2/health/live");
        HttpFixture.Answer ready = http.get("/v2/health/ready");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("live").asBoolean()).isTrue();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("ready").asBoolean()).isTrue();
        assertThat(http.get("/v2/models/classifier/ready").json().get("ready").asBoolean())
                .isTrue();
        assertThat(http.get("/v2/models/classifier/versions/1/ready").status()).isEqualTo(200);
    }

    @Test
    void serverMetadataListsTheExtensions() {
        JsonNode metadata = http.get("/v2").json();

        assertThat(metadata.get("name").asText()).isEqualTo("mlops-console-runtime");
        assertThat(metadata.get("extensions"))
                .extracting(JsonNode::asText)
                .containsExactly("binary_tensor_data", "model_repository", "statistics");
    }

    @Test
    void modelMetadataDescribesTheSignature() {
        JsonNode metadata = http.get("/v2/models/minilm/versions/1").json();

        assertThat(metadata.get("platform").asText()).isEqualTo("onnx_onnxv1");
        assertThat(metadata.get("versions")).extracting(JsonNode::asText).containsExactly("1");
        assertThat(metadata.get("inputs").get(0).toString())
                .isEqualTo("{\"name\":\"input_ids\",\"datatype\":\"INT64\",\"shape\":[-1,-1]}");
        assertThat(metadata.get("outputs").get(0).toString())
                .isEqualTo("{\"name\":\"last_hidden_state\",\"datatype\":\"FP32\",\"shape\":[-1,-1,384]}");
    }

    @Test
    void inferenceOverHttpEqualsOnnxRuntimeAndEchoesTheId() throws Exception {
        HttpFixture.Answer answer = http.post(
                "/v2/models/classifier/infer",
                "{\"id\": \"req-7\", \"inputs\": [" + CLASSIFIER_INPUT + "], \"outputs\": [{\"name\": \"output\"}]}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("id").asText()).isEqualTo("req-7");
        assertThat(body.get("model_name").asText()).isEqualTo("classifier");
        assertThat(body.get("model_version").asText()).isEqualTo("1");
        JsonNode output = body.get("outputs").get(0);
        assertThat(output.get("shape").toString()).isEqualTo("[2,3]");
        Tensor input = Tensor.ofFloats("input", new long[] {2, 4}, 1, 2, 3, 4, 0.5f, -1, 0, 2);
        try (DirectOnnx direct = new DirectOnnx(classifierFile)) {
            assertThat(floats(output.get("data"))).containsExactly(direct.runFloats(Map.of("input", input), "output"));
        }
    }

    @Test
    void miniLmOverHttpEqualsOnnxRuntime() throws Exception {
        List<Tensor> inputs = Fixtures.miniLmInputs(1, 6, 11);
        StringBuilder json = new StringBuilder("{\"inputs\": [");
        for (Tensor input : inputs) {
            json.append("{\"name\": \"")
                    .append(input.name())
                    .append("\", \"shape\": [1, 6], \"datatype\": \"INT64\",")
                    .append(" \"data\": ")
                    .append(java.util.Arrays.toString(input.asLongs()))
                    .append("},");
        }
        json.setLength(json.length() - 1);
        json.append("]}");

        JsonNode output = http.post("/v2/models/minilm/infer", json.toString())
                .json()
                .get("outputs")
                .get(0);

        assertThat(output.get("shape").toString()).isEqualTo("[1,6,384]");
        try (DirectOnnx direct = new DirectOnnx(miniLmFile)) {
            Map<String, Object> feeds = Map.of(
                    "input_ids", inputs.get(0), "attention_mask", inputs.get(1), "token_type_ids", inputs.get(2));
            assertThat(floats(output.get("data"))).containsExactly(direct.runFloats(feeds, "last_hidden_state"));
        }
    }

    @Test
    void binaryTensorDataGoesBothWays() throws Exception {
        float[] values = {1, 2, 3, 4, 0.5f, -1, 0, 2};
        ByteBuffer data = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            data.putFloat(value);
        }
        byte[] header = ("{\"inputs\": [{\"name\": \"input\", \"shape\": [2, 4], \"datatype\": \"FP32\","
                        + " \"parameters\": {\"binary_data_size\": 32}}],"
                        + " \"parameters\": {\"binary_data_output\": true}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = ByteBuffer.allocate(header.length + 32)
                .put(header)
                .put(data.array())
                .array();

        HttpFixture.Answer answer = http.post(
                "/v2/models/classifier/infer",
                body,
                Map.of(
                        "Inference-Header-Content-Length",
                        Integer.toString(header.length),
                        "Content-Type",
                        "application/octet-stream"));

        assertThat(answer.status()).isEqualTo(200);
        int jsonLength = Integer.parseInt(
                answer.headers().get("inference-header-content-length").get(0));
        JsonNode json = HttpFixture.JSON.readTree(java.util.Arrays.copyOf(answer.body(), jsonLength));
        assertThat(json.get("outputs")
                        .get(0)
                        .get("parameters")
                        .get("binary_data_size")
                        .asInt())
                .isEqualTo(24);
        ByteBuffer binary = ByteBuffer.wrap(answer.body(), jsonLength, 24).order(ByteOrder.LITTLE_ENDIAN);
        float[] outputs = new float[6];
        binary.asFloatBuffer().get(outputs);
        try (DirectOnnx direct = new DirectOnnx(classifierFile)) {
            Tensor input = Tensor.ofFloats("input", new long[] {2, 4}, values);
            assertThat(outputs).containsExactly(direct.runFloats(Map.of("input", input), "output"));
        }
    }

    @Test
    void aRawBinaryRequestFeedsTheOnlyInputAsBatchOne() throws Exception {
        float[] values = {1, 2, 3, 4};
        ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            data.putFloat(value);
        }

        HttpFixture.Answer answer =
                http.post("/v2/models/classifier/infer", data.array(), Map.of("Inference-Header-Content-Length", "0"));
        HttpFixture.Answer refused =
                http.post("/v2/models/minilm/infer", data.array(), Map.of("Inference-Header-Content-Length", "0"));

        assertThat(answer.status()).isEqualTo(200);
        int jsonLength = Integer.parseInt(
                answer.headers().get("inference-header-content-length").get(0));
        JsonNode json = HttpFixture.JSON.readTree(java.util.Arrays.copyOf(answer.body(), jsonLength));
        assertThat(json.get("outputs").get(0).get("shape").toString()).isEqualTo("[1,3]");
        float[] outputs = new float[3];
        ByteBuffer.wrap(answer.body(), jsonLength, 12)
                .order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer()
                .get(outputs);
        try (DirectOnnx direct = new DirectOnnx(classifierFile)) {
            Tensor input = Tensor.ofFloats("input", new long[] {1, 4}, values);
            assertThat(outputs).containsExactly(direct.runFloats(Map.of("input", input), "output"));
        }
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).contains("needs a model with exactly one input; 'minilm' has 3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON | classifier | {\"inputs\": [ | 400 | malformed JSON at line 1",
                "unknown model | nope | {\"inputs\": ["
                        + "{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}"
                        + " | 404 | unknown model: 'nope'",
                "wrong input name | classifier | {\"inputs\": [{\"name\":\"x\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}"
                        + " | 400 | unexpected inference input 'x' for model 'classifier'; it expects [input]",
                "wrong shape | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,5],\"datatype\":\"FP32\",\"data\":[1,2,3,4,5]}]}"
                        + " | 400 | input 'input' has shape [1, 5] but model 'classifier' expects [-1, 4] (dimension 1)",
                "wrong datatype | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP64\",\"data\":[1,2,3,4]}]}"
                        + " | 400 | input 'input' has datatype FP64 but model 'classifier' expects FP32",
                "unknown datatype | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FLOAT\",\"data\":[1,2,3,4]}]}"
                        + " | 400 | input 'input' has unknown datatype \"FLOAT\"",
                "too few values | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[2,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}"
                        + " | 400 | input 'input' holds 4 values but its shape needs 8",
                "too many values | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4,5]}]}"
                        + " | 400 | input 'input' holds more values than its shape needs (4)",
                "oversized shape | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[100000000000,4],\"datatype\":\"FP32\",\"data\":[1]}]}"
                        + " | 400 | more than the 100000 elements a tensor may have",
                "NaN literal | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[NaN,2,3,4]}]}"
                        + " | 400 | JSON has no NaN or Infinity",
                "NaN as string | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[\"NaN\",2,3,4]}]}"
                        + " | 400 | value \"NaN\" at index 0 is not valid for FP32; expected a number",
                "out of range | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1e39,2,3,4]}]}"
                        + " | 400 | within the FP32 range",
                "too deep | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]}]}"
                        + " | 400 | nesting depth",
                "no inputs | classifier | {\"inputs\": []} | 400 | the request needs \"inputs\"",
                "unknown output | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}], \"outputs\": [{\"name\":\"probabilities\"}]}"
                        + " | 400 | unexpected inference output 'probabilities' for model 'classifier'",
                "batch over the limit | classifier | {\"inputs\": [{\"name\":\"input\",\"shape\":[9,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4,1,2,3,4,1,2,3,4,1,2,3,4,1,2,3,4,1,2,3,4,1,2,3,4,1,2,3,4,1,2,3,4]}]}"
                        + " | 400 | batch size 9, more than model 'classifier' allows (max_batch_size 8)",
                "bad token ids | minilm | {\"inputs\": [{\"name\":\"input_ids\",\"shape\":[1,1],\"datatype\":\"INT64\",\"data\":[999999999]},{\"name\":\"attention_mask\",\"shape\":[1,1],\"datatype\":\"INT64\",\"data\":[1]},{\"name\":\"token_type_ids\",\"shape\":[1,1],\"datatype\":\"INT64\",\"data\":[0]}]}"
                        + " | 400 | model 'minilm' version 1 failed to run",
            })
    void badRequestsGetAClearErrorAndTheServerKeepsServing(
            String caseName, String model, String body, int status, String message) {
        HttpFixture.Answer answer = http.post("/v2/models/" + model + "/infer", body);

        assertThat(answer.status()).as(caseName).isEqualTo(status);
        assertThat(answer.error()).as(caseName).contains(message);
        assertThat(http.post("/v2/models/classifier/infer", "{\"inputs\": [" + CLASSIFIER_INPUT + "]}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unknownVersionAndBadVersionAreTold() {
        String body = "{\"inputs\": [" + CLASSIFIER_INPUT + "]}";

        HttpFixture.Answer unknown = http.post("/v2/models/classifier/versions/9/infer", body);
        HttpFixture.Answer notANumber = http.post("/v2/models/classifier/versions/latest/infer", body);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("model 'classifier' has no served version 9");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.error()).isEqualTo("version 'latest' is not a version number");
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        // Only the head is sent: the server answers on the declared length, and a client still
        // writing a body the server will not read can lose that answer to the closed connection.
        java.net.URI base = java.net.URI.create(server.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST /v2/models/classifier/infer HTTP/1.1\r\nHost: " + base.getAuthority()
                                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 2 * 1024 * 1024
                                    + "\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than this server accepts");
        }
    }

    @Test
    void statisticsCountInferences() {
        http.post("/v2/models/classifier/infer", "{\"inputs\": [" + CLASSIFIER_INPUT + "]}");

        JsonNode stats = http.get("/v2/models/classifier/stats")
                .json()
                .get("model_stats")
                .get(0);

        assertThat(stats.get("name").asText()).isEqualTo("classifier");
        assertThat(stats.get("inference_count").asLong()).isPositive();
        assertThat(stats.get("inference_stats").get("success").get("count").asLong())
                .isPositive();
        assertThat(http.get("/v2/models/nope/stats").status()).isEqualTo(404);
        assertThat(http.get("/v2/models/stats").json().get("model_stats"))
                .extracting(node -> node.get("name").asText())
                .contains("classifier");
    }

    @Test
    void repositoryIndexListsEveryModelWithItsState() {
        JsonNode index = http.post("/v2/repository/index", "{}").json();

        assertThat(index).extracting(node -> node.get("name").asText()).contains("classifier", "minilm");
        assertThat(index)
                .allSatisfy(node -> assertThat(node.get("state").asText()).isEqualTo("READY"));
    }

    @Test
    void aPushedModelIsStoredLoadedAndServed() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(classifierFile));
        String body = "{\"parameters\": {\"config\": \"{\\\"max_batch_size\\\": 2}\", \"file:3/model.onnx\": \""
                + base64 + "\"}}";

        HttpFixture.Answer load = http.post("/v2/repository/models/pushed/load", body);

        assertThat(load.status()).isEqualTo(200);
        assertThat(temp.resolve("repo/pushed/3/model.onnx")).hasSameBinaryContentAs(classifierFile);
        HttpFixture.Answer infer =
                http.post("/v2/models/pushed/versions/3/infer", "{\"inputs\": [" + CLASSIFIER_INPUT + "]}");
        assertThat(infer.status()).isEqualTo(200);

        HttpFixture.Answer unload = http.post("/v2/repository/models/pushed/unload", "");
        assertThat(unload.status()).isEqualTo(200);
        assertThat(http.get("/v2/models/pushed/ready").status()).isEqualTo(400);
    }

    @Test
    void aPushThatIsNotAModelIsRefusedAndNothingIsWritten() {
        String body = "{\"parameters\": {\"file:1/model.onnx\": \""
                + Base64.getEncoder().encodeToString("garbage".getBytes(StandardCharsets.UTF_8)) + "\"}}";

        HttpFixture.Answer load = http.post("/v2/repository/models/junk/load", body);
        HttpFixture.Answer escape =
                http.post("/v2/repository/models/junk/load", "{\"parameters\": {\"file:../x/model.onnx\": \"\"}}");

        assertThat(load.status()).isEqualTo(400);
        assertThat(load.error()).contains("is not a model ONNX Runtime can load");
        assertThat(escape.status()).isEqualTo(400);
        assertThat(escape.error()).contains("is not accepted");
        assertThat(temp.resolve("repo/junk")).doesNotExist();
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() {
        JsonNode document = http.get("/openapi.json").json();

        assertThat(document.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/v2/health/live", "/v2/models/{model}/infer", "/v2/repository/index");
    }

    @Test
    void anUnknownEndpointAnswersJson() {
        HttpFixture.Answer answer = http.get("/v3/nothing");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.error()).contains("no endpoint GET /v3/nothing");
    }

    @Test
    void aServerWithATokenRefusesRequestsWithoutIt() {
        try (RuntimeServer guarded = RuntimeServer.start(
                runtime,
                ServerOptions.localDefaults().withPort(0).withHostAndToken("127.0.0.1", Optional.of("s3cret")))) {
            HttpFixture client = new HttpFixture(guarded.baseUrl());

            HttpFixture.Answer missing = client.get("/v2/health/live");
            HttpFixture.Answer wrong = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(guarded.baseUrl() + "/v2")),
                    Map.of("Authorization", "Bearer guess"));
            HttpFixture.Answer right = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(guarded.baseUrl() + "/v2")),
                    Map.of("Authorization", "Bearer s3cret"));

            assertThat(missing.status()).isEqualTo(401);
            assertThat(missing.error()).contains("requires a token");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(right.status()).isEqualTo(200);
        }
    }

    @Test
    void bindingBeyondLoopbackWithoutATokenIsRefused() {
        assertThatThrownBy(() -> ServerOptions.localDefaults().withHostAndToken("0.0.0.0", Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("give a token");
    }

    private static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).floatValue();
        }
        return values;
    }
}
