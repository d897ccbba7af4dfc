package org.mlopsconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineAppTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void versionPrintsTheAppJavaJavaFxAndOnnxRuntimeVersions() {
        assertThat(run("--version")).isZero();

        assertThat(out.toString())
                .containsPattern("MLOps Console \\d+\\.\\d+\\.\\d+")
                .containsPattern("Java \\d+")
                .containsPattern("JavaFX \\d+")
                .containsPattern("ONNX Runtime \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void unknownSubcommandExitsTwoWithUsageOnStderr() {
        assertThat(run("frobnicate")).isEqualTo(2);

        assertThat(err.toString()).contains("Unmatched argument").contains("Usage: mlops-console");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noCommandGroupAwaitsItsFeatureAnyMore() {
        assertThat(PendingFeatureCommand.all()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor"})
    void commandsThatOnceAwaitedTheirFeatureNowExplainThemselves(String command) {
        assertThat(run(command, "--help")).isZero();

        assertThat(out.toString()).contains("Usage: mlops-console " + command).doesNotContain("awaits");
    }

    @Test
    void workspaceInfoCreatesTheWorkspaceGivenBeforeOrAfterTheSubcommand() {
        Path workspace = dir.resolve("ws");

        assertThat(run("--workspace", workspace.toString(), "workspace", "info"))
                .isZero();
        assertThat(out.toString()).contains("Workspace:      " + workspace).contains("Schema version: 8");
        assertThat(workspace.resolve("workspace.mv.db")).isRegularFile();
        assertThat(workspace.resolve("logs")).isDirectory();

        assertThat(run("workspace", "info", "--workspace", workspace.toString()))
                .isZero();
    }

    @Test
    void workspaceBackupThenRestoreRoundTripsThroughTheCommandLine() {
        Path workspace = dir.resolve("ws");
        Path backup = dir.resolve("backup.zip");

        assertThat(run("workspace", "backup", "--workspace", workspace.toString(), "--out", backup.toString()))
                .isZero();
        assertThat(backup).isRegularFile();
        assertThat(run("workspace", "restore", "--workspace", workspace.toString(), backup.toString()))
                .isZero();

        assertThat(out.toString())
                .contains("Backup written to " + backup)
                .contains("Restored " + workspace)
                .contains("The previous database was saved to");
    }

    @Test
    void workspaceThatIsNotAnH2FileExitsTwoWithOneClearLine() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(workspace.resolve("workspace.mv.db"), "not a database", StandardCharsets.UTF_8);

        assertThat(run("workspace", "info", "--workspace", workspace.toString()))
                .isEqualTo(2);

        assertThat(err.toString().strip())
                .startsWith("error: Workspace file " + workspace.resolve("workspace.mv.db"))
                .contains("not an H2 database")
                .doesNotContain("\n");
    }
}
