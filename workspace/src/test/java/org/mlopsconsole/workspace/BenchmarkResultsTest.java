package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

@ExtendWith(PostgresExtension.class)
class BenchmarkResultsTest {

    /** Long enough to need more than a short VARCHAR, with the characters a result file has. */
    private static final String DOCUMENT = "{\"format\": \"mlops-console-benchmark\", \"formatVersion\": 1,"
            + " \"note\": \"µs ÷ ±\", \"points\": [" + "{\"batch\": 1},".repeat(5000) + "{\"batch\": 8}]}\n";

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aResultIsStoredListedNewestFirstRenamedAndDeleted(Backend backend) {
        Workspace workspace = workspaces.create(backend, dir);
        BenchmarkResults benchmarks = workspace.benchmarks();
        BenchmarkRun older = benchmarks.save(result("  fp32 on the laptop ", Instant.parse("2026-12-01T10:00:00Z")));
        BenchmarkRun newer = benchmarks.save(new NewBenchmarkResult(
                "int8 served",
                Instant.parse("2026-12-01T11:00:00.123456Z"),
                BenchmarkTargetKind.HTTP,
                "http://127.0.0.1:8000 model minilm-int8",
                "minilm-int8",
                Optional.empty(),
                "AMD EPYC, 2 logical cores",
                "concurrency 1; concurrency 4",
                2,
                "{\"points\": []}"));

        assertThat(older.label()).isEqualTo("fp32 on the laptop");
        assertThat(benchmarks.list()).containsExactly(newer, older);
        assertThat(benchmarks.run(older.id())).isEqualTo(older);
        assertThat(benchmarks.document(older.id())).isEqualTo(DOCUMENT);
        assertThat(benchmarks.run(newer.id()).modelSha256()).isEmpty();
        assertThat(benchmarks.run(newer.id()).startedAt()).isEqualTo(Instant.parse("2026-12-01T11:00:00.123456Z"));

        benchmarks.rename(older.id(), "fp32, before the fix");
        benchmarks.delete(newer.id());

        // Another connection sees the same rows: the CLI's import shows in the app.
        assertThat(workspaces.open(workspace.location()).benchmarks().list())
                .singleElement()
                .satisfies(run -> {
                    assertThat(run.label()).isEqualTo("fp32, before the fix");
                    assertThat(run.targetKind()).isEqualTo(BenchmarkTargetKind.IN_PROCESS);
                    assertThat(run.modelSha256()).contains("ab".repeat(32));
                    assertThat(run.pointCount()).isEqualTo(5001);
                });
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMissingIdOrABlankLabelIsRefusedWithTheReason(Backend backend) {
        BenchmarkResults benchmarks = workspaces.create(backend, dir).benchmarks();

        assertThatThrownBy(() -> benchmarks.document(42))
                .isInstanceOf(EngagementException.class)
                .hasMessage("There is no benchmark result with id 42 in this workspace"
                        + " ('mlops-console bench list' lists them).");
        assertThatThrownBy(() -> benchmarks.delete(42)).hasMessageContaining("no benchmark result with id 42");
        assertThatThrownBy(() -> benchmarks.save(result(" ", Instant.EPOCH)))
                .isInstanceOf(EngagementException.class)
                .hasMessage("Benchmark label is required.");
        assertThat(benchmarks.list()).isEmpty();
    }

    private static NewBenchmarkResult result(String label, Instant startedAt) {
        return new NewBenchmarkResult(
                label,
                startedAt,
                BenchmarkTargetKind.IN_PROCESS,
                "minilm.onnx",
                "minilm",
                Optional.of("ab".repeat(32)),
                "AMD EPYC, 2 logical cores, 23.5 GiB, Linux",
                "concurrency 1, batches [1, 8]",
                5001,
                DOCUMENT);
    }
}
