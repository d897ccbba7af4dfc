package org.mlopsconsole.runtime.internal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrometheusSamplesTest {

    @Test
    void samplesKeepTheirLabelsUnescapedAndSkipCommentsAndWhatDoesNotParse() {
        PrometheusSamples samples = PrometheusSamples.parse("""
                # HELP nv_inference_request_success_total Successful requests
                # TYPE nv_inference_request_success_total counter
                nv_inference_request_success_total{model="a",version="1",} 3.0
                nv_inference_request_success_total{model="a",version="2"} 4 1700000000000
                nv_inference_request_success_total{model="b \\"q\\"",version="1"} 9
                process_cpu_usage 0.25
                this is { not a sample
                mlops_inference_request_duration_seconds_bucket{model="a",le="+Inf"} 7
                """);

        assertThat(samples.sum(
                        "nv_inference_request_success_total",
                        s -> s.label("model").equals("a")))
                .isEqualTo(7);
        assertThat(samples.named(
                        "nv_inference_request_success_total",
                        s -> s.label("model").equals("b \"q\"")))
                .singleElement()
                .extracting(PrometheusSamples.Sample::value)
                .isEqualTo(9.0);
        assertThat(samples.sum("process_cpu_usage", s -> true)).isEqualTo(0.25);
        assertThat(samples.samples()).hasSize(5);
    }

    @ParameterizedTest(name = "q={0} -> {1} ms")
    @CsvSource({"0.5, 1", "0.9, 5", "0.99, 10", "1.0, 10"})
    void aQuantileIsTheUpperBoundOfTheBucketHoldingIt(double q, double millis) {
        NavigableMap<Double, Double> cumulative = new TreeMap<>();
        cumulative.put(0.001, 60.0);
        cumulative.put(0.005, 95.0);
        cumulative.put(0.010, 100.0);
        cumulative.put(Double.POSITIVE_INFINITY, 100.0);

        assertThat(MonitorSummary.quantile(cumulative, q)).hasValue(millis);
    }

    @Test
    void noRequestsNoQuantile() {
        assertThat(MonitorSummary.quantile(new TreeMap<>(), 0.5)).isEmpty();
    }
}
