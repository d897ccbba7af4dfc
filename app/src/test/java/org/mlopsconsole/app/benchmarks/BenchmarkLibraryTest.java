package org.mlopsconsole.app.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.BenchResultFiles;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.Benchmark;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.workspace.BenchmarkRun;
import org.mlopsconsole.workspace.BenchmarkTargetKind;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

/** Benchmark results through the workspace, on H2 and PostgreSQL, with a real run of MiniLM int8. */
@ExtendWith(PostgresExtension.class)
class BenchmarkLibraryTest {

    @TempDir
    static Path shared;

    /** One real in-process run, measured once for every test. */
    private static BenchResult measured;

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @BeforeAll
    static void measure() throws Exception {
        MeasurementSettings quick = MeasurementSettings.defaults()
                .withWarmup(Duration.ofMillis(200))
                .withWindow(Duration.ofMillis(300))
                .withMaxTrials(3)
                .withTolerance(0.9);
        measured = Benchmark.run(
                BenchPlan.simple(new BenchTarget.OnnxFile(BenchmarkFixtures.miniLm(shared)), quick),
                BenchProgress.NONE);
    }

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aResultRoundTripsThroughTheWorkspaceUnchanged(Backend backend) {
        BenchmarkLibrary library =
                new BenchmarkLibrary(workspaces.create(backend, dir).benchmarks());

        BenchmarkRun run = library.save(measured, "MiniLM int8, this machine");
        BenchResult readBack = library.result(run.id());

        // The file's form rounds to four decimals: what was saved reads back as the file would.
        assertThat(readBack).isEqualTo(BenchResultFiles.fromJson(BenchResultFiles.toJson(measured)));
        assertThat(BenchResultFiles.toJson(readBack)).isEqualTo(BenchResultFiles.toJson(measured));
        assertThat(run.targetKind()).isEqualTo(BenchmarkTargetKind.IN_PROCESS);
        assertThat(run.modelName()).isEqualTo("minilm-int8");
        assertThat(run.modelSha256()).isEqualTo(measured.fingerprint().modelSha256());
        assertThat(run.machine()).isEqualTo(measured.fingerprint().machineSummary());
        assertThat(run.settings()).startsWith("concurrency 1, batches [1], default intra, opt all, cpu, window 0.3s");
        assertThat(run.startedAt()).isEqualTo(measured.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(library.runs()).containsExactly(run);
    }

    @Test
    void anImportedFileIsStoredAsWrittenAndExportedAgain() throws Exception {
        BenchmarkLibrary library =
                new BenchmarkLibrary(workspaces.create(Backend.H2, dir).benchmarks());
        Path file = BenchmarkFixtures.file(dir, "laptop-int8.json", measured);

        BenchmarkRun run = library.importFile(file, Optional.empty());

        assertThat(run.label()).isEqualTo("laptop-int8");
        assertThat(library.export(run.id(), BenchmarkLibrary.ExportFormat.JSON)).isEqualTo(Files.readString(file));
        // the CSV of what the file holds: its JSON rounds the measured figures, so a value at a
        // rounding edge could print one digit apart from the unrounded measurement's CSV
        assertThat(library.export(run.id(), BenchmarkLibrary.ExportFormat.CSV))
                .isEqualTo(BenchResultFiles.toCsv(BenchResultFiles.read(file)));
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameAndTheFaultAndNothingIsStored() throws Exception {
        BenchmarkLibrary library =
                new BenchmarkLibrary(workspaces.create(Backend.H2, dir).benchmarks());
        Path broken = Files.writeString(
                dir.resolve("broken.json"),
                BenchResultFiles.toJson(measured).replace("\"throughput\"", "\"throughputs\""));

        assertThatThrownBy(() -> library.importFile(broken, Optional.of("x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("broken.json: not a valid benchmark result: points[0].throughput: missing or not a number");
        assertThat(library.runs()).isEmpty();
    }

    @Test
    void twoRunsGoToOneWorkbookWithTheirComparison() throws Exception {
        BenchmarkLibrary library =
                new BenchmarkLibrary(workspaces.create(Backend.H2, dir).benchmarks());
        long a = library.save(BenchmarkFixtures.result("cpu A", 100), "A").id();
        long b = library.save(BenchmarkFixtures.result("cpu B", 150), "B").id();
        Path workbook = dir.resolve("bench.xlsx");

        library.exportExcel(List.of(a, b), workbook);

        try (var in = Files.newInputStream(workbook);
                var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(excel.getSheet("Results").getLastRowNum()).isEqualTo(12);
            var comparison = excel.getSheet("Comparison");
            assertThat(comparison.getRow(4).getCell(0).getStringCellValue()).isEqualTo("concurrency 1, batch 1");
            assertThat(comparison.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(1.5);
        }
    }
}
