package org.mlopsconsole.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.benchmark.BenchResultFiles;
import org.mlopsconsole.runtime.internal.cli.RuntimeMain;
import picocli.CommandLine;

class BenchCommandTest {

    @TempDir
    static Path temp;

    private static Path model;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void exportModel() {
        model = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
    }

    private int run(String... args) {
        return new CommandLine(new RuntimeMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void jsonHasOneEntryPerPointAndTheFingerprintOnce() throws Exception {
        Path file = temp.resolve("result.json");
        int exit = run(
                "bench",
                "--model",
                model.toString(),
                "--concurrency",
                "1,2",
                "--request-rate",
                "100",
                "--batch",
                "1,4",
                "--threads",
                "1",
                "--window",
                "200ms",
                "--warmup",
                "100ms",
                "--max-trials",
                "3",
                "--stability",
                "90",
                "--format",
                "json",
                "--out",
                file.toString());

        assertThat(exit).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("format").asText()).isEqualTo(BenchResultFiles.FORMAT);
        assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.path("fingerprint").path("cpuModel").asText()).isNotBlank();
        assertThat(root.path("points")).hasSize(6);
        for (JsonNode point : root.path("points")) {
            assertThat(point.has("concurrency") || point.has("requestRate")).isTrue();
            assertThat(point.path("batch").asInt()).isIn(1, 4);
            assertThat(point.path("throughput").asDouble()).isPositive();
            for (String percentile : new String[] {"p50", "p90", "p95", "p99", "max"}) {
                assertThat(point.path("latencyMs").path(percentile).isNumber())
                        .as(percentile)
                        .isTrue();
            }
            assertThat(point.path("errors").isObject()).isTrue();
            assertThat(point.path("stable").isBoolean()).isTrue();
        }
        assertThat(err.toString()).contains("[1/6] concurrency 1, batch 1");
    }

    @Test
    void csvAndTextPrintOneLinePerPoint() {
        String[] common = {
            "bench",
            "--model",
            model.toString(),
            "--window",
            "100ms",
            "--warmup",
            "0ms",
            "--max-trials",
            "3",
            "--stability",
            "90",
            "--batch",
            "1,2"
        };

        assertThat(run(concat(common, "--format", "csv"))).isZero();
        assertThat(out.toString().lines()).hasSize(3).first().asString().startsWith("Concurrency,Request Rate");
        out.getBuffer().setLength(0);

        assertThat(run(concat(common, "--format", "text"))).isZero();
        assertThat(out.toString()).contains("Generator floor").contains("concurrency 1, batch 2");
    }

    @Test
    void aModelAndAUrlTogetherIsAUsageError() {
        assertThat(run("bench", "--model", model.toString(), "--url", "http://127.0.0.1:1", "--model-name", "m"))
                .isEqualTo(2);
        assertThat(run("bench")).isEqualTo(2);
    }

    @Test
    void sessionSettingsForAServerAreAUsageError() {
        assertThat(run("bench", "--url", "http://127.0.0.1:1", "--model-name", "m", "--threads", "2"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("apply in process");
    }

    @Test
    void anUnreachableServerExitsOneWithTheReason() {
        assertThat(run("bench", "--url", "http://127.0.0.1:1", "--model-name", "m", "--window", "100ms"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("cannot reach http://127.0.0.1:1");
    }

    @Test
    void aMissingModelFileIsAUsageError() {
        assertThat(run("bench", "--model", temp.resolve("none.onnx").toString()))
                .isEqualTo(2);
        assertThat(Files.exists(temp.resolve("none.onnx"))).isFalse();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
