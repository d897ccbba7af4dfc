package org.mlopsconsole.app.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.cli.CommandLineApp;

/** {@code mlops-console drift} is the runtime's shared command: the same options, the same JSON. */
class DriftCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void driftPrintsTheReportAsJsonAndFlagsTheShiftedColumn() throws Exception {
        Path reference = csv("reference.csv", 0);
        Path current = csv("current.csv", 50);

        int exit =
                run("drift", "--reference", reference.toString(), "--current", current.toString(), "--format", "json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        List<String> fields = new ArrayList<>();
        root.get("features").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields.subList(0, 8))
                .containsExactly("feature", "type", "test", "statistic", "pValue", "threshold", "drift", "psi");
        assertThat(root.get("features"))
                .extracting(feature -> feature.get("feature").asText() + ":"
                        + feature.get("drift").asBoolean())
                .containsExactly("shifted:true", "steady:false", "colour:false");
        assertThat(root.get("datasetDrift").asBoolean()).isFalse();
    }

    @Test
    void aMissingColumnIsReportedWithTheFileAndExitsOne() throws Exception {
        Path reference = csv("reference.csv", 0);
        Path current = Files.writeString(temp.resolve("current.csv"), "shifted,steady\n1,2\n3,4\n");

        int exit = run("drift", "--reference", reference.toString(), "--current", current.toString());

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_FAILED);
        assertThat(err.toString()).contains(current + ":1: no column 'colour'");
    }

    private int run(String... args) {
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    /** 200 rows: "shifted" is i + shift, "steady" i, "colour" cycles through three values. */
    private Path csv(String name, int shift) throws Exception {
        String rows = IntStream.range(0, 200)
                .mapToObj(i -> (i + shift) + "," + i + ","
                        + List.of("red", "green", "blue").get(i % 3))
                .collect(Collectors.joining("\n"));
        return Files.writeString(temp.resolve(name), "shifted,steady,colour\n" + rows + "\n");
    }
}
