package org.mlopsconsole.runtime.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mlopsconsole.runtime.internal.benchmark.FingerprintProbe;
import org.mlopsconsole.runtime.internal.benchmark.GeneratorFloor;
import org.mlopsconsole.runtime.internal.benchmark.HttpTargetClient;
import org.mlopsconsole.runtime.internal.benchmark.LoadGenerator;
import org.mlopsconsole.runtime.internal.benchmark.OnnxTargetClient;
import org.mlopsconsole.runtime.internal.benchmark.Payloads;
import org.mlopsconsole.runtime.internal.benchmark.TargetClient;

/**
 * Runs a {@link BenchPlan}: perf_analyzer's measurement (warmup, stable windows, HdrHistogram
 * percentiles, the server-side split) over every point of the plan, Model Analyzer's choice of the
 * best configuration under a p99 constraint, and a fingerprint of the machine. Blocks until done;
 * interrupting the calling thread cancels it.
 */
public final class Benchmark {

    private Benchmark() {}

    public static BenchResult run(BenchPlan plan, BenchProgress progress) throws InterruptedException {
        Instant started = Instant.now();
        List<PointResult> points = new ArrayList<>();
        Map<String, String> server = Map.of();
        Optional<java.nio.file.Path> modelFile = Optional.empty();
        GeneratorOverhead overhead;
        int index = 0;
        if (plan.target() instanceof BenchTarget.OnnxFile file) {
            modelFile = Optional.of(file.model());
            for (SessionSettings session : plan.sessions()) {
                try (TargetClient client = OnnxTargetClient.open(file.model(), session)) {
                    index = measureAll(plan, client, Optional.of(session), index, points, progress);
                }
            }
            overhead = GeneratorFloor.inProcess(plan);
        } else {
            BenchTarget.OipHttp http = (BenchTarget.OipHttp) plan.target();
            try (HttpTargetClient client =
                    HttpTargetClient.open(http, plan.measurement().requestTimeout())) {
                server = client.server();
                measureAll(plan, client, Optional.empty(), index, points, progress);
                overhead = GeneratorFloor.overHttp(plan, client.signature());
            }
        }
        Fingerprint fingerprint =
                FingerprintProbe.probe(modelFile, plan.target().label(), server, settings(plan));
        return new BenchResult(started, fingerprint, overhead, points, plan.maxP99Ms());
    }

    private static int measureAll(
            BenchPlan plan,
            TargetClient client,
            Optional<SessionSettings> session,
            int index,
            List<PointResult> points,
            BenchProgress progress)
            throws InterruptedException {
        for (int batch : plan.batches()) {
            List<Object> prepared = new ArrayList<>();
            for (var inputs : Payloads.build(
                    client.signature(), batch, plan.inputs(), plan.measurement().seed())) {
                prepared.add(prepare(client, inputs));
            }
            for (LoadPoint load : plan.loads()) {
                progress.pointStarted(index++, plan.pointCount(), describe(load, batch, session));
                PointResult result =
                        LoadGenerator.measure(client, prepared, load, batch, session, plan.measurement(), progress);
                points.add(result);
                progress.pointFinished(result);
            }
        }
        return index;
    }

    private static Object prepare(TargetClient client, List<org.mlopsconsole.runtime.Tensor> inputs) {
        try {
            return client.prepare(inputs);
        } catch (Exception e) {
            throw new org.mlopsconsole.runtime.InvalidInputException("cannot prepare a request: " + e.getMessage(), e);
        }
    }

    /** e.g. {@code concurrency 4, batch 8, 2 intra, opt all, cpu}. */
    public static String describe(LoadPoint load, int batch, Optional<SessionSettings> session) {
        return describe(load) + ", batch " + batch
                + session.map(s -> ", " + s.label()).orElse("");
    }

    public static String describe(LoadPoint load) {
        if (load instanceof LoadPoint.Concurrency concurrency) {
            return "concurrency " + concurrency.clients();
        }
        LoadPoint.RequestRate rate = (LoadPoint.RequestRate) load;
        return String.format(
                Locale.ROOT,
                "request rate %s/s %s",
                BenchResultFiles.number(rate.perSecond()),
                rate.arrivals().name().toLowerCase(Locale.ROOT));
    }

    /** Every setting of the plan, as the fingerprint stores them. */
    static Map<String, String> settings(BenchPlan plan) {
        MeasurementSettings m = plan.measurement();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("loads", plan.loads().stream().map(Benchmark::describe).collect(Collectors.joining("; ")));
        settings.put("batches", plan.batches().toString());
        if (plan.target() instanceof BenchTarget.OnnxFile) {
            settings.put(
                    "sessions",
                    plan.sessions().stream().map(SessionSettings::label).collect(Collectors.joining("; ")));
        } else {
            settings.put("binaryOutput", Boolean.toString(((BenchTarget.OipHttp) plan.target()).binaryOutput()));
        }
        settings.put("inputs", describe(plan.inputs()));
        settings.put("warmup", seconds(m.warmup()));
        settings.put("window", seconds(m.window()));
        settings.put("stableWindows", Integer.toString(m.stableWindows()));
        settings.put("tolerance", BenchResultFiles.number(m.tolerance()));
        settings.put("maxTrials", Integer.toString(m.maxTrials()));
        settings.put("maxInFlight", Integer.toString(m.maxInFlight()));
        settings.put("requestTimeout", seconds(m.requestTimeout()));
        settings.put("seed", Long.toString(m.seed()));
        plan.maxP99Ms().ifPresent(max -> settings.put("maxP99Ms", BenchResultFiles.number(max)));
        return settings;
    }

    private static String describe(InputSource inputs) {
        if (inputs instanceof InputSource.DataFile file) {
            return "file " + file.file().getFileName();
        }
        InputSource.Generated generated = (InputSource.Generated) inputs;
        return generated.fill().name().toLowerCase(Locale.ROOT) + ", dynamic dimensions " + generated.dynamicDimension()
                + (generated.shapes().isEmpty() ? "" : ", shapes " + generated.shapes());
    }

    private static String seconds(Duration duration) {
        return BenchResultFiles.number(duration.toMillis() / 1000.0) + "s";
    }
}
