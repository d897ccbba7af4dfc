package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.PipelineConfig.Classification;

/**
 * Pipelines served over HTTP with the real MiniLM models and their tokenizers: text in, embeddings
 * equal to the in-process reference; a classifier with labels; the raw model still callable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineOverHttpTest {

    private static final List<String> TEXTS = List.of(
            "hello world",
            "Pipelines tokenize text before the model and pool its token embeddings after it.",
            "short",
            "A somewhat longer sentence, so that the batch pads the shorter ones to its length.",
            "ONNX Runtime",
            "embeddings",
            "The quick brown fox jumps over the lazy dog.",
            "one more");

    @TempDir
    static Path temp;

    private ModelRepository repository;
    private LocalRuntime runtime;
    private RuntimeServer server;
    private HttpFixture http;
    private EmbeddingReference fp32;
    private EmbeddingReference int8;
    private Path classifierFile;

    @BeforeAll
    void startServer() throws Exception {
        repository = ModelRepository.open(temp.resolve("repo"));
        Path miniLm = TestModels.miniLm(temp.resolve("minilm.onnx"));
        Path miniLmQ = TestModels.miniLmQuantized(temp.resolve("minilm-q.onnx"));
        Path tokenizer = TestModels.miniLmTokenizer(temp.resolve("handed/tokenizer.json"));
        Path tokenizerQ = TestModels.miniLmQuantizedTokenizer(temp.resolve("handed-q/tokenizer.json"));
        classifierFile = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
        repository.importModel(miniLm, "minilm", OptionalLong.empty());
        // a pair of one-text requests leaves at once; a lone one waits a second for company
        repository.storeConfig(
                "minilm",
                "{\"dynamic_batching\": {\"max_queue_delay_microseconds\": 1000000, \"preferred_batch_size\": [2]}}");
        repository.importModel(miniLmQ, "minilm-q", OptionalLong.empty());
        repository.importModel(classifierFile, "classifier", OptionalLong.empty());
        repository.storePipeline(
                "minilm-text", TestModels.meanPooledEmbedding("minilm"), Map.of("tokenizer.json", tokenizer));
        repository.storePipeline(
                "minilm-q-text", TestModels.meanPooledEmbedding("minilm-q"), Map.of("tokenizer.json", tokenizerQ));
        Path labels = Files.writeString(temp.resolve("labels.txt"), "first\nsecond\nthird\n");
        repository.storePipeline(
                "classifier-labels",
                new PipelineConfig(
                        "classifier",
                        Optional.empty(),
                        Optional.of(new Classification(true, 2, Optional.of("labels.txt"), Optional.empty()))),
                Map.of("labels.txt", labels));
        // the pipeline reads its copies: what it was handed may go away
        Files.delete(tokenizer);
        Files.delete(labels);
        fp32 = new EmbeddingReference(miniLm, TestModels.miniLmTokenizer(temp.resolve("ref/tokenizer.json")));
        int8 = new EmbeddingReference(miniLmQ, TestModels.miniLmQuantizedTokenizer(temp.resolve("ref-q/t.json")));
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().get(2, TimeUnit.MINUTES);
        server = RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0));
        http = new HttpFixture(server.baseUrl());
    }

    @AfterAll
    void stopServer() throws Exception {
        server.close();
        runtime.close();
        fp32.close();
        int8.close();
    }

    private static String textRequest(List<String> texts) {
        StringBuilder data = new StringBuilder();
        for (String text : texts) {
            data.append(data.length() == 0 ? "" : ",")
                    .append(HttpFixture.JSON.valueToTree(text).toString());
        }
        return "{\"inputs\":[{\"name\":\"text\",\"datatype\":\"BYTES\",\"shape\":[" + texts.size() + "],\"data\":["
                + data + "]}]}";
    }

    private static float[] row(JsonNode output, int row) {
        int width = output.path("shape").get(1).asInt();
        float[] values = new float[width];
        for (int h = 0; h < width; h++) {
            values[h] = (float) output.path("data").get(row * width + h).asDouble();
        }
        return values;
    }

    private static JsonNode output(JsonNode answer, String name) {
        for (JsonNode output : answer.path("outputs")) {
            if (output.path("name").asText().equals(name)) {
                return output;
            }
        }
        throw new AssertionError("no output " + name + " in " + answer);
    }

    @Test
    void textOverHttpAnswersEmbeddingsEqualToTheInProcessReference() throws Exception {
        List<String> texts = List.of(TEXTS.get(0), TEXTS.get(1));
        HttpFixture.Answer answer = http.post("/v2/models/minilm-text/infer", textRequest(texts));

        assertThat(answer.status())
                .as(new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode embedding = output(answer.json(), "embedding");
        assertThat(embedding.path("datatype").asText()).isEqualTo("FP32");
        assertThat(embedding.path("shape").toString()).isEqualTo("[2,384]");
        for (int row = 0; row < texts.size(); row++) {
            assertThat(EmbeddingReference.maxDifference(row(embedding, row), fp32.embed(texts.get(row))))
                    .as("text %d", row)
                    .isLessThanOrEqualTo(1e-5);
        }
        assertThat(answer.json().path("model_name").asText()).isEqualTo("minilm-text");
    }

    @Test
    void concurrentTextsBatchAfterTokenizationPaddedAndStillEqualTheReference() throws Exception {
        ModelStatistics before = statistics("minilm");
        ExecutorService clients = Executors.newFixedThreadPool(TEXTS.size());
        try {
            List<CompletableFuture<HttpFixture.Answer>> answers = new ArrayList<>();
            for (String text : TEXTS) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> http.post("/v2/models/minilm-text/infer", textRequest(List.of(text))), clients));
            }
            for (int i = 0; i < TEXTS.size(); i++) {
                HttpFixture.Answer answer = answers.get(i).get(1, TimeUnit.MINUTES);
                assertThat(answer.status()).isEqualTo(200);
                float[] served = row(output(answer.json(), "embedding"), 0);
                assertThat(EmbeddingReference.maxDifference(served, fp32.embed(TEXTS.get(i))))
                        .as("text %d", i)
                        .isLessThanOrEqualTo(1e-5);
            }
        } finally {
            clients.shutdownNow();
        }
        ModelStatistics after = statistics("minilm");
        long inferences = after.inferenceCount() - before.inferenceCount();
        long executions = after.executionCount() - before.executionCount();
        assertThat(inferences).isEqualTo(TEXTS.size());
        // texts of different token counts ran together: padded per batch, after tokenization
        assertThat(executions).isLessThan(inferences);
    }

    private ModelStatistics statistics(String model) {
        return runtime.statistics(Optional.of(model), OptionalLong.empty()).get(0);
    }

    /**
     * Dynamic int8 quantization computes activation scales over the whole (padded) batch, so the
     * answer moves with what it runs beside (docs/runtime.md); the stated bound is cosine ≥ 0.95 (0.983 seen for a short text padded beside two long ones).
     */
    @Test
    void int8EmbeddingsStayWithinTheStatedToleranceOfTheReference() throws Exception {
        List<String> texts = List.of(TEXTS.get(0), TEXTS.get(3), TEXTS.get(6));
        HttpFixture.Answer answer = http.post("/v2/models/minilm-q-text/infer", textRequest(texts));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode embedding = output(answer.json(), "embedding");
        for (int row = 0; row < texts.size(); row++) {
            float[] reference = int8.embed(texts.get(row));
            float[] served = row(embedding, row);
            System.out.printf(
                    "int8 text %d: max |diff| %.5f, cosine %.6f%n",
                    row,
                    EmbeddingReference.maxDifference(served, reference),
                    EmbeddingReference.cosine(served, reference));
            assertThat(EmbeddingReference.cosine(served, reference))
                    .as("text %d", row)
                    .isGreaterThanOrEqualTo(0.95);
        }
        // alone, the same text gives the reference exactly as fp32 does
        HttpFixture.Answer alone = http.post("/v2/models/minilm-q-text/infer", textRequest(List.of(TEXTS.get(0))));
        assertThat(EmbeddingReference.maxDifference(
                        row(output(alone.json(), "embedding"), 0), int8.embed(TEXTS.get(0))))
                .isLessThanOrEqualTo(1e-5);
    }

    @Test
    void metadataShowsThePipelinesInputsAndOutputs() {
        JsonNode metadata = http.get("/v2/models/minilm-text").json();

        assertThat(metadata.path("platform").asText()).isEqualTo(ModelMetadata.PIPELINE_PLATFORM);
        assertThat(metadata.path("inputs").toString())
                .isEqualTo("[{\"name\":\"text\",\"datatype\":\"BYTES\",\"shape\":[-1]}]");
        assertThat(metadata.path("outputs").toString())
                .isEqualTo("[{\"name\":\"embedding\",\"datatype\":\"FP32\",\"shape\":[-1,384]}]");
    }

    @Test
    void theRawModelStaysCallableUnderItsOwnName() {
        JsonNode metadata = http.get("/v2/models/minilm").json();
        HttpFixture.Answer answer = http.post(
                "/v2/models/minilm-q/infer",
                "{\"inputs\":[" + tokens("input_ids", 101, 7592, 102) + "," + tokens("attention_mask", 1, 1, 1) + ","
                        + tokens("token_type_ids", 0, 0, 0) + "]}");

        assertThat(metadata.path("inputs").get(0).path("name").asText()).isEqualTo("input_ids");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(output(answer.json(), "last_hidden_state").path("shape").toString())
                .isEqualTo("[1,3,384]");
    }

    private static String tokens(String name, long... values) {
        StringBuilder data = new StringBuilder();
        for (long value : values) {
            data.append(data.length() == 0 ? "" : ",").append(value);
        }
        return "{\"name\":\"" + name + "\",\"datatype\":\"INT64\",\"shape\":[1," + values.length + "],\"data\":[" + data
                + "]}";
    }

    @Test
    void aClassifierPipelineAnswersTheTopLabelsWithSoftmaxScores() throws Exception {
        float[] features = {2.5f, 0.1f, -0.3f, 0.2f, 0.0f, 0.1f, 0.2f, 2.8f};
        HttpFixture.Answer answer = http.post(
                "/v2/models/classifier-labels/infer",
                "{\"inputs\":[{\"name\":\"input\",\"datatype\":\"FP32\",\"shape\":[2,4],\"data\":[2.5,0.1,-0.3,0.2,0,0.1,0.2,2.8]}]}");

        assertThat(answer.status())
                .as(new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode label = output(answer.json(), "label");
        JsonNode score = output(answer.json(), "score");
        assertThat(label.path("shape").toString()).isEqualTo("[2,2]");
        String outputName = repository
                .describe("classifier", 1)
                .signature()
                .outputs()
                .get(0)
                .name();
        try (DirectOnnx direct = new DirectOnnx(classifierFile)) {
            float[] raw = direct.runFloats(
                    Map.of("input", Tensor.ofFloats("input", new long[] {2, 4}, features)), outputName);
            String[] names = {"first", "second", "third"};
            for (int row = 0; row < 2; row++) {
                double[] softmax = softmax(raw[row * 3], raw[row * 3 + 1], raw[row * 3 + 2]);
                int best = argmax(softmax);
                assertThat(label.path("data").get(row * 2).asText()).isEqualTo(names[best]);
                assertThat(score.path("data").get(row * 2).asDouble()).isCloseTo(softmax[best], within(1e-6));
                assertThat(score.path("data").get(row * 2).asDouble())
                        .isGreaterThanOrEqualTo(
                                score.path("data").get(row * 2 + 1).asDouble());
            }
        }
    }

    private static double[] softmax(double... logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double[] result = new double[logits.length];
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            result[i] = Math.exp(logits[i] - max);
            total += result[i];
        }
        for (int i = 0; i < logits.length; i++) {
            result[i] /= total;
        }
        return result;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no text input | {\"inputs\":[{\"name\":\"words\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"a\"]}]}"
                        + " | expects input 'text'",
                "numbers for text | {\"inputs\":[{\"name\":\"text\",\"datatype\":\"FP32\",\"shape\":[1],\"data\":[1]}]}"
                        + " | must be BYTES with shape [n]",
                "unknown output | {\"inputs\":[{\"name\":\"text\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"a\"]}],"
                        + "\"outputs\":[{\"name\":\"last_hidden_state\"}]} | unexpected inference output 'last_hidden_state'"
            })
    void aBadTextRequestIsTheClientsMistakeSayingWhatThePipelineTakes(String why, String body, String message) {
        HttpFixture.Answer answer = http.post("/v2/models/minilm-text/infer", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "model missing | {\"pipeline\":{\"model\":\"nowhere\",\"postprocess\":{\"pooling\":{}}}}"
                        + " | the model it runs, 'nowhere', is not in the repository",
                "tokenizer missing | {\"pipeline\":{\"model\":\"minilm\",\"preprocess\":{\"tokenizer\":{}}}}"
                        + " | broken/tokenizer.json is missing",
                "not a tokenizer | {\"pipeline\":{\"model\":\"minilm\",\"preprocess\":{\"tokenizer\":{\"file\":\"labels.txt\"}}}}"
                        + " | broken/labels.txt is not a HuggingFace tokenizer.json",
                "empty labels | {\"pipeline\":{\"model\":\"classifier\",\"postprocess\":{\"classification\":"
                        + "{\"labels\":\"empty.txt\"}}}} | broken/empty.txt holds no labels"
            })
    void aPipelineThatCannotLoadSaysWhatAndWhere(String why, String config, String message) throws Exception {
        Path folder = Files.createDirectories(repository.root().resolve("broken"));
        Files.writeString(folder.resolve("labels.txt"), "a\nb\nc\n");
        Files.writeString(folder.resolve("empty.txt"), "\n");
        Files.writeString(folder.resolve("config.json"), config);

        CompletableFuture<List<ModelState>> load = runtime.load("broken");

        assertThat(load)
                .failsWithin(java.time.Duration.ofMinutes(1))
                .withThrowableThat()
                .withMessageContaining(message);
        runtime.unload("broken").get(1, TimeUnit.MINUTES);
    }
}
