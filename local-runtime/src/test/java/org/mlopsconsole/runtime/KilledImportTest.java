package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL in the middle of an import leaves a staging folder; the next open removes it. */
class KilledImportTest {

    @TempDir
    Path temp;

    @Test
    void theStagingFolderOfAnImportKilledMidwayIsGoneOnTheNextOpen() throws Exception {
        Path root = temp.resolve("repo");
        Path model = TestModels.miniLm(temp.resolve("minilm.onnx")); // 90 MB: the copy takes a while
        Path arguments = Files.writeString(
                temp.resolve("classpath.args"),
                "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"");
        List<Path> leftovers = List.of();
        // the kill can land just after a copy finished; a few tries make a leftover certain
        for (int attempt = 0; attempt < 3 && leftovers.isEmpty(); attempt++) {
            leftovers = killMidImport(root, model, arguments);
        }

        ModelRepository.open(root);

        assertThat(leftovers).as("the kill left the staging folder behind").isNotEmpty();
        assertThat(staging(root)).isEmpty();
    }

    private List<Path> killMidImport(Path root, Path model, Path arguments) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process importing = new ProcessBuilder(List.of(
                        java.toString(),
                        "@" + arguments,
                        ImportForeverMain.class.getName(),
                        root.toString(),
                        model.toString()))
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile())
                .start();
        try {
            Awaiting.until(
                    "the child is copying a model in", () -> !staging(root).isEmpty() || !importing.isAlive());
            assertThat(importing.isAlive()).as("child: %s", log()).isTrue();
        } finally {
            importing.destroyForcibly(); // SIGKILL: no finally block of the child runs
            assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return staging(root);
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("child.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<Path> staging(Path root) {
        Path models = root.resolve("big");
        if (!Files.isDirectory(models)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(models)) {
            return children.filter(child -> child.getFileName().toString().startsWith(".import-"))
                    .toList();
        } catch (IOException e) {
            return List.of(); // a folder that vanished while listed is no leftover
        }
    }
}
