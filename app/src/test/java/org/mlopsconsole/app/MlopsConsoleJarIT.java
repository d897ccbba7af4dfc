package org.mlopsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code mlops-console.jar} as a user would, in its own JVM. */
@org.junit.jupiter.api.extension.ExtendWith(org.mlopsconsole.workspace.testing.PostgresExtension.class)
class MlopsConsoleJarIT {

    private static final Path JAR = Path.of(System.getProperty("app.jar", "target/mlops-console.jar"));

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    private Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path stdout = dir.resolve("out.txt");
        Path stderr = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(
                process.exitValue(),
                java.nio.file.Files.readString(stdout, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void versionExitsZeroAndPrintsEveryVersionWithNothingOnStderr() throws Exception {
        Result result = run(List.of(), "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("MLOps Console", "Java ", "JavaFX 21", "ONNX Runtime 1.");
        assertThat(result.err()).isEmpty();
    }

    /**
     * ONNX Runtime 1.29.0 kills the JVM (SIGSEGV, exit 139) when the command line is about 4 KB or
     * longer. Loading it with a 6 KB command line must keep working, whichever version is pinned.
     */
    @Test
    void onnxRuntimeLoadsWithACommandLineLongerThanFourKilobytes() throws Exception {
        String padding = "-Dmlops.console.padding=" + "x".repeat(6 * 1024);

        Result result = run(List.of(padding), "--version");

        assertThat(result.exitCode()).as("exit code (139 is the native crash)").isZero();
        assertThat(result.out()).containsPattern("ONNX Runtime \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void unknownSubcommandExitsTwoWithUsageOnStderr() throws Exception {
        Result result = run(List.of(), "no-such-command");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: mlops-console");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void workspaceInfoIsQuietOnTheConsoleAndLogsToTheWorkspace() throws Exception {
        Path workspace = dir.resolve("ws");

        Result first = run(List.of(), "workspace", "info", "--workspace", workspace.toString());
        Result second = run(List.of(), "workspace", "info", "--workspace", workspace.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(second.out()).contains("Schema version: 8");
        String id = first.out()
                .lines()
                .filter(l -> l.startsWith("Workspace id"))
                .findFirst()
                .orElseThrow();
        assertThat(second.out()).as("the second start reuses the workspace").contains(id);
        assertThat(workspace.resolve("logs/mlops-console.log")).content().contains("Opened workspace");
    }

    @Test
    void aPostgresUrlOpensMigratesAndReportsAnEmptyTeamWorkspace() throws Exception {
        String url = ((org.mlopsconsole.workspace.WorkspaceLocation.PostgresUrl)
                        org.mlopsconsole.workspace.testing.Backend.POSTGRES.newLocation(dir))
                .display();

        Result info = run(List.of("-Duser.home=" + dir), "--workspace", url, "workspace", "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out())
                .contains("Workspace:      " + url)
                .contains("Schema version: 8")
                .contains("Database:       PostgreSQL")
                .contains("Organizations:  0")
                .doesNotContain("Database file");
    }

    @Test
    void aUrlOfAnotherKindIsRefusedNamingWhatIsSupportedAndNothingIsCreated() throws Exception {
        Result refused = run(
                List.of("-Duser.home=" + dir), "--workspace", "jdbc:h2:file:" + dir.resolve("x"), "workspace", "info");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip())
                .startsWith("error: ")
                .contains("jdbc:postgresql://HOST[:PORT]/DATABASE")
                .doesNotContain("Exception")
                .hasLineCount(1);
        assertThat(dir.resolve("jdbc:h2:file:")).doesNotExist();
        assertThat(Path.of("jdbc:h2:file:"))
                .as("no folder named after the URL where the command ran")
                .doesNotExist();
    }

    @Test
    void theShippedH2HasNoWebConsole() throws Exception {
        Path h2 = JAR.resolveSibling("lib")
                .toFile()
                .listFiles((folder, name) -> name.startsWith("h2-"))[0]
                .toPath();
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(h2.toFile())) {
            assertThat(jar.stream().map(java.util.zip.ZipEntry::getName))
                    .contains("org/h2/Driver.class", "org/h2/server/TcpServer.class")
                    .noneMatch(name -> name.startsWith("org/h2/server/web/"))
                    .noneMatch(name -> name.startsWith("org/h2/tools/Console"));
        }
    }
}
