package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.protobuf.ByteString;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.internal.cli.RuntimeMain;
import org.mlopsconsole.runtime.internal.grpc.proto.InferTensorContents;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelMetadataRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelMetadataResponse;
import picocli.CommandLine;

/**
 * The text pipeline through every edge it is reached by, built separately: {@code predict} of a
 * file with a text column, gRPC with BYTES input (typed and raw contents), REST; all against the
 * in-process reference (tokenizer, ONNX Runtime, mean pooling, L2) with the real MiniLM fp32.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextPipelineAcrossEdgesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Texts a CSV must quote (a comma, a quote, a line break), a non-ASCII one and an empty one. */
    private static final List<String> TEXTS = List.of(
            "hello world",
            "Pipelines tokenize text, then pool: one vector a row.",
            "She said \"embed this\" and left.",
            "two\nlines",
            "Grüße aus Zürich — ünïcödé",
            "",
            "short");

    @TempDir
    static Path temp;

    private Path repositoryRoot;
    private LocalRuntime runtime;
    private RuntimeServer rest;
    private GrpcServer grpc;
    private GrpcClient client;
    private EmbeddingReference reference;

    @BeforeAll
    void startServers() throws Exception {
        repositoryRoot = temp.resolve("repo");
        ModelRepository repository = ModelRepository.open(repositoryRoot);
        Path miniLm = TestModels.miniLm(temp.resolve("minilm.onnx"));
        Path tokenizer = TestModels.miniLmTokenizer(temp.resolve("tokenizer.json"));
        repository.importModel(miniLm, "minilm", OptionalLong.empty());
        repository.storePipeline(
                "minilm-text", TestModels.meanPooledEmbedding("minilm"), Map.of("tokenizer.json", tokenizer));
        reference = new EmbeddingReference(miniLm, tokenizer);
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().get(2, TimeUnit.MINUTES);
        ServerOptions options = ServerOptions.localDefaults().withPort(0);
        rest = RuntimeServer.start(runtime, options);
        grpc = GrpcServer.start(runtime, options, 0);
        client = new GrpcClient(grpc.target());
    }

    @AfterAll
    void stopServers() throws Exception {
        client.close();
        grpc.close();
        rest.close();
        runtime.close();
        reference.close();
    }

    private void assertEqualsReference(float[] served, String text, String where) throws Exception {
        assertThat(served).as(where).hasSize(384);
        assertThat(EmbeddingReference.maxDifference(served, reference.embed(text)))
                .as("%s: max |difference| from the reference for %s", where, JSON.writeValueAsString(text))
                .isLessThanOrEqualTo(1e-5);
    }

    // --- predict -------------------------------------------------------------------------------

    /** predict's exit code, its stdout and stderr. */
    private record Predicted(int exit, String out, String err) {}

    private Predicted predict(Path input, Path output, String batch) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new RuntimeMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(
                        "predict",
                        "--model",
                        "minilm-text",
                        "--repository",
                        repositoryRoot.toString(),
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--batch",
                        batch);
        return new Predicted(exit, out.toString(), err.toString());
    }

    private void predictAll(Path input, Path output, String batch) {
        Predicted predicted = predict(input, output, batch);
        assertThat(predicted.exit()).as(predicted.err()).isZero();
        assertThat(predicted.out()).contains("Scored " + TEXTS.size() + " rows");
    }

    @Test
    void predictOfACsvTextColumnAppendsEmbeddingColumnsEqualToTheReference() throws Exception {
        CsvMapper csv = new CsvMapper();
        StringBuilder file = new StringBuilder("id,text\n");
        for (int i = 0; i < TEXTS.size(); i++) {
            file.append(i)
                    .append(",\"")
                    .append(TEXTS.get(i).replace("\"", "\"\""))
                    .append("\"\n");
        }
        Path input = Files.writeString(temp.resolve("texts.csv"), file);
        Path output = temp.resolve("texts-embedded.csv");

        predictAll(input, output, "3");

        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = csv.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(output.toFile())) {
            lines.forEachRemaining(rows::add);
        }
        // the empty text (row 5) goes out quoted, so it reopens as an empty text, not a missing value
        assertThat(Files.readString(output)).contains("\n5,\"\",");
        assertThat(rows.get(0)).hasSize(2 + 384);
        assertThat(rows.get(0).subList(0, 3)).containsExactly("id", "text", "embedding_0");
        assertThat(rows.get(0).get(385)).isEqualTo("embedding_383");
        assertThat(rows).hasSize(TEXTS.size() + 1);
        for (int i = 0; i < TEXTS.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row.get(1)).as("text of row %d kept as it was", i).isEqualTo(TEXTS.get(i));
            float[] embedding = new float[384];
            for (int h = 0; h < 384; h++) {
                embedding[h] = Float.parseFloat(row.get(2 + h));
            }
            assertEqualsReference(embedding, TEXTS.get(i), "csv row " + i);
        }
    }

    @Test
    void anUnquotedEmptyCsvCellIsAMissingTextReportedByItsLine() throws Exception {
        Path input = Files.writeString(temp.resolve("missing.csv"), "id,text\n0,\"\"\n1,\n");
        Path output = temp.resolve("missing-out.csv");

        Predicted predicted = predict(input, output, "8");

        assertThat(predicted.exit()).isEqualTo(1);
        assertThat(predicted.err()).contains("line 3: 'text' is missing").doesNotContain("line 2");
        assertThat(output).doesNotExist();
    }

    @Test
    void predictOfJsonLinesTextAppendsAnEmbeddingArrayEqualToTheReference() throws Exception {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < TEXTS.size(); i++) {
            file.append(JSON.writeValueAsString(Map.of("id", i, "text", TEXTS.get(i))))
                    .append('\n');
        }
        Path input = Files.writeString(temp.resolve("texts.jsonl"), file);
        Path output = temp.resolve("texts-embedded.jsonl");

        predictAll(input, output, "4");

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            assertThat(row.get("text").asText()).isEqualTo(TEXTS.get(i));
            JsonNode values = row.get("embedding");
            float[] embedding = new float[values.size()];
            for (int h = 0; h < embedding.length; h++) {
                embedding[h] = values.get(h).floatValue();
            }
            assertEqualsReference(embedding, TEXTS.get(i), "jsonl row " + i);
        }
    }

    // --- gRPC ----------------------------------------------------------------------------------

    private static ModelInferRequest.InferInputTensor.Builder textInput(int count) {
        return ModelInferRequest.InferInputTensor.newBuilder()
                .setName("text")
                .setDatatype("BYTES")
                .addShape(count);
    }

    /** The protocol's BYTES layout, written out here: each element a 4-byte little-endian length, then its bytes. */
    private static ByteString lengthPrefixed(List<String> texts) {
        int size = 0;
        for (String text : texts) {
            size += 4 + text.getBytes(StandardCharsets.UTF_8).length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            buffer.putInt(bytes.length).put(bytes);
        }
        return ByteString.copyFrom(buffer.flip());
    }

    private float[] restEmbeddings(List<String> texts) throws Exception {
        String body = "{\"inputs\":[{\"name\":\"text\",\"datatype\":\"BYTES\",\"shape\":[" + texts.size()
                + "],\"data\":" + JSON.writeValueAsString(texts) + "}]}";
        HttpFixture.Answer answer = new HttpFixture(rest.baseUrl()).post("/v2/models/minilm-text/infer", body);
        assertThat(answer.status())
                .as(new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode data = answer.json().get("outputs").get(0).get("data");
        float[] values = new float[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.get(i).floatValue();
        }
        return values;
    }

    private void assertSameAsRestAndReference(ModelInferResponse response, List<String> texts) throws Exception {
        assertThat(response.getModelName()).isEqualTo("minilm-text");
        assertThat(response.getOutputs(0).getName()).isEqualTo("embedding");
        assertThat(response.getOutputs(0).getDatatype()).isEqualTo("FP32");
        assertThat(response.getOutputs(0).getShapeList()).containsExactly((long) texts.size(), 384L);
        float[] grpcValues = GrpcClient.rawFloats(response, 0);
        assertThat(grpcValues).containsExactly(restEmbeddings(texts));
        for (int row = 0; row < texts.size(); row++) {
            float[] embedding = java.util.Arrays.copyOfRange(grpcValues, row * 384, (row + 1) * 384);
            assertEqualsReference(embedding, texts.get(row), "gRPC row " + row);
        }
    }

    @Test
    void grpcTextInBytesContentsAnswersTheEmbeddingsRestAnswers() throws Exception {
        List<String> texts = TEXTS.subList(0, 3);
        InferTensorContents.Builder contents = InferTensorContents.newBuilder();
        texts.forEach(text -> contents.addBytesContents(ByteString.copyFromUtf8(text)));
        ModelInferRequest request = ModelInferRequest.newBuilder()
                .setModelName("minilm-text")
                .addInputs(textInput(texts.size()).setContents(contents))
                .build();

        assertSameAsRestAndReference(client.blocking().modelInfer(request), texts);
    }

    @Test
    void grpcTextInLengthPrefixedRawContentsAnswersTheEmbeddingsRestAnswers() throws Exception {
        List<String> texts = TEXTS.subList(3, TEXTS.size());
        ModelInferRequest request = ModelInferRequest.newBuilder()
                .setModelName("minilm-text")
                .addInputs(textInput(texts.size()))
                .addRawInputContents(lengthPrefixed(texts))
                .build();

        assertSameAsRestAndReference(client.blocking().modelInfer(request), texts);
    }

    @Test
    void grpcMetadataShowsThePipelinesInputsAndOutputs() {
        ModelMetadataResponse metadata = client.blocking()
                .modelMetadata(
                        ModelMetadataRequest.newBuilder().setName("minilm-text").build());

        assertThat(metadata.getPlatform()).isEqualTo(ModelMetadata.PIPELINE_PLATFORM);
        assertThat(metadata.getInputsList()).singleElement().satisfies(input -> {
            assertThat(input.getName()).isEqualTo("text");
            assertThat(input.getDatatype()).isEqualTo("BYTES");
            assertThat(input.getShapeList()).containsExactly(-1L);
        });
        assertThat(metadata.getOutputsList()).singleElement().satisfies(output -> {
            assertThat(output.getName()).isEqualTo("embedding");
            assertThat(output.getDatatype()).isEqualTo("FP32");
            assertThat(output.getShapeList()).containsExactly(-1L, 384L);
        });
    }
}
