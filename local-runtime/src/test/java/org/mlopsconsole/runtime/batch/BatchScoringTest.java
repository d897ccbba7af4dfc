package org.mlopsconsole.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.internal.cli.RuntimeMain;
import picocli.CommandLine;

/**
 * {@code predict} end to end on the real Tribuo classifier (input [-1,4], output [-1,3]): every
 * output is reopened in the file's own format and compared with ONNX Runtime run directly.
 */
class BatchScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Path repository;
    private static OrtEnvironment environment;
    private static OrtSession direct;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void importModel() throws Exception {
        Path model = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
        repository = temp.resolve("repo");
        ModelRepository.open(repository).importModel(model, "classifier", OptionalLong.empty());
        environment = OrtEnvironment.getEnvironment();
        direct = environment.createSession(model.toString(), new OrtSession.SessionOptions());
    }

    @AfterAll
    static void closeSession() throws Exception {
        direct.close();
    }

    private int predict(String... args) {
        List<String> all =
                new ArrayList<>(List.of("predict", "--model", "classifier", "--repository", repository.toString()));
        all.addAll(List.of(args));
        return new CommandLine(new RuntimeMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
    }

    /** The classifier's 3 probabilities for each row, straight from ONNX Runtime. */
    private static float[][] directScores(double[][] rows) throws Exception {
        float[] values = new float[rows.length * BatchFiles.FEATURES];
        for (int i = 0; i < rows.length; i++) {
            for (int f = 0; f < BatchFiles.FEATURES; f++) {
                values[i * BatchFiles.FEATURES + f] = (float) rows[i][f];
            }
        }
        try (OnnxTensor input = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(values), new long[] {rows.length, BatchFiles.FEATURES});
                OrtSession.Result result = direct.run(Map.of("input", input))) {
            return (float[][]) result.get("output").orElseThrow().getValue();
        }
    }

    @Test
    void csvOfTenThousandRowsReopensWithTheDirectScoresAppendedAndPrintsRowsPerSecond() throws Exception {
        double[][] rows = BatchFiles.features(10_000, 1);
        Path input = BatchFiles.csv(temp.resolve("ten-thousand.csv"), rows);
        Path output = temp.resolve("ten-thousand-scored.csv");

        int exit = predict(
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--columns",
                "f0,f1,f2,f3",
                "--batch",
                "256");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Scored 10000 rows in [0-9.]+ s: [0-9]+ rows/s; 0 bad row");
        List<List<String>> written = BatchFiles.readCsv(output);
        assertThat(written.get(0)).containsExactly("id", "f0", "f1", "f2", "f3", "output_0", "output_1", "output_2");
        assertThat(written).hasSize(10_001);
        float[][] expected = directScores(rows);
        for (int i = 0; i < rows.length; i++) {
            List<String> row = written.get(i + 1);
            assertThat(row.get(0)).isEqualTo("row-" + i);
            for (int k = 0; k < 3; k++) {
                assertThat(Float.parseFloat(row.get(5 + k))).isEqualTo(expected[i][k]);
            }
        }
    }

    @Test
    void parquetWithAMissingFeatureSkipsThatRowByItsRowNumber() throws Exception {
        double[][] rows = BatchFiles.features(100, 2);
        Path input = BatchFiles.parquet(temp.resolve("skip.parquet"), rows, List.of(36));
        Path output = temp.resolve("skip-scored.parquet");

        int exit = predict(
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--columns",
                "f0,f1,f2,f3",
                "--skip-bad",
                "--batch",
                "16");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("bad row 37: 'f2' is missing");
        assertThat(out.toString()).contains("Scored 99 rows").contains("1 bad row(s) left out");
        List<Group> written = BatchFiles.readParquet(output);
        assertThat(written).hasSize(99);
        float[][] expected = directScores(rows);
        int at = 0;
        for (int i = 0; i < rows.length; i++) {
            if (i == 36) {
                continue;
            }
            Group row = written.get(at++);
            assertThat(row.getString("id", 0)).isEqualTo("row-" + i);
            assertThat(row.getDouble("f1", 0)).isEqualTo(rows[i][1]);
            for (int k = 0; k < 3; k++) {
                assertThat(row.getFloat("output_" + k, 0)).isEqualTo(expected[i][k]);
            }
        }
    }

    @Test
    void parquetWithAMissingFeatureStopsAtItAndLeavesNoOutputFile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("stop"));
        Path input = BatchFiles.parquet(folder.resolve("stop.parquet"), BatchFiles.features(100, 3), List.of(80));
        Path output = folder.resolve("stop-scored.parquet");

        int exit = predict(
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--columns",
                "f0,f1,f2,f3",
                "--batch",
                "16");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("row 81: 'f2' is missing").contains("nothing was written");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("stop.parquet");
        }
    }

    @Test
    void csvBadLinesAreReportedWithTheirLineNumbers() throws Exception {
        Path input = temp.resolve("bad-lines.csv");
        Files.writeString(
                input,
                String.join(
                        "\n",
                        "id,f0,f1,f2,f3",
                        "a,1,2,3,4",
                        "b,1,x,3,4",
                        "c,1,2,3",
                        "",
                        "d,1,2,,4",
                        "e,0.5,0.5,0.5,0.5",
                        ""));
        Path output = temp.resolve("bad-lines-scored.csv");

        int exit = predict(
                "--input", input.toString(), "--output", output.toString(), "--columns", "f0,f1,f2,f3", "--skip-bad");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("bad line 3: 'f1' is 'x', not a number")
                .contains("bad line 4: 4 value(s), but the header has 5 columns")
                .contains("bad line 6: 'f2' is missing");
        assertThat(BatchFiles.readCsv(output)).extracting(row -> row.get(0)).containsExactly("id", "a", "e");
    }

    @Test
    void tooManyColumnsWithoutColumnsSaysWhichToChoose() throws Exception {
        Path input = BatchFiles.csv(temp.resolve("five-columns.csv"), BatchFiles.features(3, 4));

        int exit = predict(
                "--input",
                input.toString(),
                "--output",
                temp.resolve("never.csv").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains("input 'input' of model 'classifier' takes 4 values a row; the file has 5 columns")
                .contains("--columns");
        assertThat(temp.resolve("never.csv")).doesNotExist();
    }

    @Test
    void jsonLinesFeedAnArrayByTheInputsNameAndGetAnArrayBack() throws Exception {
        double[][] rows = BatchFiles.features(50, 5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            text.append(JSON.writeValueAsString(Map.of("id", i, "input", rows[i])))
                    .append('\n');
        }
        Path input = Files.writeString(temp.resolve("rows.jsonl"), text);
        Path output = temp.resolve("rows-scored.jsonl");

        int exit = predict("--input", input.toString(), "--output", output.toString(), "--batch", "8");

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(50);
        float[][] expected = directScores(rows);
        for (int i = 0; i < rows.length; i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            assertThat(row.get("id").asInt()).isEqualTo(i);
            assertThat(row.get("output")).hasSize(3);
            for (int k = 0; k < 3; k++) {
                assertThat((float) row.get("output").get(k).asDouble()).isEqualTo(expected[i][k]);
                assertThat(row.get("input").get(k).asDouble()).isCloseTo(rows[i][k], within(0.0));
            }
        }
    }
}
