package org.mlopsconsole.app.cli.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engagement commands: create prints the id alone, show and list read back, wrong ids are named. */
class EngagementCommandsTest {

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void workspace() {
        cli = new Cli(dir.resolve("ws"));
    }

    @Test
    void organizationTeamAndAssessmentAreCreatedByIdAndShown() throws Exception {
        long org = cli.id("org", "create", "Acme Bank");
        long team = cli.id("team", "create", "--organization", Long.toString(org), "Fraud models");
        long assessment = cli.id(
                "assess",
                "create",
                "--team",
                Long.toString(team),
                "--model",
                "google-mlops",
                "--title",
                "Baseline",
                "--participants",
                "Zoë Łukasiewicz, Ørjan Ås",
                "--date",
                "2026-11-23");

        String text = cli.run("assess", "show", Long.toString(assessment)).ok().out();
        assertThat(text)
                .contains("Assessment " + assessment + ": Baseline")
                .contains("Organization: Acme Bank (" + org + ")   Team: Fraud models (" + team + ")")
                .contains("Zoë Łukasiewicz: 0 of")
                .contains("Ørjan Ås: 0 of");
        JsonNode json = new ObjectMapper()
                .readTree(cli.run("assess", "show", Long.toString(assessment), "--format", "json")
                        .ok()
                        .out());
        assertThat(json.get("model").asText()).isEqualTo("google-mlops");
        assertThat(json.get("respondents").findValuesAsText("name")).containsExactly("Zoë Łukasiewicz", "Ørjan Ås");
        assertThat(cli.run("org", "list").ok().out()).contains("Acme Bank").contains("Fraud models");
    }

    @Test
    void renameAndArchiveReachOrganizationsTeamsAndAssessments() {
        long org = cli.id("org", "create", "Acme");
        long team = cli.id("team", "create", "--organization", Long.toString(org), "Fraud");
        long assessment = cli.id("assess", "create", "--team", Long.toString(team), "--model", "google-mlops");

        cli.run("org", "rename", Long.toString(org), "Acme Bank").ok();
        cli.run("team", "rename", Long.toString(team), "Fraud models").ok();
        cli.run("assess", "rename", Long.toString(assessment), "Second look").ok();
        cli.run("team", "archive", Long.toString(team)).ok();

        assertThat(cli.run("org", "list").ok().out()).contains("Acme Bank").doesNotContain("Fraud models");
        assertThat(cli.run("org", "list", "--archived").ok().out()).contains("Fraud models (archived)");
        assertThat(cli.run("assess", "show", Long.toString(assessment)).ok().out())
                .contains("Second look");

        cli.run("assess", "archive", Long.toString(assessment)).ok();
        assertThat(cli.run("assess", "show", Long.toString(assessment)).ok().out())
                .contains("(archived)");
        cli.run("assess", "archive", Long.toString(assessment), "--restore").ok();
        cli.run("org", "archive", Long.toString(org)).ok();
        assertThat(cli.run("org", "list").ok().out()).doesNotContain("Acme Bank");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            team create --organization 42 Fraud | There is no organization with id 42 in this workspace
            org rename 42 Acme                  | There is no organization with id 42
            org archive 42                      | There is no organization with id 42
            team rename 43 Fraud                | There is no team with id 43
            assess create --team 44 --model google-mlops | There is no team with id 44
            assess show 45                      | There is no assessment with id 45
            assess rename 45 T                  | There is no assessment with id 45
            assess archive 45                   | There is no assessment with id 45
            org export 42 --out x.json          | There is no organization with id 42
            """)
    void aMissingIdIsNamedAndExitsOne(String command, String message) {
        Cli.Run run = cli.run(command.split(" "));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            team create Fraud                   | Missing required option: '--organization=ID'
            team create --organization x Fraud  | Invalid value for option '--organization'
            assess show one                     | Invalid value for positional parameter at index 0 (ID)
            assess create --team 1              | Missing required option: '--model=ID|FILE'
            """)
    void aWrongIdOrAMissingOptionIsAUsageError(String command, String message) {
        Cli.Run run = cli.run(command.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message);
    }

