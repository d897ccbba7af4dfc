package org.mlopsconsole.runtime.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.predictions.internal.Summaries;

class SummariesTest {

    @ParameterizedTest(name = "{0} x {1} elements: {2}")
    @CsvSource({
        "FP32, 4, Numbers",
        "FP32, 64, Numbers",
        "FP32, 65, Digest",
        "FP64, 64, Numbers",
        "INT64, 384, Digest",
        "BYTES, 3, Texts",
        "BYTES, 65, Digest",
    })
    void smallTensorsKeepTheirValuesAndLargeOnesAHash(DataType type, int elements, String kind) {
        TensorSummary summary = Summaries.of(tensor(type, elements));

        assertThat(summary.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(summary.shape()).containsExactly(1L, (long) elements);
    }

    @Test
    void aDigestIsTheSha256OfTheBinaryDataWithShapeAndSize() throws Exception {
        Tensor large = tensor(DataType.FP32, 100);
        ByteBuffer data = large.data();
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(data)));

        TensorSummary.Digest digest = (TensorSummary.Digest) Summaries.of(large);

        assertThat(digest.sha256()).isEqualTo(expected);
        assertThat(digest.byteSize()).isEqualTo(400);
        assertThat(digest.shape()).containsExactly(1L, 100L);
    }

    @Test
    void numbersAndTextsKeepTheirValuesInOrder() {
        assertThat(((TensorSummary.Numbers) Summaries.of(Tensor.ofLongs("x", new long[] {1, 3}, 7, -2, 40))).values())
                .containsExactly(7.0, -2.0, 40.0);
        assertThat(((TensorSummary.Texts) Summaries.of(Tensor.ofStrings("t", new long[] {2}, "ja", "nein"))).values())
                .containsExactly("ja", "nein");
    }

    @Test
    void aSummaryReadsBackFromItsJson() {
        List<TensorSummary> summaries =
                Summaries.of(List.of(tensor(DataType.FP32, 4), tensor(DataType.BYTES, 2), tensor(DataType.INT64, 100)));

        assertThat(PredictionJson.decodeSummaries(PredictionJson.encode(summaries)))
                .isEqualTo(summaries);
    }

    private static Tensor tensor(DataType type, int elements) {
        long[] shape = {1, elements};
        return switch (type) {
            case FP32 -> Tensor.ofFloats("x", shape, new float[elements]);
            case FP64 -> Tensor.ofDoubles("x", shape, new double[elements]);
            case INT64 -> Tensor.ofLongs("x", shape, new long[elements]);
            case BYTES ->
                Tensor.ofStrings(
                        "x",
                        shape,
                        java.util.Collections.nCopies(elements, "word").toArray(String[]::new));
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    private static byte[] bytes(ByteBuffer data) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        return bytes;
    }
}
