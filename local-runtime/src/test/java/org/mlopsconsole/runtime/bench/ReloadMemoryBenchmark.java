package org.mlopsconsole.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TestModels;

/**
 * Prints the resident memory (Linux, /proc) before and after {@code -Dbench.reloads=50} blue/green
 * reloads of MiniLM int8, after 10 to settle allocator arenas and the JIT, and the growth against
 * the 10 % this project accepts. Not a test: resident memory depends on the machine, the allocator
 * and whatever else the JVM does; run it as docs/performance.md says.
 */
public final class ReloadMemoryBenchmark {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");
    private static final double ACCEPTED_GROWTH = 0.10;

    private ReloadMemoryBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (!Files.isReadable(PROC_STATUS)) {
            System.out.println("resident memory is read from /proc: Linux only");
            return;
        }
        int reloads = Integer.getInteger("bench.reloads", 50);
        Path work = Files.createTempDirectory("reload-bench");
        Path root = work.resolve("repo");
        ModelRepository repository = ModelRepository.open(root);
        repository.importModel(
                TestModels.miniLmQuantized(work.resolve("minilm-q.onnx")), "minilm", OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            reload(runtime, root, 10);
            long baseline = residentKilobytes();
            reload(runtime, root, reloads);
            long after = residentKilobytes();
            runtime.infer(InferenceRequest.of(
                            "minilm",
                            List.of(
                                    Tensor.ofLongs("input_ids", new long[] {1, 2}, 101, 102),
                                    Tensor.ofLongs("attention_mask", new long[] {1, 2}, 1, 1),
                                    Tensor.ofLongs("token_type_ids", new long[] {1, 2}, 0, 0))))
                    .join();
            double growth = (after - baseline) / (double) baseline;
            System.out.printf(
                    Locale.ROOT,
                    "RSS after 10 reloads %d kB, after %d more %d kB: %+.1f %% (accepted: %.0f %%) %s%n",
                    baseline,
                    reloads,
                    after,
                    growth * 100,
                    ACCEPTED_GROWTH * 100,
                    growth <= ACCEPTED_GROWTH ? "ok" : "OVER");
        }
    }

    /** Each config change makes the next load a real blue/green reload of version 1. */
    private static void reload(LocalRuntime runtime, Path root, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            Files.writeString(root.resolve("minilm/config.json"), "{\"max_queue_size\": " + (100 + i % 2) + "}");
            List<ModelState> states = runtime.load("minilm").join();
            if (!states.stream().allMatch(ModelState::ready)) {
                throw new IllegalStateException("reload failed: " + states);
            }
        }
        System.gc();
    }

    private static long residentKilobytes() throws IOException {
        return Files.readAllLines(PROC_STATUS).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("[^0-9]", ""))
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElseThrow();
    }
}
