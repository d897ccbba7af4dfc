package org.mlopsconsole.app.cli.rolestools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlopsconsole.assessment.roles.OrganizationSize;

class RolesCommandsTest {

    @TempDir
    Path dir;

    private Path template(String size) {
        Path file = dir.resolve(size + ".json");
        CliRun run = CliRun.of("roles", "template", "--size", size, "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "medium", "large"})
    void aTemplateIsWrittenAndPassesTheCheck(String size) throws IOException {
        Path file = template(size);
        assertThat(Files.readString(file))
                .isEqualTo(OrganizationSize.of(size).orElseThrow().templateJson());

        CliRun check = CliRun.of("roles", "check", "--raci", file.toString(), "--format", "text");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("0 errors, 0 warnings: the RACI passes the check.");
    }

    @Test
    void aRaciMissingAnAccountableReportsExactlyThatGap() throws IOException {
        Path file = template("medium");
        // model evaluation: the business stakeholder is Accountable; take that away
        String json = Files.readString(file);
        String broken = json.replaceFirst("(\"model-evaluation\": \\{\\s*\"business-stakeholder\": )\"A\"", "$1\"I\"");
        assertThat(broken).isNotEqualTo(json);
        Files.writeString(file, broken);

        CliRun json1 = CliRun.of("roles", "check", "--raci", file.toString());
        CliRun text = CliRun.of("roles", "check", "--raci", file.toString(), "--format", "text");

        assertThat(json1.exitCode()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(json1.out());
        assertThat(result.path("format").asText()).isEqualTo("mlops-console-raci-check");
        assertThat(result.path("passes").asBoolean()).isFalse();
        assertThat(result.path("findings")).hasSize(1);
        JsonNode finding = result.path("findings").get(0);
        assertThat(finding.path("severity").asText()).isEqualTo("error");
        assertThat(finding.path("rule").asText()).isEqualTo("missing-accountable");
        assertThat(finding.path("activity").asText()).isEqualTo("model-evaluation");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out().lines().filter(line -> line.startsWith("error: ") || line.startsWith("warning: ")))
                .containsExactly("error: activity \"Model evaluation\" (model-evaluation) has no Accountable role;"
                        + " exactly one role must be A");
        assertThat(text.out()).contains("1 error, 0 warnings: the RACI fails the check.");
    }

    @Test
    void warningsAloneKeepExitZero() throws IOException {
        Path file = template("small");
        String withPeople = Files.readString(file)
                .replace(
                        "\"people\": []",
                        "\"people\": [ { \"id\": \"dev\", \"name\": \"Dev\", \"roles\": [\"developer\"] } ]");
        Files.writeString(file, withPeople);

        CliRun check = CliRun.of("roles", "check", "--raci", file.toString(), "--format", "text");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out())
                .contains("warning: person \"Dev\" both approves models")
                .contains("warning: nobody covers activity \"Model requirements\"")
                .contains("the RACI passes the check.");
    }

    @Test
    void anInvalidRaciFileNamesThePlaceAndExitsOne() throws IOException {
        Path file = template("small");
        Files.writeString(
                file, Files.readString(file).replaceFirst("\"data-scientist\": \"RA\"", "\"data-scientist\": \"RQ\""));

        CliRun check = CliRun.of("roles", "check", "--raci", file.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEmpty();
        assertThat(check.err())
                .contains("is not a valid RACI (1 error)")
                .containsPattern("small\\.json:\\d+:\\d+: /grid/data-collection/data-scientist: 'Q' in \"RQ\" is not a"
                        + " RACI letter");
    }

    @Test
    void aMissingFileAndAnUnknownSizeAreRefused() {
        CliRun missing =
                CliRun.of("roles", "check", "--raci", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("none.json:1:1: (root): file not found");

        CliRun size = CliRun.of(
                "roles",
                "template",
                "--size",
                "huge",
                "--out",
                dir.resolve("x.json").toString());
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("'huge'; use small, medium or large");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
