package org.mlopsconsole.runtime.internal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.benchmark.InputSource;

class PayloadsTest {

    private static final ModelSignature MINILM = new ModelSignature(
            List.of(
                    new TensorSpec("input_ids", DataType.INT64, List.of(-1L, -1L)),
                    new TensorSpec("attention_mask", DataType.INT64, List.of(-1L, -1L))),
            List.of(new TensorSpec("last_hidden_state", DataType.FP32, List.of(-1L, -1L, 384L))));
    private static final ModelSignature TABULAR = new ModelSignature(
            List.of(new TensorSpec("input", DataType.FP32, List.of(-1L, 4L))),
            List.of(new TensorSpec("output", DataType.FP32, List.of(-1L, 3L))));

    @TempDir
    Path temp;

    @Test
    void generatedInputsTakeTheBatchFirstAndTheSequenceLengthForOtherVariableDimensions() {
        List<List<Tensor>> requests =
                Payloads.build(MINILM, 8, new InputSource.Generated(InputSource.Fill.RANDOM, Map.of(), 32), 1);

        assertThat(requests).hasSize(Payloads.RANDOM_VARIANTS);
        assertThat(requests.get(0)).extracting(Tensor::shape).containsOnly(new long[] {8, 32});
        assertThat(java.util.Arrays.stream(requests.get(0).get(0).asLongs())
                        .boxed()
                        .toList())
                .isSubsetOf(0L, 1L);
    }

    @Test
    void aGivenShapeOverridesTheVariableDimensionsOfThatInput() {
        InputSource.Generated generated =
                new InputSource.Generated(InputSource.Fill.ZERO, Map.of("input_ids", List.of(64L)), 16);

        List<Tensor> request = Payloads.build(MINILM, 2, generated, 1).get(0);

        assertThat(request.get(0).shape()).containsExactly(2, 64);
        assertThat(request.get(1).shape()).containsExactly(2, 16);
        assertThat(request.get(0).asLongs()).containsOnly(0L);
    }

    @Test
    void aModelWithoutABatchDimensionTakesOnlyBatchOne() {
        ModelSignature fixed =
                new ModelSignature(List.of(new TensorSpec("x", DataType.FP32, List.of(1L, 3L))), List.of());

        assertThat(Payloads.build(fixed, 1, InputSource.Generated.random(), 1)
                        .get(0)
                        .get(0)
                        .shape())
                .containsExactly(1, 3);
        assertThatThrownBy(() -> Payloads.build(fixed, 4, InputSource.Generated.random(), 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only --batch 1");
    }

    @Test
    void aJsonFileInPerfAnalyzersFormStacksExamplesIntoBatches() throws Exception {
        Path file = temp.resolve("inputs.json");
        Files.writeString(
                file,
                "{\"data\": ["
                        + "{\"input_ids\": [101, 7, 102], \"attention_mask\": {\"content\": [1, 1, 1], \"shape\": [3]}},"
                        + "{\"input_ids\": [101, 8, 102], \"attention_mask\": [1, 1, 1]}]}");

        List<List<Tensor>> requests = Payloads.build(MINILM, 2, new InputSource.DataFile(file), 1);

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).get(0).shape()).containsExactly(2, 3);
        assertThat(requests.get(0).get(0).asLongs()).containsExactly(101, 7, 102, 101, 8, 102);
    }

    @Test
    void aCsvFileGivesOneExamplePerRowAfterItsHeader() throws Exception {
        Path file = temp.resolve("rows.csv");
        Files.writeString(file, "a,b,c,d\n1,2,3,4\n5,6,7,8\n0.5,0.5,0.5,0.5\n");

        List<List<Tensor>> requests = Payloads.build(TABULAR, 1, new InputSource.DataFile(file), 1);

        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).get(0).asFloats()).containsExactly(5, 6, 7, 8);
        assertThat(requests.get(1).get(0).shape()).containsExactly(1, 4);
    }

    @Test
    void theRequestJsonCarriesEveryTensorAndAsksForBinaryOutputWhenTold() {
        Tensor ids = Tensor.ofLongs("input_ids", new long[] {1, 2}, 101, 102);

        String json = new String(RequestJson.encode(List.of(ids), true), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json)
                .isEqualTo("{\"inputs\":[{\"name\":\"input_ids\",\"shape\":[1,2],\"datatype\":\"INT64\","
                        + "\"data\":[101,102]}],\"parameters\":{\"binary_data_output\":true}}");
    }
}
