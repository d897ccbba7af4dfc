package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadMemoryTest {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    @TempDir
    Path temp;

    @Test
    void fiftyBlueGreenReloadsDoNotGrowTheResidentMemoryByMoreThanTenPercent() throws IOException {
        assumeTrue(Files.isReadable(PROC_STATUS), "resident memory is read from /proc (Linux)");
        Path repositoryRoot = temp.resolve("repo");
        ModelRepository repository = ModelRepository.open(repositoryRoot);
        repository.importModel(
                TestModels.miniLmQuantized(temp.resolve("minilm-q.onnx")), "minilm", OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            // settle allocator arenas and the JIT before the baseline
            reload(runtime, repositoryRoot, 10);
            long baseline = residentKilobytes();

            reload(runtime, repositoryRoot, 50);

            long after = residentKilobytes();
            assertThat(after).as("RSS %d kB -> %d kB", baseline, after).isLessThanOrEqualTo((long) (baseline * 1.10));
            InferenceResponse response = runtime.infer(InferenceRequest.of("minilm", Fixtures.miniLmInputs(1, 4, 1)))
                    .join();
            assertThat(response.outputs()).hasSize(1);
        }
    }

    /** Each config change makes the next load a real blue/green reload of version 1. */
    private static void reload(LocalRuntime runtime, Path repositoryRoot, int times) {
        for (int i = 0; i < times; i++) {
            Fixtures.writeConfig(repositoryRoot, "minilm", "{\"max_queue_size\": " + (100 + i % 2) + "}");
            List<ModelState> states = runtime.load("minilm").join();
            assertThat(states).allMatch(ModelState::ready);
        }
        // retired sessions close in the background once drained; wait for the queue to be empty
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
