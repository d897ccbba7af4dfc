package org.mlopsconsole.runtime.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.predictions.internal.Sampler;

class SamplerTest {

    private static final int REQUESTS = 100_000;

    /** Within 4.5 standard deviations of the binomial mean: a false alarm about once in 300 000 runs. */
    @ParameterizedTest(name = "fraction {0}")
    @CsvSource({"0.0", "0.01", "0.1", "0.25", "0.5", "0.9", "1.0"})
    void aRunOfRequestNumbersKeepsTheFractionAsked(double fraction) {
        long kept = 0;
        for (long id = 1; id <= REQUESTS; id++) {
            if (Sampler.keeps(id, fraction)) {
                kept++;
            }
        }
        double mean = REQUESTS * fraction;
        double sigma = Math.sqrt(REQUESTS * fraction * (1 - fraction));
        assertThat((double) kept).isBetween(mean - 4.5 * sigma, mean + 4.5 * sigma);
    }

    @ParameterizedTest(name = "{0} logs {1}")
    @CsvSource({"classifier, 0.1", "embedder, 0.5"})
    void aModelsOwnFractionOverridesTheServerWideOne(String model, double expected) {
        PredictionLogSettings settings = PredictionLogSettings.defaults().withSampling(0.5, Map.of("classifier", 0.1));

        assertThat(settings.fractionFor(model)).isEqualTo(expected);
    }
}
