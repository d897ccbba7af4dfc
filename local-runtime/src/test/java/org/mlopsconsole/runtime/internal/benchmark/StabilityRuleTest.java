package org.mlopsconsole.runtime.internal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.internal.benchmark.StabilityRule.WindowFigures;

class StabilityRuleTest {

    /** Windows as throughput/p95 pairs separated by spaces. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "100/10 101/10 99/10, true",
        "100/10 109/10 92/10, true",
        "100/10 120/10 100/10, false", // throughput 120 is 12.5 % above the mean
        "100/10 100/12 100/10, false", // p95 12 is 12.5 % above the mean
        "50/30 100/10 101/10 99/10, true", // only the last three count
        "100/10 100/10, false", // fewer than three windows
        "0/0 0/0 0/0, false", // nothing completed
    })
    void theLastThreeWindowsMustAgreeWithinTenPercentOnThroughputAndP95(String windows, boolean stable) {
        List<WindowFigures> figures = Arrays.stream(windows.split(" "))
                .map(pair -> pair.split("/"))
                .map(pair -> new WindowFigures(Double.parseDouble(pair[0]), Double.parseDouble(pair[1])))
                .toList();

        assertThat(StabilityRule.stable(figures, 3, 0.10)).isEqualTo(stable);
    }
}
