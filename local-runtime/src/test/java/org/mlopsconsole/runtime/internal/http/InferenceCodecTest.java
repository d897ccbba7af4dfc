package org.mlopsconsole.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.Tensor;

/** What the server writes for an answer's tensors, read back with a plain JSON parser. */
class InferenceCodecTest {

    private final InferenceCodec codec = new InferenceCodec(64, 1L << 28, 1L << 30);
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode answer(Tensor... outputs) throws IOException {
        return json.readTree(codec.encodeJson(new InferenceResponse("m", 1, Optional.empty(), List.of(outputs))));
    }

    @Test
    void aLargeFloatTensorReadsBackBitForBit() throws IOException {
        SplittableRandom random = new SplittableRandom(6144);
        float[] values = new float[1 << 20];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-40, 38)));
        }
        JsonNode data = answer(Tensor.ofFloats("y", new long[] {1024, 1024}, values))
                .path("outputs")
                .path(0)
                .path("data");
        assertThat(data.size()).isEqualTo(values.length);
        for (int i = 0; i < values.length; i++) {
            assertThat(Float.parseFloat(data.get(i).asText())).isEqualTo(values[i]);
        }
    }

    @Test
    void binaryOutputsFollowTheJsonHeaderByteForByte() throws IOException {
        float[] values = {Float.NaN, -0.0f, 1.5f, Float.MAX_VALUE};
        Tensor output = Tensor.ofFloats("y", new long[] {4}, values);
        InferenceCodec.Encoded encoded = codec.encode(
                new InferenceResponse("m", 1, Optional.empty(), List.of(output, Tensor.ofInts("i", new long[] {1}, 7))),
                new InferenceCodec.Tensors(InferenceRequest.of("m", List.of()), false, Map.of("y", true)));
        int header = (int) encoded.headerLength().orElseThrow();
        JsonNode outputs = json.readTree(Arrays.copyOf(encoded.body(), header)).path("outputs");
        assertThat(outputs.path(0).path("parameters").path("binary_data_size").intValue())
                .isEqualTo(16);
        assertThat(outputs.path(1).path("data").get(0).intValue()).isEqualTo(7);
        ByteBuffer binary = ByteBuffer.wrap(encoded.body(), header, 16).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            assertThat(Float.floatToRawIntBits(binary.getFloat())).isEqualTo(Float.floatToRawIntBits(value));
        }
        assertThat(encoded.body()).hasSize(header + 16);
    }

    @Test
    void integerTensorsReadBackAtTheirLimits() throws IOException {
        long[] longs = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
        int[] ints = {Integer.MIN_VALUE, 0, Integer.MAX_VALUE};
        JsonNode outputs = answer(Tensor.ofLongs("l", new long[] {5}, longs), Tensor.ofInts("i", new long[] {3}, ints))
                .path("outputs");
        for (int i = 0; i < longs.length; i++) {
            assertThat(outputs.path(0).path("data").get(i).longValue()).isEqualTo(longs[i]);
        }
        for (int i = 0; i < ints.length; i++) {
            assertThat(outputs.path(1).path("data").get(i).intValue()).isEqualTo(ints[i]);
        }
    }

    @Test
    void floatEdgesKeepTheirValuesAndNonFiniteOnesBecomeStrings() throws IOException {
        float[] values = {
            -0.0f,
            Float.MIN_VALUE,
            Float.MIN_NORMAL,
            Float.MAX_VALUE,
            -Float.MAX_VALUE,
            Float.NaN,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY
        };
        JsonNode data = answer(Tensor.ofFloats("y", new long[] {values.length}, values))
                .path("outputs")
                .path(0)
                .path("data");
        for (int i = 0; i < 5; i++) {
            assertThat(data.get(i).isNumber()).isTrue();
            assertThat(Float.parseFloat(data.get(i).asText())).isEqualTo(values[i]);
        }
        // JSON has no NaN or Infinity: Jackson's quoted names, as the server wrote them before
        assertThat(List.of(
                        data.get(5).textValue(),
                        data.get(6).textValue(),
                        data.get(7).textValue()))
                .containsExactly("NaN", "Infinity", "-Infinity");
    }

    @Test
    void floatArraysWrittenBesideTheGeneratorKeepTheAnswersStructure() throws IOException {
        ByteBuffer half = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        half.putShort(HalfFloats.toHalf(0.5f)).putShort(HalfFloats.toHalf(-2f)).flip();
        JsonNode outputs = answer(
                        new Tensor("h", org.mlopsconsole.runtime.DataType.FP16, new long[] {2}, half),
                        Tensor.ofFloats("f", new long[] {3}, 0.1f, -1.5e-7f, 3e12f),
                        Tensor.ofFloats("empty", new long[] {0}),
                        Tensor.ofInts("i", new long[] {1}, 7))
                .path("outputs");
        assertThat(outputs.path(0).path("data").toString()).isEqualTo("[0.5,-2.0]");
        assertThat(outputs.path(1).path("data").toString()).isEqualTo("[0.1,-1.5E-7,3.0E12]");
        assertThat(outputs.path(1).path("shape").toString()).isEqualTo("[3]");
        assertThat(outputs.path(2).path("data").toString()).isEqualTo("[]");
        assertThat(outputs.path(3).path("data").get(0).intValue()).isEqualTo(7);
    }
}