    @Test
    void participantsTakeTheirRoleFromTheCatalogAndAnUnknownRoleIsRefused() {
        long team = cli.id("team", "create", "--organization", Long.toString(cli.id("org", "create", "A")), "T");

        long assessment = cli.id(
                "assess",
                "create",
                "--team",
                Long.toString(team),
                "--model",
                "google-mlops",
                "--participants",
                "Ana:data-scientist, Bruno:DevOps engineer,Chen");
        Cli.Run unknown = cli.run(
                "assess",
                "create",
                "--team",
                Long.toString(team),
                "--model",
                "google-mlops",
                "--participants",
                "Dara:dat-scientist");

        assertThat(cli.run("assess", "show", Long.toString(assessment)).ok().out())
                .contains("Ana (Data scientist)")
                .contains("Bruno (DevOps engineer)")
                .contains("Chen: 0 of");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err())
                .contains("--participants: \"Dara:dat-scientist\" names the role \"dat-scientist\"")
                .contains("data-scientist");
        assertThat(cli.run("assess", "list").ok().out()).doesNotContain("Dara");
    }

    @Test
    void anAssessmentOnACustomModelFileKeepsTheModel() throws Exception {
        Path model = dir.resolve("my-model.json");
        Cli.offline("models", "export", "google-mlops", "--out", model.toString())
                .ok();
        Files.writeString(model, Files.readString(model).replace("\"google-mlops\"", "\"my-model\""));
        long team = cli.id("team", "create", "--organization", Long.toString(cli.id("org", "create", "A")), "T");

        long assessment = cli.id("assess", "create", "--team", Long.toString(team), "--model", model.toString());
        Files.delete(model);

        assertThat(cli.run("assess", "show", Long.toString(assessment)).ok().out())
                .contains("Model: my-model");
    }

    @Test
    void theJsonOfAssessShowIsAResponsesFileThatScores() throws Exception {
        long team = cli.id("team", "create", "--organization", Long.toString(cli.id("org", "create", "A")), "T");
        long assessment = cli.id(
                "assess", "create", "--team", Long.toString(team), "--model", "google-mlops", "--participants", "Ana");
        cli.run(
                        "assess",
                        "rate",
                        Long.toString(assessment),
                        "--participant",
                        "Ana",
                        "--question",
                        "goo-pipeline-l1-1",
                        "LI")
                .ok();
        Path responses = dir.resolve("responses.json");
        Files.writeString(
                responses,
                cli.run("assess", "show", Long.toString(assessment), "--format", "json")
                        .ok()
                        .out());

        assertThat(Cli.offline("assess", "score", "--model", "google-mlops", "--responses", responses.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(responses)).contains("\"goo-pipeline-l1-1\" : \"LI\"");
    }

    @Test
    void aRatingChangedMeanwhileIsAConflictThatExitsOneAndSavesNothing() {
        long team = cli.id("team", "create", "--organization", Long.toString(cli.id("org", "create", "A")), "T");
        String assessment = Long.toString(cli.id(
                "assess", "create", "--team", Long.toString(team), "--model", "google-mlops", "--participants", "Ana"));
        cli.run("assess", "rate", assessment, "--participant", "Ana", "--question", "goo-pipeline-l1-1", "LI")
                .ok();

        Cli.Run stale = cli.run(
                "assess",
                "rate",
                assessment,
                "--participant",
                "Ana",
                "--question",
                "goo-pipeline-l1-1",
                "FI",
                "--expect",
                "-");

        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.err()).contains("was changed").contains("\"LI\"").contains("was not saved");
        assertThat(cli.run("assess", "show", assessment, "--format", "json")
                        .ok()
                        .out())
                .contains("\"goo-pipeline-l1-1\" : \"LI\"");
    }
}
