package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many blue/green reloads in a row leave the runtime serving. How much resident memory they cost
 * is machine-dependent and printed by {@code bench.ReloadMemoryBenchmark}, not asserted here.
 */
class ReloadMemoryTest {

    @TempDir
    Path temp;

    @Test
    void twentyBlueGreenReloadsInARowLeaveTheModelServing() {
        Path repositoryRoot = temp.resolve("repo");
        ModelRepository repository = ModelRepository.open(repositoryRoot);
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();

            for (int i = 0; i < 20; i++) {
                Fixtures.writeConfig(repositoryRoot, "classifier", "{\"max_queue_size\": " + (100 + i % 2) + "}");
                List<ModelState> states = runtime.load("classifier").join();
                assertThat(states).allMatch(ModelState::ready);
            }

            InferenceResponse response = runtime.infer(
                            InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(1, 1))))
                    .join();
            assertThat(response.outputs()).isNotEmpty();
        }
    }
}
