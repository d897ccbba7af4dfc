package org.mlopsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopLauncherTest {

    @TempDir
    Path dir;

    @Test
    void findsOnlyThePlatformJarsOfJavaFx() throws Exception {
        for (String name : List.of(
                "javafx-base-21.0.12.jar",
                "javafx-base-21.0.12-linux.jar",
                "javafx-controls-21.0.12-linux.jar",
                "h2-2.5.252.jar",
                "javafx-graphics-21.0.12-win.jar")) {
            Files.createFile(dir.resolve(name));
        }

        assertThat(DesktopLauncher.javaFxJars(dir))
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "javafx-base-21.0.12-linux.jar",
                        "javafx-controls-21.0.12-linux.jar",
                        "javafx-graphics-21.0.12-win.jar");
    }

    @Test
    void relaunchPutsJavaFxOnTheModulePathAndKeepsTheArguments() {
        Path lib = Path.of("opt", "mlops-console", "lib");
        List<Path> javaFx = List.of(lib.resolve("javafx-base-21.0.12-linux.jar"));

        List<String> command = DesktopLauncher.relaunchCommand(
                lib.resolveSibling("mlops-console.jar"), javaFx, List.of("-Xmx2g"), new String[] {"--workspace", "w"});

        assertThat(command)
                .containsSubsequence("-Xmx2g", "--module-path", javaFx.get(0).toString());
        assertThat(command).containsSubsequence("--add-modules", "javafx.controls,javafx.fxml", "-jar");
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("--workspace", "w");
    }
}
