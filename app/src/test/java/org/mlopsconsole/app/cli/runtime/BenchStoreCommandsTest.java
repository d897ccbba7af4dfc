package org.mlopsconsole.app.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench import, list, compare, export}: result files made by {@code bench} (the command
 * mlops-runtime.jar shares) into the workspace and out again, while {@code bench --model} still
 * measures.
 */
class BenchStoreCommandsTest {

    @TempDir
    static Path temp;

    private static Path before;
    private static Path after;

    @BeforeAll
    static void measureTwoRuns() throws Exception {
        Path model = temp.resolve("minilm-q.onnx");
        try (InputStream in = BenchStoreCommandsTest.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, model);
        }
        before = measure(model, "300ms", "before.json");
        after = measure(model, "400ms", "after.json");
    }

    private static Path measure(Path model, String window, String name) {
        Path out = temp.resolve(name);
        CommandRun run = CommandRun.of(
                "bench",
                "--model",
                model.toString(),
                "--concurrency",
                "1,2",
                "--sequence-length",
                "8",
                "--window",
                window,
                "--warmup",
                "200ms",
                "--max-trials",
                "3",
                "--stability",
                "90",
                "--format",
                "json",
                "--out",
                out.toString());
        assertThat(run.exitCode).as(run.err.toString()).isZero();
        return out;
    }

    @Test
    void resultFilesAreImportedListedComparedAndExported() throws Exception {
        String workspace = temp.resolve("ws-store").toString();

        CommandRun imported = CommandRun.of(
                "bench", "import", before.toString(), "--label", "int8, 300 ms", "--workspace", workspace);
        assertThat(imported.exitCode).as(imported.err.toString()).isZero();
        assertThat(imported.out.toString())
                .startsWith("Imported before.json as benchmark 1 \"int8, 300 ms\": minilm-q.onnx, 2 points");
        assertThat(CommandRun.of("--workspace", workspace, "bench", "import", after.toString()).exitCode)
                .isZero();

        CommandRun list = CommandRun.of("bench", "list", "--workspace", workspace);
        assertThat(list.out.toString().lines())
                .hasSize(3)
                .element(1)
                .asString()
                .contains("in process", "minilm-q", "after");

        CommandRun text = CommandRun.of("bench", "compare", "1", "2", "--workspace", workspace);
        assertThat(text.exitCode).as(text.err.toString()).isZero();
        assertThat(text.out.toString())
                .contains(
                        "Runs: A = 1 \"int8, 300 ms\", B = 2 \"after\"",
                        "| concurrency 1, batch 1, default intra, opt all, cpu |")
                .contains("The fingerprints differ in:", "- settings.window: A 0.3s, B 0.4s");
        CommandRun csv = CommandRun.of("bench", "compare", "1", "2", "--format", "csv", "--workspace", workspace);
        assertThat(csv.out.toString().lines()).hasSize(3).first().asString().startsWith("Point,A Inferences/Second");
        JsonNode json = new ObjectMapper()
                .readTree(CommandRun.of("bench", "compare", "1", "2", "--format", "json", "--workspace", workspace)
                        .out
                        .toString());
        assertThat(json.path("rows")).hasSize(2);
        assertThat(json.path("rows").get(0).path("throughputRatio").asDouble()).isPositive();

        Path exported = temp.resolve("exported.json");
        CommandRun export = CommandRun.of(
                "bench", "export", "1", "--format", "json", "--out", exported.toString(), "--workspace", workspace);
        assertThat(export.exitCode).as(export.err.toString()).isZero();
        assertThat(Files.readString(exported)).isEqualTo(Files.readString(before));
        Path exportedCsv = temp.resolve("exported.csv");
        CommandRun.of(
                "bench", "export", "2", "--format", "csv", "--out", exportedCsv.toString(), "--workspace", workspace);
        assertThat(Files.readAllLines(exportedCsv))
                .hasSize(3)
                .first()
                .asString()
                .startsWith("Concurrency,");
    }

    @Test
    void aBrokenFileIsRefusedWithWhereItIsBrokenAndNothingIsStored() throws Exception {
        String workspace = temp.resolve("ws-broken").toString();
        Path broken = Files.writeString(
                temp.resolve("broken.json"), Files.readString(before).replace("\"stable\"", "\"steady\""));

        CommandRun run = CommandRun.of("bench", "import", broken.toString(), "--workspace", workspace);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.toString())
                .contains("error: broken.json: not a valid benchmark result: points[0].stable: missing or not"
                        + " true/false; points[1].stable");
        assertThat(CommandRun.of("bench", "list", "--workspace", workspace).out.toString())
                .startsWith("No benchmark results yet");
    }

    @Test
    void anUnknownIdAndAMissingTargetAreNamed() {
        String workspace = temp.resolve("ws-empty").toString();

        CommandRun compare = CommandRun.of("bench", "compare", "1", "2", "--workspace", workspace);
        CommandRun bare = CommandRun.of("bench");

        assertThat(compare.exitCode).isEqualTo(1);
        assertThat(compare.err.toString())
                .contains("There is no benchmark result with id 1 in this workspace ('mlops-console bench list'");
        assertThat(bare.exitCode).isEqualTo(2);
        assertThat(bare.err.toString()).contains("--model FILE.onnx, or --url URL --model-name M", "import", "compare");
    }
}
