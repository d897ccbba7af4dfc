package org.mlopsconsole.app.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.reports.BenchmarkReport;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;

/** The Benchmarks section's ViewModel over a real H2 workspace, without the toolkit. */
class BenchmarksViewModelTest {

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();
    private Workspace workspace;
    private BenchmarkLibrary library;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void open() {
        workspace = workspaces.create(Backend.H2, dir);
        library = new BenchmarkLibrary(workspace.benchmarks());
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        workspaces.close();
    }

    @Test
    void twoImportedRunsArePlottedAndComparedWithRatiosAndTheirDifferences() throws Exception {
        BenchmarksViewModel viewModel = new BenchmarksViewModel(library, Runnable::run, Runnable::run);
        viewModel
                .importFile(BenchmarkFixtures.file(dir, "before.json", BenchmarkFixtures.result("cpu A", 100)))
                .join();
        viewModel
                .importFile(BenchmarkFixtures.file(dir, "after.json", BenchmarkFixtures.result("cpu B", 150)))
                .join();

        assertThat(viewModel.messageProperty().get()).isEqualTo("Imported after.json as \"after\"");
        assertThat(viewModel.runs()).extracting(r -> r.label()).containsExactlyInAnyOrder("before", "after");
        assertThat(viewModel.selected()).extracting(r -> r.label()).containsExactly("after");
        assertThat(viewModel.throughputByConcurrency())
                .extracting(BenchmarkCurves.Curve::name)
                .containsExactly("after, batch 1", "after, batch 8");
        assertThat(viewModel.throughputByConcurrency().get(1).points())
                .extracting(point -> point[1])
                .containsExactly(1200.0, 2400.0, 4800.0);
        assertThat(viewModel.throughputByBatch()).hasSize(3);
        assertThat(viewModel.latencyByThroughput())
                .extracting(BenchmarkCurves.Curve::name)
                .containsExactly("after p50", "after p95", "after p99");
        assertThat(viewModel.ratios()).isEmpty();

        var before = viewModel.runs().stream()
                .filter(r -> r.label().equals("before"))
                .findFirst()
                .orElseThrow();
        viewModel.selected().setAll(List.of(before, viewModel.selected().get(0)));

        assertThat(viewModel.comparisonTitleProperty().get()).isEqualTo("B \"after\" ÷ A \"before\": 6 shared points");
        assertThat(viewModel.ratios()).hasSize(6).allSatisfy(ratio -> {
            assertThat(ratio.throughputRatio()).isEqualTo(1.5);
            assertThat(ratio.p50Ratio()).isCloseTo(1 / 1.5, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(ratio.bothStable()).isTrue();
        });
        assertThat(viewModel.ratios())
                .extracting(BenchmarkReport.Ratio::point)
                .first()
                .isEqualTo("concurrency 1, batch 1");
        assertThat(viewModel.differences()).containsExactly("cpuModel: A cpu A, B cpu B");
        assertThat(viewModel.throughputByConcurrency()).hasSize(4);
    }

    @Test
    void aRunningBenchmarkShowsItsProgressAndCancelStoresNothing() throws Exception {
        CountDownLatch measuring = new CountDownLatch(1);
        BenchmarksViewModel.Runner waitsForCancel = (plan, progress) -> {
            progress.pointStarted(0, 2, "concurrency 1, batch 1");
            progress.windowMeasured(5, 100, 2);
            measuring.countDown();
            new CountDownLatch(1).await(); // until interrupted
            throw new AssertionError("not cancelled");
        };
        BenchmarksViewModel viewModel = new BenchmarksViewModel(library, waitsForCancel, background, Runnable::run);
        viewModel.targetProperty().set(BenchmarkFixtures.miniLm(dir).toString());
        viewModel.concurrencyProperty().set("1,2");

        var done = viewModel.run();
        assertThat(measuring.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(viewModel.runningProperty().get()).isTrue();
        assertThat(viewModel.progressProperty().get()).isEqualTo(0.25); // half of the first of two points
        assertThat(viewModel.progressTextProperty().get()).startsWith("Point 1 of 2: concurrency 1, batch 1, window 5");
        viewModel.cancel();
        done.get(10, TimeUnit.SECONDS);

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Benchmark cancelled: nothing was stored.");
        assertThat(library.runs()).isEmpty();
    }

    @Test
    void theFormRunsTheEngineOnARealModelAndStoresTheResult() throws Exception {
        BenchmarksViewModel viewModel = new BenchmarksViewModel(library, background, Runnable::run);
        viewModel.targetProperty().set(BenchmarkFixtures.miniLm(dir).toString());
        viewModel.concurrencyProperty().set("1");
        viewModel.windowProperty().set("300ms");
        viewModel.labelProperty().set("int8 here");

        viewModel.run().get(120, TimeUnit.SECONDS);

        assertThat(viewModel.messageProperty().get()).isEqualTo("Measured and stored \"int8 here\"");
        assertThat(library.runs())
                .singleElement()
                .satisfies(run -> assertThat(run.pointCount()).isEqualTo(1));
        assertThat(library.result(library.runs().get(0).id()).points().get(0).throughput())
                .isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                      | ''     | 1,2 | 1 | 5s    | Choose an .onnx file or type a server's URL.",
                "http://127.0.0.1:8000   | ''     | 1   | 1 | 5s    | A server needs the model's name on it.",
                "missing.onnx            | ''     | 1   | 1 | 5s    | missing.onnx is not a file.",
                "http://127.0.0.1:8000   | minilm | 1,x | 1 | 5s    | Concurrency: 'x' is not a whole number of at least 1 (e.g. 1,2,4).",
                "http://127.0.0.1:8000   | minilm | 1   | 0 | 5s    | Batch sizes: '0' is not a whole number of at least 1 (e.g. 1,2,4).",
                "http://127.0.0.1:8000   | minilm | 1   | 1 | soon  | Window: 'soon' is not a duration such as 5s or 500ms."
            })
    void aFormThatCannotRunSaysWhatToFix(
            String target, String model, String concurrency, String batches, String window, String message) {
        BenchmarksViewModel viewModel = new BenchmarksViewModel(
                library,
                (plan, progress) -> {
                    throw new AssertionError("must not run");
                },
                Runnable::run,
                Runnable::run);
        viewModel.targetProperty().set(target);
        viewModel.modelNameProperty().set(model);
        viewModel.concurrencyProperty().set(concurrency);
        viewModel.batchesProperty().set(batches);
        viewModel.windowProperty().set(window);

        viewModel.run().join();

        assertThat(viewModel.messageProperty().get()).isEqualTo(message);
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"5s, 5000", "500ms, 500", "2.5, 2500", "1.5s, 1500"})
    void windowsAreReadInSecondsOrMilliseconds(String text, long millis) {
        assertThat(BenchmarksViewModel.duration(text).toMillis()).isEqualTo(millis);
    }
}
