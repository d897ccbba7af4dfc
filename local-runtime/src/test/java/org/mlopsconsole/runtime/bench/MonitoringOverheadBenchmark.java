package org.mlopsconsole.runtime.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.Benchmark;
import org.mlopsconsole.runtime.benchmark.InputSource;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.runtime.benchmark.PointResult;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;
import org.mlopsconsole.runtime.predictions.JsonLinesPredictionStore;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.mlopsconsole.runtime.predictions.PredictionLogSettings;

/**
 * Issue 15, point 9: the served throughput at concurrency 16 with monitoring on (metrics, /metrics
 * scraped once a second as Prometheus would, and the prediction log keeping every request in JSON
 * Lines files) against monitoring off (no observer at all), in one run, for the small Tribuo
 * classifier and MiniLM int8 (16 tokens). Each round measures both on a fresh server over the same
 * loaded runtime, the order swapped every round, so that a shared machine's drift hits both alike;
 * the verdict is the median of the rounds' on/off ratios, beside that of the process's CPU per
 * request (which a shared machine's drift moves less). The load average is printed with each
 * round. {@code -Dbench.seconds=5 -Dbench.rounds=5 -Dbench.concurrency=16 -Dbench.models=classifier,minilm-int8}.
 */
public final class MonitoringOverheadBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    private static final int TOKENS = 16;

    private MonitoringOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("monitoring-bench");
        List<String> wanted = List.of(
                System.getProperty("bench.models", "classifier,minilm-int8").split(","));
        ModelRepository repository = ModelRepository.open(work.resolve("repo"));
        if (wanted.contains("classifier")) {
            repository.importModel(
                    TestModels.tribuoClassifier(work.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        }
        if (wanted.contains("minilm-int8")) {
            repository.importModel(
                    TestModels.miniLmQuantized(work.resolve("minilm-q.onnx")), "minilm-int8", OptionalLong.empty());
        }
        System.out.printf(
                Locale.ROOT,
                "concurrency %d, %d s per measurement, %d rounds, %d cores, load average at start %.2f%n%n",
                CONCURRENCY,
                SECONDS,
                ROUNDS,
                Runtime.getRuntime().availableProcessors(),
                Machine.loadAverage());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            List<String> verdicts = new ArrayList<>();
            for (String model : wanted) {
                verdicts.add(compare(runtime, model, work));
            }
            System.out.println();
            verdicts.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "load average at the end %.2f%n", Machine.loadAverage());
        }
    }

    /** Rounds of off and on for one model; returns its verdict line. */
    private static String compare(LocalRuntime runtime, String model, Path work) throws Exception {
        measure(runtime, model, false, work); // JIT warmup of both paths before anything counts
        measure(runtime, model, true, work);
        System.out.println(
                "| model | round | monitoring | requests/s | p50 ms | CPU µs per request | load avg | logged | dropped |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<Double> ratios = new ArrayList<>();
        List<Double> offs = new ArrayList<>();
        List<Double> ons = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        long dropped = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Measured off;
            Measured on;
            if (round % 2 == 1) {
                off = print(model, round, measure(runtime, model, false, work));
                on = print(model, round, measure(runtime, model, true, work));
            } else {
                on = print(model, round, measure(runtime, model, true, work));
                off = print(model, round, measure(runtime, model, false, work));
            }
            offs.add(off.throughput());
            ons.add(on.throughput());
            ratios.add(on.throughput() / off.throughput());
            cpuRatios.add(off.cpuMicrosPerRequest() / on.cpuMicrosPerRequest());
            dropped += on.dropped();
        }
        double ratio = Medians.of(ratios);
        return String.format(
                Locale.ROOT,
                "%s: median off %.0f/s, on %.0f/s; median of the rounds' on/off %.3f (%+.1f %%, target within 5 %%:"
                        + " %s); CPU per request off/on %.3f; log entries dropped %d",
                model,
                Medians.of(offs),
                Medians.of(ons),
                ratio,
                (ratio - 1) * 100,
                ratio >= 0.95 ? "met" : "not met",
                Medians.of(cpuRatios),
                dropped);
    }

    private record Measured(
            boolean monitoring,
            PointResult point,
            double cpuMicrosPerRequest,
            double loadAverage,
            long logged,
            long dropped) {
        double throughput() {
            return point.throughput();
        }
    }

    /**
     * One measurement on a server started for it. With monitoring: metrics attached, /metrics
     * scraped once a second, and a prediction log of every request (sampling 1.0) into JSON Lines.
     */
    private static Measured measure(LocalRuntime runtime, String model, boolean monitoring, Path work)
            throws Exception {
        ServerOptions options = ServerOptions.localDefaults().withPort(0);
        if (!monitoring) {
            try (RuntimeServer server = RuntimeServer.start(runtime, options)) {
                CpuPerItem cpu = new CpuPerItem();
                return new Measured(false, load(server, model, cpu), cpu.microsPerItem(), Machine.loadAverage(), 0, 0);
            }
        }
        Path logFolder = Files.createTempDirectory(work, "log-" + model);
        PredictionLog log = PredictionLog.start(
                JsonLinesPredictionStore.open(logFolder),
                PredictionLogSettings.defaults().withSampling(1.0, Map.of()));
        try (RuntimeMetrics metrics = RuntimeMetrics.attach(runtime);
                LocalRuntime.Registration logging = runtime.addInferenceObserver(log);
                RuntimeServer server = RuntimeServer.start(
                        runtime, options, Optional.of(metrics), OptionalInt.empty(), Optional.of(log));
                EverySecond scraper = scrapeOverHttp(URI.create(server.baseUrl() + "/metrics"))) {
            CpuPerItem cpu = new CpuPerItem();
            PointResult point = load(server, model, cpu);
            logging.close();
            log.awaitWritten(Duration.ofSeconds(30));
            PredictionLog.Stats stats = log.stats();
            return new Measured(
                    true,
                    point,
                    cpu.microsPerItem(),
                    Machine.loadAverage(),
                    stats.written(),
                    stats.dropped() + runtime.droppedObserverEvents());
        } finally {
            log.close();
        }
    }

    /**
     * The benchmark engine's closed loop: a 2 s warmup, then two windows of {@link #SECONDS}; the
     * process's CPU per request is taken over the second.
     */
    private static PointResult load(RuntimeServer server, String model, CpuPerItem cpu) throws InterruptedException {
        MeasurementSettings measurement = new MeasurementSettings(
                Duration.ofSeconds(2), Duration.ofSeconds(SECONDS), 2, 0.10, 2, 256, Duration.ofSeconds(30), 42);
        BenchPlan plan = BenchPlan.simple(new BenchTarget.OipHttp(URI.create(server.baseUrl()), model), measurement)
                .withLoads(List.of(new LoadPoint.Concurrency(CONCURRENCY)))
                .withInputs(new InputSource.Generated(InputSource.Fill.RANDOM, Map.of(), TOKENS));
        PointResult point = Benchmark.run(plan, cpu).points().get(0);
        // a rare connection error (under one request in a thousand) is the client's, not monitoring's
        if (point.errorCount() * 1000 > point.requests()) {
            throw new IllegalStateException(model + " answered errors under load: " + point.errors());
        }
        if (point.errorCount() > 0) {
            System.out.println("(" + model + ": " + point.errors() + " of " + point.requests() + " requests)");
        }
        return point;
    }

    private static Measured print(String model, int round, Measured measured) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %s | %.0f | %.2f | %.0f | %.2f | %s | %s |%n",
                model,
                round,
                measured.monitoring() ? "on" : "off",
                measured.throughput(),
                measured.point().latencyMs().p50(),
                measured.cpuMicrosPerRequest(),
                measured.loadAverage(),
                measured.monitoring() ? Long.toString(measured.logged()) : "",
                measured.monitoring() ? Long.toString(measured.dropped()) : "");
        return measured;
    }

    /** GETs /metrics once a second over HTTP, as a Prometheus scrape does. */
    private static EverySecond scrapeOverHttp(URI metrics) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(metrics).GET().build();
        return new EverySecond("bench-scraper", () -> client.send(get, HttpResponse.BodyHandlers.discarding()));
    }
}
