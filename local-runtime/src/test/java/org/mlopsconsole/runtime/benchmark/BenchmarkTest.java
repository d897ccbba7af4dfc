package org.mlopsconsole.runtime.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.OnnxRuntimeInfo;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.internal.benchmark.FingerprintProbe;

/** The engine end to end on a small Tribuo model, in process and on this runtime's own server. */
class BenchmarkTest {

    @TempDir
    static Path temp;

    private static Path model;

    private static final MeasurementSettings QUICK = new MeasurementSettings(
            Duration.ofMillis(100), Duration.ofMillis(200), 3, 0.9, 4, 64, Duration.ofSeconds(10), 42);

    @BeforeAll
    static void exportModel() {
        model = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
    }

    @Test
    void anInProcessSweepMeasuresEveryPointAndCarriesTheFingerprint() throws Exception {
        BenchPlan plan = BenchPlan.simple(new BenchTarget.OnnxFile(model), QUICK)
                .withLoads(List.of(new LoadPoint.Concurrency(1), new LoadPoint.Concurrency(2)))
                .withBatches(List.of(1, 4))
                .withSessions(List.of(
                        SessionSettings.defaults().withIntraOpThreads(1),
                        new SessionSettings(
                                1, SessionSettings.GraphOptimization.NONE, SessionSettings.ExecutionProvider.CPU)))
                .withMaxP99Ms(OptionalDouble.of(1000));

        BenchResult result = Benchmark.run(plan, BenchProgress.NONE);

        assertThat(result.points()).hasSize(8);
        assertThat(result.points()).allSatisfy(point -> {
            assertThat(point.errors()).isEmpty();
            assertThat(point.throughput()).isPositive();
            assertThat(point.latencyMs().p50())
                    .isPositive()
                    .isLessThanOrEqualTo(point.latencyMs().p99());
            assertThat(point.session()).isPresent();
        });
        assertThat(result.points().get(1).throughput())
                .as("batch 4 counts four inferences per request")
                .isEqualTo(result.points().get(1).requestsPerSecond() * 1, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.points().get(2).throughput())
                .isCloseTo(result.points().get(2).requestsPerSecond() * 4, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.generator().echoTarget()).contains("in process");
        assertThat(result.generator().floorMs().p50())
                .isLessThan(result.points().get(0).latencyMs().p50());

        Fingerprint fingerprint = result.fingerprint();
        assertThat(fingerprint.cpuModel()).isNotBlank();
        assertThat(fingerprint.logicalCores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(fingerprint.memoryBytes()).isPositive();
        assertThat(fingerprint.os()).contains(System.getProperty("os.name"));
        assertThat(fingerprint.jvm()).contains(System.getProperty("java.runtime.version"));
        assertThat(fingerprint.onnxRuntimeVersion()).isEqualTo(OnnxRuntimeInfo.version());
        assertThat(fingerprint.providers()).contains("cpu");
        assertThat(fingerprint.modelSha256()).contains(FingerprintProbe.sha256(model));
        assertThat(fingerprint.settings())
                .containsEntry("window", "0.2s")
                .containsEntry("batches", "[1, 4]")
                .containsEntry("maxP99Ms", "1000")
                .containsKeys("sessions", "inputs", "warmup", "maxTrials", "tolerance", "seed");
    }

    @Test
    void aResultSurvivesItsFileUnchanged() throws Exception {
        BenchResult result = Benchmark.run(
                BenchPlan.simple(new BenchTarget.OnnxFile(model), QUICK)
                        .withLoads(List.of(
                                new LoadPoint.Concurrency(1),
                                new LoadPoint.RequestRate(200, LoadPoint.Arrivals.POISSON))),
                BenchProgress.NONE);
        Path file = temp.resolve("result.json");

        BenchResultFiles.write(result, file);
        BenchResult read = BenchResultFiles.read(file);

        assertThat(BenchResultFiles.toJson(read)).isEqualTo(BenchResultFiles.toJson(result));
        assertThat(read.fingerprint()).isEqualTo(result.fingerprint());
        assertThat(read.points())
                .extracting(PointResult::load)
                .isEqualTo(result.points().stream().map(PointResult::load).toList());
    }

    @Test
    void aFileOfAnotherFormatOrANewerVersionIsRefusedWithTheReason() {
        assertThatThrownBy(() -> BenchResultFiles.fromJson("{\"format\":\"other\"}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mlops-console-benchmark");
        assertThatThrownBy(() ->
                        BenchResultFiles.fromJson("{\"format\":\"mlops-console-benchmark\",\"formatVersion\":99}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("version 99");
    }

    private static final String VALID_POINT = "{\"concurrency\": 1, \"batch\": 1, \"throughput\": 10,"
            + " \"latencyMs\": {\"p50\": 1, \"p90\": 1, \"p95\": 1, \"p99\": 1, \"max\": 1}, \"stable\": true}";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"startedAt\": \"yesterday\"                  | startedAt: 'yesterday' is not an ISO-8601 instant",
                "\"points\": [{\"batch\": 1}]                    | points[0]: has neither concurrency nor requestRate",
                "\"points\": [POINT, {\"concurrency\": 0}]        | points[1].concurrency: must be a whole number",
                "\"points\": [POINT, {\"concurrency\": 2, \"latencyMs\": {}}] | points[1].latencyMs.p50: missing",
                "\"points\": [POINT], \"best\": 3                 | best: 3 is not the index of a point",
                "\"points\": \"none\"                            | points: missing or not a list"
            })
    void aBrokenResultFileIsRefusedNamingWhereItIsBroken(String override, String problem) {
        String json = "{\"format\": \"mlops-console-benchmark\", \"formatVersion\": 1,"
                + " \"startedAt\": \"2026-12-01T10:00:00Z\", \"fingerprint\": {\"cpuModel\": \"c\", \"os\": \"o\","
                + " \"target\": \"t\"}, \"points\": [], " + override.replace("POINT", VALID_POINT) + "}";

        assertThatThrownBy(() -> BenchResultFiles.fromJson(json))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("not a valid benchmark result: ")
                .hasMessageContaining(problem);
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> BenchResultFiles.fromJson("{\n  \"format\": mlops\n}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("not a benchmark result: not JSON at line 2, column ");
    }

    @Test
    void overHttpOurServerGivesTheServerSideSplitAndTheGeneratorsFloor() throws Exception {
        Path root = temp.resolve("repo");
        ModelRepository repository = ModelRepository.open(root);
        repository.importModel(model, "iris", OptionalLong.empty());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            try (RuntimeServer server =
                    RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0))) {
                BenchTarget target = new BenchTarget.OipHttp(URI.create(server.baseUrl()), "iris");

                BenchResult result = Benchmark.run(
                        BenchPlan.simple(target, QUICK).withLoads(List.of(new LoadPoint.Concurrency(2))),
                        BenchProgress.NONE);

                PointResult point = result.points().get(0);
                assertThat(point.errors()).isEmpty();
                assertThat(point.server()).hasValueSatisfying(split -> {
                    assertThat(split.requests()).isPositive();
                    assertThat(split.computeInferMs()).isPositive();
                    assertThat(split.queueMs()).isNotNegative();
                    assertThat(split.requestMs()).isGreaterThanOrEqualTo(split.computeInferMs());
                });
                assertThat(point.generatorCpuMicrosPerRequest()).isPresent();
                assertThat(result.generator().echoTarget()).contains("HTTP");
                assertThat(result.generator().cpuMicrosPerRequest()).isPresent();
                assertThat(result.fingerprint().server()).containsKeys("name", "version", "extensions");
                assertThat(result.fingerprint().modelSha256()).isEmpty();
            }
        }
    }

