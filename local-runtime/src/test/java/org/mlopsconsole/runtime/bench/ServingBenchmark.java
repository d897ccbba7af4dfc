package org.mlopsconsole.runtime.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.OnnxRuntimeInfo;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.Benchmark;
import org.mlopsconsole.runtime.benchmark.InputSource;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.runtime.benchmark.PointResult;
import org.mlopsconsole.runtime.benchmark.SessionSettings;

/**
 * Prints in-process and over-HTTP figures for MiniLM fp32, MiniLM int8 and a small Tribuo model,
 * all measured by the benchmark engine (perf_analyzer-style windows, stability, HdrHistogram):
 * ONNX Runtime in process at batch 1, 8 and 32, then the server at concurrency 1, 4, 16 and 64 with
 * batching off and on, and the ratios. {@link WrkAgreementBenchmark} checks the engine against wrk.
 * Not a test: run it on a quiet machine (see docs/performance.md for how).
 */
public final class ServingBenchmark {

    private static final int TOKENS = 16;
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "5"));
    private static final int[] BATCHES = {1, 8, 32};
    private static final int[] CONCURRENCY = {1, 4, 16, 64};

    record Model(String name, Path file, boolean transformer) {}

    record Figures(double p50Millis, double p99Millis, double perSecond, boolean stable) {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("serving-bench");
        // -Dbench.models=minilm-fp32,minilm-int8 runs only those
        List<String> chosen = List.of(System.getProperty("bench.models", "").split(","));
        List<Model> models = models(work).stream()
                .filter(model -> chosen.equals(List.of("")) || chosen.contains(model.name()))
                .toList();
        System.out.printf(
                Locale.ROOT,
                "# %d cores, Java %s, ONNX Runtime %s, %s s per point, MiniLM inputs of %d tokens%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                OnnxRuntimeInfo.version(),
                SECONDS,
                TOKENS);
        warmUpServer(models.get(0), work);
        System.out.println("| model | path | batch / concurrency | batching | p50 ms | p99 ms | items/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Model model : models) {
            Map<Integer, Figures> inProcess = new HashMap<>();
            for (int batch : BATCHES) {
                Figures figures = inProcess(model, batch);
                inProcess.put(batch, figures);
                row(model.name(), "in-process", "batch " + batch, "-", figures);
            }
            Map<String, Figures> http = new HashMap<>();
            for (boolean batching : new boolean[] {false, true}) {
                for (int concurrency : CONCURRENCY) {
                    Figures figures = overHttp(model, work, batching, concurrency);
                    http.put(batching + "/" + concurrency, figures);
                    row(model.name(), "HTTP", "c=" + concurrency, batching ? "on" : "off", figures);
                }
            }
            if (model.transformer()) {
                // the same as c=16 batching on, but the answer's tensors come as binary, not JSON
                Figures binary = overHttp(model, work, "{\"max_batch_size\": 32, \"max_queue_size\": 1024}", 16, true);
                http.put("binary/16", binary);
                row(model.name(), "HTTP, binary output", "c=16", "on", binary);
            }
            ratios(model, inProcess, http);
        }
    }

    /**
     * Serves {@code model} under load for a while first, so that the JIT has compiled the HTTP path
     * before the first measured point (otherwise the first point, batching off at c=1, pays for it).
     */
    static void warmUpServer(Model model, Path work) throws IOException, InterruptedException {
        for (int round = 0; round < 2; round++) {
            overHttp(model, work, round % 2 == 0, 4);
        }
    }

    /** The three benchmark models, written into {@code work}. */
    static List<Model> models(Path work) {
        return List.of(
                new Model("tribuo-small", TestModels.tribuoClassifier(work.resolve("small.onnx")), false),
                new Model("minilm-fp32", TestModels.miniLm(work.resolve("minilm.onnx")), true),
                new Model("minilm-int8", TestModels.miniLmQuantized(work.resolve("minilm-q.onnx")), true));
    }

    static void row(String model, String path, String load, String batching, Figures figures) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s | %.2f | %.2f | %.0f%s |%n",
                model,
                path,
                load,
                batching,
                figures.p50Millis(),
                figures.p99Millis(),
                figures.perSecond(),
                figures.stable() ? "" : " (unstable)");
    }

    private static void ratios(Model model, Map<Integer, Figures> inProcess, Map<String, Figures> http) {
        double bestInProcess = inProcess.values().stream()
                .mapToDouble(Figures::perSecond)
                .max()
                .orElse(1);
        Figures single = http.get("false/1");
        System.out.printf(
                Locale.ROOT,
                "| %s | ratios | HTTP c=1 p50 − in-process batch 1 p50 = %.2f ms;"
                        + " c=16 batching on ÷ best in-process = %.2f%s; c=16 on ÷ off = %.2f | | | | |%n",
                model.name(),
                single.p50Millis() - inProcess.get(1).p50Millis(),
                http.get("true/16").perSecond() / bestInProcess,
                http.containsKey("binary/16")
                        ? String.format(
                                Locale.ROOT,
                                " (binary output %.2f)",
                                http.get("binary/16").perSecond() / bestInProcess)
                        : "",
                http.get("true/16").perSecond() / http.get("false/16").perSecond());
    }

    /** Back-to-back requests on one thread, as an embedding application would make them. */
    private static Figures inProcess(Model model, int batch) throws InterruptedException {
        return inProcess(model, batch, 0);
    }

    /** As above with {@code intraOpThreads} threads (0: ONNX Runtime's default, one per core). */
    static Figures inProcess(Model model, int batch, int intraOpThreads) throws InterruptedException {
        BenchPlan plan = plan(new BenchTarget.OnnxFile(model.file()), 1)
                .withBatches(List.of(batch))
                .withSessions(List.of(SessionSettings.defaults().withIntraOpThreads(intraOpThreads)));
        return figures(Benchmark.run(plan, BenchProgress.NONE));
    }

    /** The engine's settings for every point: {@code bench.seconds} windows, a 2 s warmup. */
    static BenchPlan plan(BenchTarget target, int concurrency) {
        MeasurementSettings measurement = MeasurementSettings.defaults()
                .withWindow(Duration.ofMillis((long) (SECONDS * 1000)))
                .withWarmup(Duration.ofSeconds(2))
                .withMaxTrials(5);
        return BenchPlan.simple(target, measurement)
                .withLoads(List.of(new LoadPoint.Concurrency(concurrency)))
                .withInputs(new InputSource.Generated(InputSource.Fill.RANDOM, Map.of(), TOKENS));
    }

    static Figures figures(BenchResult result) {
        PointResult point = result.points().get(0);
        if (point.errorCount() > 0) {
            System.out.println("<!-- errors: " + point.errors() + " -->");
        }
        return new Figures(point.latencyMs().p50(), point.latencyMs().p99(), point.throughput(), point.stable());
    }

    private static Figures overHttp(Model model, Path work, boolean batching, int concurrency)
            throws IOException, InterruptedException {
        return overHttp(
                model,
                work,
                batching
                        ? "{\"max_batch_size\": 32, \"max_queue_size\": 1024}"
                        : "{\"max_batch_size\": 0, \"max_queue_size\": 1024}",
                concurrency);
    }

    /** The server under the engine's closed loop with the model's config.json set to {@code config}. */
    static Figures overHttp(Model model, Path work, String config, int concurrency)
            throws IOException, InterruptedException {
        return overHttp(model, work, config, concurrency, false);
    }

    /** As above; {@code binaryOutput} asks for the outputs in the binary tensor data extension. */
    static Figures overHttp(Model model, Path work, String config, int concurrency, boolean binaryOutput)
            throws IOException, InterruptedException {
        try (Served served = Served.start(model, work, config)) {
            BenchTarget target =
                    new BenchTarget.OipHttp(URI.create(served.server().baseUrl()), "m").withBinaryOutput(binaryOutput);
            return figures(Benchmark.run(plan(target, concurrency), BenchProgress.NONE));
        }
    }

    /** {@code model} served as "m" on a free port with its config.json set to {@code config}. */
    record Served(LocalRuntime runtime, RuntimeServer server) implements AutoCloseable {
        static Served start(Model model, Path work, String config) throws IOException {
            Path repository = Files.createTempDirectory(work, "repo-" + model.name());
            ModelRepository opened = ModelRepository.open(repository);
            opened.importModel(model.file(), "m", OptionalLong.empty());
            Files.writeString(repository.resolve("m/config.json"), config);
            LocalRuntime runtime = LocalRuntime.create(opened);
            runtime.loadAll().join();
            return new Served(
                    runtime,
                    RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0)));
        }

        @Override
        public void close() {
            server.close();
            runtime.close();
        }
    }
}
