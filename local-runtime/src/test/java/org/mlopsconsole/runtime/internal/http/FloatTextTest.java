package org.mlopsconsole.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer's float text: what reads back, in which layout, and how short. */
class FloatTextTest {

    private static String text(float value) {
        byte[] out = new byte[FloatText.MAX_LENGTH];
        int end = FloatText.write(value, out, 0);
        return new String(out, 0, end, StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0.0 | 0.0",
                "-0.0 | -0.0",
                "1.0 | 1.0",
                "-2.5 | -2.5",
                "0.1 | 0.1",
                "0.5 | 0.5",
                "0.001 | 0.001",
                "0.00099 | 9.9E-4",
                "123456.7 | 123456.7",
                "1000000.0 | 1000000.0",
                "9999999.0 | 9999999.0",
                "10000000.0 | 1.0E7",
                "12345678.0 | 1.2345678E7",
                "1.0E-5 | 1.0E-5",
                "-3.4028235E38 | -3.4028235E38",
                "1.4E-45 | 1.4E-45",
                "1.17549435E-38 | 1.1754944E-38",
                "0.3 | 0.3",
                "0.033333335 | 0.033333335",
                "NaN | \"NaN\"",
                "Infinity | \"Infinity\"",
                "-Infinity | \"-Infinity\""
            })
    void valuesAreWrittenInFloatToStringsLayout(String value, String expected) {
        assertThat(text(Float.parseFloat(value))).isEqualTo(expected);
    }

    @Test
    void everyFiniteFloatReadsBackBitForBitAndIsAtMostOneDigitLongerThanTheShortest() throws IOException {
        SplittableRandom random = new SplittableRandom(16);
        ObjectMapper json = new ObjectMapper();
        int longer = 0;
        int checked = 0;
        for (int i = 0; i < 2_000_000; i++) {
            float value = i % 2 == 0
                    ? Float.intBitsToFloat(random.nextInt())
                    : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-6, 6)));
            if (!Float.isFinite(value)) {
                continue;
            }
            String written = text(value);
            assertThat(Float.floatToRawIntBits(Float.parseFloat(written)))
                    .as(written)
                    .isEqualTo(Float.floatToRawIntBits(value));
            String shortest = NumberOutput.toString(value, true);
            assertThat(written.length())
                    .as(written + " against " + shortest)
                    .isLessThanOrEqualTo(shortest.length() + 1);
            if (written.length() > shortest.length()) {
                longer++;
            }
            if (i % 1000 == 0) {
                assertThat(json.readTree(written).isNumber()).as(written).isTrue();
            }
            checked++;
        }
        assertThat(longer).as("longer than the shortest of %d", checked).isLessThan(checked / 100);
    }
}
