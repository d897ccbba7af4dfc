package org.mlopsconsole.runtime.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;

/**
 * Throughput at concurrency 16 with the metrics off and on, in one run: rounds alternate (off, on,
 * off, on, ...) so that drift of a shared machine hits both alike, and the ratio of the medians is
 * printed. "On" attaches {@link RuntimeMetrics} and, as Prometheus and the Monitoring section would,
 * scrapes /metrics' text and takes a snapshot once a second; "off" has no observer at all. A small
 * Tribuo classifier, answered in process (where any overhead shows most), then over HTTP as served.
 * {@code -Dbench.seconds=3 -Dbench.rounds=7 -Dbench.concurrency=16}.
 */
public final class MetricsCostBenchmark {

    private MetricsCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 3);
        int rounds = Integer.getInteger("bench.rounds", 7);
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        Path work = Files.createTempDirectory("metrics-bench");
        ModelRepository repository = ModelRepository.open(work.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(work.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            InferenceRequest request = InferenceRequest.of(
                    "classifier", List.of(Tensor.ofFloats("input", new long[] {1, 4}, 5.1f, 3.5f, 1.4f, 0.2f)));
            measure(runtime, request, concurrency, seconds); // JIT warmup
            List<Double> off = new ArrayList<>();
            List<Double> on = new ArrayList<>();
            List<Double> eventsOnly = new ArrayList<>();
            System.out.println("| round | metrics | requests/s |");
            System.out.println("|---|---|---|");
            for (int round = 1; round <= rounds; round++) {
                off.add(print(round, "off", measure(runtime, request, concurrency, seconds)));
                try (LocalRuntime.Registration noop = runtime.addInferenceObserver(new InferenceObserver() {})) {
                    eventsOnly.add(print(
                            round, "events only (a no-op observer)", measure(runtime, request, concurrency, seconds)));
                }
                AtomicInteger scrapes = new AtomicInteger();
                AtomicInteger bytes = new AtomicInteger();
                try (RuntimeMetrics metrics = RuntimeMetrics.attach(runtime);
                        EverySecond scraper = scrapeAndSnapshot(metrics, scrapes, bytes)) {
                    on.add(print(round, "on", measure(runtime, request, concurrency, seconds)));
                    System.out.printf(
                            Locale.ROOT, "|   | (%d scrapes, %d bytes last) | |%n", scrapes.get(), bytes.get());
                }
            }
            List<Double> httpOff = new ArrayList<>();
            List<Double> httpOn = new ArrayList<>();
            measureHttp(runtime, false, concurrency, seconds); // warmup of the HTTP path
            for (int round = 1; round <= rounds; round++) {
                httpOff.add(print(round, "off, over HTTP", measureHttp(runtime, false, concurrency, seconds)));
                httpOn.add(print(
                        round, "on, over HTTP (/metrics served)", measureHttp(runtime, true, concurrency, seconds)));
            }
            double httpRatio = medianRatio(httpOn, httpOff);
            System.out.printf(
                    Locale.ROOT,
                    "%nover HTTP: median off %.0f/s, on %.0f/s, median of the rounds' on/off %.3f (%+.1f %%)%n",
                    Medians.of(httpOff),
                    Medians.of(httpOn),
                    httpRatio,
                    (httpRatio - 1) * 100);
            double ratio = medianRatio(on, off);
            System.out.printf(
                    Locale.ROOT,
                    "in process: concurrency %d, %d s rounds: median off %.0f/s, events only %.0f/s, on %.0f/s,"
                            + " median of the rounds' on/off %.3f (%+.1f %%);"
                            + " events dropped %d%n",
                    concurrency,
                    seconds,
                    Medians.of(off),
                    Medians.of(eventsOnly),
                    Medians.of(on),
                    ratio,
                    (ratio - 1) * 100,
                    runtime.droppedObserverEvents());
        }
    }

    private static double print(int round, String metrics, double throughput) {
        System.out.printf(Locale.ROOT, "| %d | %s | %.0f |%n", round, metrics, throughput);
        return throughput;
    }

    private static double measure(LocalRuntime runtime, InferenceRequest request, int concurrency, int seconds)
            throws InterruptedException {
        return measure(() -> runtime.infer(request).join(), concurrency, seconds);
    }

    /** One request over HTTP to a server started for the round, with or without metrics. */
    private static double measureHttp(LocalRuntime runtime, boolean withMetrics, int concurrency, int seconds)
            throws InterruptedException {
        ServerOptions options = ServerOptions.localDefaults().withPort(0);
        try (RuntimeMetrics metrics = withMetrics ? RuntimeMetrics.attach(runtime) : null;
                RuntimeServer server = withMetrics
                        ? RuntimeServer.start(runtime, options, metrics, java.util.OptionalInt.empty())
                        : RuntimeServer.start(runtime, options);
                EverySecond scraper =
                        withMetrics ? scrapeAndSnapshot(metrics, new AtomicInteger(), new AtomicInteger()) : null) {
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest post = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v2/models/classifier/infer"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(HTTP_BODY))
                    .build();
            return measure(
                    () -> {
                        try {
                            HttpResponse<Void> response = client.send(post, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException("status " + response.statusCode());
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    },
                    concurrency,
                    seconds);
        }
    }

    private static final String HTTP_BODY =
            "{\"inputs\": [{\"name\": \"input\", \"shape\": [1, 4], \"datatype\": \"FP32\", \"data\": [5.1, 3.5, 1.4, 0.2]}]}";

    /** Requests per second of {@code concurrency} closed-loop callers over {@code seconds}. */
    private static double measure(Runnable call, int concurrency, int seconds) throws InterruptedException {
        LongAdder done = new LongAdder();
        CountDownLatch finished = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        for (int i = 0; i < concurrency; i++) {
            Thread caller = new Thread(
                    () -> {
                        while (System.nanoTime() < end) {
                            call.run();
                            done.increment();
                        }
                        finished.countDown();
                    },
                    "bench-caller-" + i);
            caller.setDaemon(true);
            caller.start();
        }
        finished.await();
        return done.sum() / ((System.nanoTime() - started) / 1e9);
    }

    /** The median of each round's on/off ratio: a shared machine's load drifts less within a round. */
    private static double medianRatio(List<Double> on, List<Double> off) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < on.size(); i++) {
            ratios.add(on.get(i) / off.get(i));
        }
        return Medians.of(ratios);
    }

    /** Reads the metrics once a second, as a Prometheus scrape and the app's Monitoring section do. */
    private static EverySecond scrapeAndSnapshot(RuntimeMetrics metrics, AtomicInteger scrapes, AtomicInteger bytes) {
        return new EverySecond("bench-scraper", () -> {
            bytes.set(metrics.scrape().length());
            metrics.snapshot();
            scrapes.incrementAndGet();
        });
    }
}