    @Test
    void theBestConfigurationIsTheFastestStableErrorFreePointWithinTheP99Constraint() {
        PointResult slowTight = point(100, 5, true, Map.of());
        PointResult fastLoose = point(400, 30, true, Map.of());
        PointResult fastUnstable = point(500, 10, false, Map.of());
        PointResult fastFailing = point(600, 10, true, Map.of("http 503", 3L));
        PointResult middle = point(250, 18, true, Map.of());
        List<PointResult> points = List.of(slowTight, fastLoose, fastUnstable, fastFailing, middle);

        assertThat(BenchResult.best(points, OptionalDouble.of(20))).contains(middle);
        assertThat(BenchResult.best(points, OptionalDouble.empty())).contains(fastLoose);
        assertThat(BenchResult.best(points, OptionalDouble.of(1))).isEmpty();
    }

    @Test
    void aComparisonPairsThePointsMeasuredAtTheSameSettingsWithRatios() {
        PointResult oneA = point(100, 10, true, Map.of());
        PointResult oneB = point(150, 5, true, Map.of());
        Fingerprint fingerprint = new Fingerprint(
                "cpu",
                2,
                Optional.empty(),
                1,
                "os",
                "jvm",
                "1.28.0",
                List.of("cpu"),
                List.of(),
                Optional.empty(),
                "m",
                Map.of(),
                Map.of());
        GeneratorOverhead floor = new GeneratorOverhead("echo", Latency.NONE, 1, OptionalDouble.empty());
        PointResult onlyInB = new PointResult(
                new LoadPoint.Concurrency(8),
                1,
                Optional.empty(),
                1,
                1,
                1,
                Latency.NONE,
                Latency.NONE,
                Map.of(),
                true,
                3,
                Optional.empty(),
                OptionalDouble.empty());
        BenchResult a =
                new BenchResult(java.time.Instant.EPOCH, fingerprint, floor, List.of(oneA), OptionalDouble.empty());
        BenchResult b = new BenchResult(
                java.time.Instant.EPOCH, fingerprint, floor, List.of(onlyInB, oneB), OptionalDouble.empty());

        BenchComparison comparison = BenchComparison.of(a, b);

        assertThat(comparison.rows()).hasSize(1);
        assertThat(comparison.rows().get(0).throughputRatio()).isEqualTo(1.5);
        assertThat(comparison.rows().get(0).p99Ratio()).isEqualTo(0.5);
        assertThat(comparison.toMarkdown()).contains("| concurrency 1, batch 1 | 100.0 | 150.0 | 1.50 |");
        assertThat(comparison.rows().get(0).p95Ratio()).isEqualTo(0.5);
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.toCsv().lines())
                .hasSize(2)
                .element(1)
                .isEqualTo("\"concurrency 1, batch 1\",100.00,150.00,1.5000,5.000,2.500,0.5000,10.000,5.000,0.5000,"
                        + "10.000,5.000,0.5000,true,true");
        assertThat(comparison.toJson()).contains("\"throughputRatio\" : 1.5", "\"differences\" : [ ]");
    }

    @Test
    void aComparisonListsTheFingerprintFieldsThatDiffer() {
        GeneratorOverhead floor = new GeneratorOverhead("echo", Latency.NONE, 1, OptionalDouble.empty());
        BenchResult a = new BenchResult(
                java.time.Instant.EPOCH,
                fingerprint("cpu A", Optional.of("aa"), Map.of("window", "5s")),
                floor,
                List.of(),
                OptionalDouble.empty());
        BenchResult b = new BenchResult(
                java.time.Instant.EPOCH,
                fingerprint("cpu B", Optional.empty(), Map.of("window", "3s")),
                floor,
                List.of(),
                OptionalDouble.empty());

        assertThat(BenchComparison.of(a, b).differences())
                .containsExactly(
                        new BenchComparison.Difference("cpuModel", "cpu A", "cpu B"),
                        new BenchComparison.Difference("modelSha256", "aa", ""),
                        new BenchComparison.Difference("settings.window", "5s", "3s"));
        assertThat(BenchComparison.of(a, b).toMarkdown())
                .contains("The fingerprints differ in:", "- modelSha256: A aa, B (none)");
    }

    @ParameterizedTest
    @CsvSource({
        "minilm.onnx, '', true, minilm",
        "http://127.0.0.1:8000 model minilm-int8, '', false, minilm-int8",
        "http://127.0.0.1:8000 model bert version 3, '', false, bert",
        "classifier.onnx, sessions, true, classifier"
    })
    void theFingerprintNamesTheModelAndWhetherItRanInProcess(
            String target, String setting, boolean inProcess, String modelName) {
        Map<String, String> settings = setting.isEmpty() ? Map.of() : Map.of(setting, "x");
        Fingerprint fingerprint = new Fingerprint(
                "cpu",
                2,
                Optional.empty(),
                2L << 30,
                "Linux",
                "jvm",
                "1.28.0",
                List.of("cpu"),
                List.of(),
                target.endsWith(".onnx") ? Optional.of("ab") : Optional.empty(),
                target,
                Map.of(),
                settings);

        assertThat(fingerprint.inProcess()).isEqualTo(inProcess);
        assertThat(fingerprint.modelName()).isEqualTo(modelName);
        assertThat(fingerprint.machineSummary()).isEqualTo("cpu, 2 logical cores, 2.0 GiB, Linux, ONNX Runtime 1.28.0");
    }

    private static Fingerprint fingerprint(String cpu, Optional<String> sha, Map<String, String> settings) {
        return new Fingerprint(
                cpu,
                2,
                Optional.empty(),
                1,
                "os",
                "jvm",
                "1.28.0",
                List.of("cpu"),
                List.of(),
                sha,
                "m",
                Map.of(),
                settings);
    }

    private static PointResult point(double throughput, double p99, boolean stable, Map<String, Long> errors) {
        return new PointResult(
                new LoadPoint.Concurrency(1),
                1,
                Optional.empty(),
                throughput,
                throughput,
                100,
                new Latency(p99 / 2, p99, p99, p99, p99, p99, p99 / 2),
                Latency.NONE,
                errors,
                stable,
                3,
                Optional.empty(),
                OptionalDouble.empty());
    }
}
