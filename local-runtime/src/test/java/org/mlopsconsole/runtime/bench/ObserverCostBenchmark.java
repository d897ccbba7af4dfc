package org.mlopsconsole.runtime.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.LongAdder;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TestModels;

/**
 * Prints what an {@link InferenceObserver} costs the inference path: the in-process latency of a
 * tiny model (where any overhead shows most) with no observer, with one that counts every event,
 * and with one that is slow (its events back up and are dropped, never waited for). Observers run
 * on the runtime's observer thread, so the inference thread pays only for queueing the events.
 * {@code -Dbench.requests=20000}.
 */
public final class ObserverCostBenchmark {

    private ObserverCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 20_000);
        Path work = Files.createTempDirectory("observer-bench");
        ModelRepository repository = ModelRepository.open(work.resolve("repo"));
        repository.importModel(
                TestModels.identity(work.resolve("identity.onnx"), ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT),
                "identity",
                OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            InferenceRequest request =
                    InferenceRequest.of("identity", List.of(Tensor.ofFloats("x", new long[] {1, 2}, 1, 2)));
            measure(runtime, request, requests); // JIT warmup
            System.out.println("| observer | requests | mean µs per request | events dropped |");
            System.out.println("|---|---|---|---|");
            print("none", requests, measure(runtime, request, requests), runtime);
            LongAdder events = new LongAdder();
            try (LocalRuntime.Registration counting = runtime.addInferenceObserver(counting(events))) {
                print("counts every event", requests, measure(runtime, request, requests), runtime);
            }
            try (LocalRuntime.Registration slow = runtime.addInferenceObserver(slow())) {
                print("slow (50 µs an event)", requests, measure(runtime, request, requests), runtime);
            }
            System.out.printf(Locale.ROOT, "%nevents seen by the counting observer: %d%n", events.sum());
        }
    }

    private static double measure(LocalRuntime runtime, InferenceRequest request, int requests) {
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            runtime.infer(request).join();
        }
        return (System.nanoTime() - started) / 1000.0 / requests;
    }

    private static void print(String observer, int requests, double meanMicros, LocalRuntime runtime) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f | %d |%n",
                observer,
                requests,
                meanMicros,
                runtime.droppedObserverEvents());
    }

    private static InferenceObserver counting(LongAdder events) {
        return new InferenceObserver() {
            @Override
            public void requestAdmitted(Admitted event) {
                events.increment();
            }

            @Override
            public void requestQueued(Queued event) {
                events.increment();
            }

            @Override
            public void batchFormed(BatchFormed event) {
                events.increment();
            }

            @Override
            public void batchComputed(BatchComputed event) {
                events.increment();
            }

            @Override
            public void requestAnswered(Answered event) {
                events.increment();
            }
        };
    }

    private static InferenceObserver slow() {
        return new InferenceObserver() {
            @Override
            public void requestAnswered(Answered event) {
                long until = System.nanoTime() + 50_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        };
    }
}
