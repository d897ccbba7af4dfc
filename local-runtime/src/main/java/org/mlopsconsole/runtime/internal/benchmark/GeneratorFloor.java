package org.mlopsconsole.runtime.internal.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.GeneratorOverhead;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.runtime.benchmark.PointResult;

/**
 * The generator's latency floor: the same requests, the same loop, against a target that does
 * nothing (an HTTP server answering {@code {}}, or a no-op in process), at concurrency 1.
 */
public final class GeneratorFloor {

    private GeneratorFloor() {}

    private static MeasurementSettings floorSettings(BenchPlan plan) {
        Duration window = plan.measurement().window().compareTo(Duration.ofSeconds(1)) < 0
                ? plan.measurement().window()
                : Duration.ofSeconds(1);
        return new MeasurementSettings(
                Duration.ofMillis(Math.min(500, plan.measurement().warmup().toMillis())),
                window,
                1,
                plan.measurement().tolerance(),
                1,
                1,
                plan.measurement().requestTimeout(),
                plan.measurement().seed());
    }

    public static GeneratorOverhead inProcess(BenchPlan plan) throws InterruptedException {
        try (TargetClient echo = new EchoTargetClient(new ModelSignature(List.of(), List.of()))) {
            List<Object> prepared = List.of(List.of());
            return overhead("no-op call in process", echo, prepared, plan);
        }
    }

    public static GeneratorOverhead overHttp(BenchPlan plan, ModelSignature signature) throws InterruptedException {
        BenchTarget.OipHttp real = (BenchTarget.OipHttp) plan.target();
        try (EchoHttpServer server = EchoHttpServer.start();
                HttpTargetClient echo = HttpTargetClient.withSignature(
                        new BenchTarget.OipHttp(
                                server.baseUrl(), real.model(), real.version(), real.binaryOutput(), Optional.empty()),
                        plan.measurement().requestTimeout(),
                        signature)) {
            List<Object> prepared = new ArrayList<>();
            for (List<Tensor> inputs : Payloads.build(
                    signature,
                    plan.batches().get(0),
                    plan.inputs(),
                    plan.measurement().seed())) {
                prepared.add(echo.prepare(inputs));
            }
            return overhead("HTTP server answering {} on loopback", echo, prepared, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GeneratorOverhead overhead(String what, TargetClient echo, List<Object> prepared, BenchPlan plan)
            throws InterruptedException {
        PointResult floor = LoadGenerator.measure(
                echo,
                prepared,
                new LoadPoint.Concurrency(1),
                1,
                Optional.empty(),
                floorSettings(plan),
                BenchProgress.NONE);
        return new GeneratorOverhead(
                what, floor.latencyMs(), floor.requestsPerSecond(), floor.generatorCpuMicrosPerRequest());
    }
}
