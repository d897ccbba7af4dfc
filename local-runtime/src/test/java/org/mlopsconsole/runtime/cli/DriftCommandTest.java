package org.mlopsconsole.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.internal.cli.RuntimeMain;
import picocli.CommandLine;

/** {@code mlops-runtime.jar drift} on the acceptance datasets: the JSON's shape, the text, the errors. */
class DriftCommandTest {

    private static final List<String> FEATURE_FIELDS =
            List.of("feature", "type", "test", "statistic", "pValue", "threshold", "drift", "psi");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new RuntimeMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void jsonHasTheIssuesFieldsInOrderAndFlagsTheShiftedFeatures() throws IOException {
        int exit = run(
                "drift",
                "--reference",
                fixture("small-reference.csv"),
                "--current",
                fixture("small-current-shifted.csv"),
                "--format",
                "json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(fieldNames(root).subList(0, 2)).containsExactly("datasetDrift", "features");
        assertThat(root.get("datasetDrift").asBoolean()).isTrue();
        List<String> drifted = new ArrayList<>();
        for (JsonNode feature : root.get("features")) {
            assertThat(fieldNames(feature).subList(0, FEATURE_FIELDS.size())).isEqualTo(FEATURE_FIELDS);
            assertThat(feature.get("type").asText()).isIn("numeric", "categorical");
            assertThat(feature.get("statistic").isNumber()).isTrue();
            assertThat(feature.get("pValue").isNumber() || feature.get("pValue").isNull())
                    .isTrue();
            assertThat(feature.get("drift").isBoolean()).isTrue();
            assertThat(feature.get("psi").isNumber()).isTrue();
            if (feature.get("drift").asBoolean()) {
                drifted.add(feature.get("feature").asText());
            }
        }
        assertThat(drifted).containsExactly("income", "score", "plan");
    }

    @Test
    void textGoesToTheOutFileWithOneRowPerFeatureAndThePredictionApart() throws IOException {
        Path report = temp.resolve("drift.txt");

        int exit = run(
                "drift",
                "--reference",
                fixture("large-reference.csv"),
                "--current",
                fixture("large-current-shifted.csv"),
                "--prediction",
                "score",
                "--categorical",
                "visits",
                "--out",
                report.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("drift: wrote " + report);
        List<String> lines = Files.readAllLines(report);
        assertThat(lines.get(0)).startsWith("Dataset drift: no (2 of 5 features drift, 40 %");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("visits ")
                        .contains("categorical")
                        .contains("jensenshannon"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("score ").endsWith("(prediction)"));
    }

    @Test
    void aBadFileExitsOneWithItsLocation() throws IOException {
        Path current = Files.writeString(temp.resolve("current.csv"), "age,income,visits,score,plan\n1,2,3,4,5\n");

        int exit = run("drift", "--reference", fixture("small-reference.csv"), "--current", current.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("drift: " + current + ":1: no column 'region' of ");
    }

    @Test
    void anUnknownFormatOrTestIsAUsageError() {
        String reference = fixture("small-reference.csv");

        assertThat(run("drift", "--reference", reference, "--current", reference, "--format", "xml"))
                .isEqualTo(2);
        assertThat(run("drift", "--reference", reference, "--current", reference, "--test", "age=t"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--format is json or text").contains("the tests are ks, chisquare");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(DriftCommandTest.class.getResource("/drift/" + name))
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
