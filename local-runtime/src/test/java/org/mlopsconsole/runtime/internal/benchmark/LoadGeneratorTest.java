package org.mlopsconsole.runtime.internal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.InputSource;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.runtime.benchmark.PointResult;
import org.mlopsconsole.runtime.internal.benchmark.EchoHttpServer.Reply;

/**
 * The engine against an HTTP server with a known injected latency. The machine is shared, so the
 * tolerances are generous: they bound the result, they do not time it.
 */
class LoadGeneratorTest {

    private static final String METADATA = "{\"name\":\"m\",\"versions\":[\"1\"],\"platform\":\"onnxruntime_onnx\","
            + "\"inputs\":[{\"name\":\"x\",\"datatype\":\"FP32\",\"shape\":[-1,4]}],"
            + "\"outputs\":[{\"name\":\"y\",\"datatype\":\"FP32\",\"shape\":[-1,4]}]}";
    private static final long MS = 1_000_000;

    private static MeasurementSettings quick(Duration window, int trials, double tolerance) {
        return new MeasurementSettings(
                Duration.ofMillis(200), window, 3, tolerance, trials, 256, Duration.ofSeconds(10), 42);
    }

    /** Answers metadata at once and every inference after {@code inferDelay(index)} nanoseconds. */
    private static EchoHttpServer server(java.util.function.LongUnaryOperator inferDelay) throws Exception {
        return EchoHttpServer.start((index, line) -> line.startsWith("GET /v2/models/m ")
                ? new Reply(0, 200, METADATA)
                : line.startsWith("GET")
                        ? new Reply(0, 404, "{\"error\":\"no\"}")
                        : new Reply(inferDelay.applyAsLong(index), 200, "{}"));
    }

    private static PointResult measure(EchoHttpServer server, LoadPoint load, MeasurementSettings settings)
            throws Exception {
        try (HttpTargetClient client =
                HttpTargetClient.open(new BenchTarget.OipHttp(server.baseUrl(), "m"), settings.requestTimeout())) {
            List<Object> prepared = new ArrayList<>();
            for (List<Tensor> inputs : Payloads.build(client.signature(), 1, InputSource.Generated.random(), 1)) {
                prepared.add(client.prepare(inputs));
            }
            return LoadGenerator.measure(client, prepared, load, 1, Optional.empty(), settings, BenchProgress.NONE);
        }
    }

    @Test
    void closedLoopPercentilesFindTheInjectedLatency() throws Exception {
        try (EchoHttpServer server = server(index -> 20 * MS)) {
            PointResult result = measure(server, new LoadPoint.Concurrency(2), quick(Duration.ofMillis(500), 4, 0.5));

            assertThat(result.errors()).isEmpty();
            assertThat(result.latencyMs().p50()).isBetween(20.0, 80.0);
            assertThat(result.latencyMs().p99()).isBetween(20.0, 250.0);
            assertThat(result.latencyMs().max())
                    .isGreaterThanOrEqualTo(result.latencyMs().p99());
            // two clients, each at most one request per 20 ms
            assertThat(result.throughput()).isBetween(10.0, 100.5);
            assertThat(result.generatorCpuMicrosPerRequest()).isPresent();
            assertThat(result.server()).isEmpty();
        }
    }

    @Test
    void openLoopChargesAStalledServerToTheRequestsScheduledDuringTheStall() throws Exception {
        // every 100th request stalls 300 ms; one worker, 100 requests/s: about 30 requests a second
        // are due while the server stalls
        try (EchoHttpServer server = server(index -> index % 100 == 50 ? 300 * MS : 0)) {
            MeasurementSettings settings = quick(Duration.ofSeconds(1), 3, 0.9).withMaxInFlight(1);
            PointResult open = measure(server, new LoadPoint.RequestRate(100, LoadPoint.Arrivals.CONSTANT), settings);

            assertThat(open.errors()).isEmpty();
            assertThat(open.latencyMs().p90())
                    .as("timed from the scheduled start, the stall shows in the open-loop percentiles")
                    .isGreaterThan(100.0);
            assertThat(open.serviceMs().p90())
                    .as("timed from the actual send, the stall hides (coordinated omission)")
                    .isLessThan(50.0);
        }
    }

    @Test
    void latencyThatKeepsGrowingIsFlaggedUnstableAfterMaxTrials() throws Exception {
        // each request 0.2 ms slower than the one before: no three windows agree
        try (EchoHttpServer server = server(index -> index * MS / 5)) {
            PointResult result = measure(server, new LoadPoint.Concurrency(1), quick(Duration.ofMillis(300), 4, 0.10));

            assertThat(result.stable()).isFalse();
            assertThat(result.trials()).isEqualTo(4);
        }
    }

    @Test
    void steadyLatencyIsStable() throws Exception {
        try (EchoHttpServer server = server(index -> 5 * MS)) {
            PointResult result = measure(server, new LoadPoint.Concurrency(1), quick(Duration.ofMillis(300), 10, 0.5));

            assertThat(result.stable()).isTrue();
            assertThat(result.trials()).isBetween(3, 10);
        }
    }

    @Test
    void failedRequestsAreCountedByKindAndKeptOutOfTheLatencies() throws Exception {
        try (EchoHttpServer server = EchoHttpServer.start((index, line) -> line.startsWith("GET")
                ? new Reply(0, 200, METADATA)
                : index % 2 == 0 ? new Reply(0, 503, "{\"error\":\"busy\"}") : new Reply(MS, 200, "{}"))) {
            PointResult result = measure(server, new LoadPoint.Concurrency(1), quick(Duration.ofMillis(300), 3, 0.9));

            assertThat(result.errors()).containsOnlyKeys("http 503");
            assertThat(result.errors().get("http 503")).isPositive();
            assertThat(result.requests()).isPositive();
        }
    }

    @Test
    void answersSlowerThanTheRequestTimeoutAreCountedAsTimeouts() throws Exception {
        try (EchoHttpServer server = server(index -> index % 2 == 0 ? 400 * MS : MS)) {
            MeasurementSettings settings = new MeasurementSettings(
                    Duration.ofMillis(200), Duration.ofMillis(500), 3, 0.9, 3, 256, Duration.ofMillis(100), 42);
            PointResult result = measure(server, new LoadPoint.Concurrency(1), settings);

            assertThat(result.errors()).containsOnlyKeys("timeout");
            assertThat(result.requests()).isPositive();
        }
    }
}
