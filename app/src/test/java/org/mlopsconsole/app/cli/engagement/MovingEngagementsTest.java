package org.mlopsconsole.app.cli.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** org/assess export, import and copy: everything arrives, a broken or foreign file changes nothing. */
class MovingEngagementsTest {

    @TempDir
    Path dir;

    private Cli laptop;
    private long org;
    private String assessment;

    @BeforeEach
    void anEngagementWithRatingsNotesAndHistory() {
        laptop = new Cli(dir.resolve("laptop"));
        org = laptop.id("org", "create", "Acme Bank");
        long team = laptop.id("team", "create", "--organization", Long.toString(org), "Fraud models");
        laptop.id("team", "create", "--organization", Long.toString(org), "Payments");
        assessment = Long.toString(laptop.id(
                "assess",
                "create",
                "--team",
                Long.toString(team),
                "--model",
                "google-mlops",
                "--title",
                "Baseline",
                "--participants",
                "Дмитрий Иванов,Ana"));
        rateDmitry("LI");
        rateDmitry("FI");
        laptop.run("assess", "rate", assessment, "--consensus", "--question", "goo-pipeline-l1-1", "LI")
                .ok();
    }

    private void rateDmitry(String rating) {
        laptop.run(
                        "assess",
                        "rate",
                        assessment,
                        "--participant",
                        "Дмитрий Иванов",
                        "--question",
                        "goo-pipeline-l1-1",
                        rating)
                .ok();
    }

    @Test
    void anOrganizationCopiedToAnotherWorkspaceArrivesWhole() {
        Path server = dir.resolve("other");

        long copied = laptop.id("org", "copy", Long.toString(org), "--to", server.toString());

        Cli other = new Cli(server);
        assertThat(other.run("org", "list").ok().out())
                .contains("Acme Bank")
                .contains("Fraud models")
                .contains("Payments");
        assertThat(other.run("assess", "list").ok().out()).contains("Baseline");
        assertThat(showJson(other, onlyAssessment(other))).isEqualTo(showJson(laptop, assessment));
        assertThat(copied).isPositive();
    }

    @Test
    void anOrganizationExportedAndImportedKeepsRatingsAndHistory() throws Exception {
        Path file = dir.resolve("acme.json");
        laptop.run("org", "export", Long.toString(org), "--out", file.toString())
                .ok();
        assertThat(Files.readString(file))
                .contains("\"format\" : \"mlops-console-engagement\"")
                .contains("\"history\"")
                .contains("\"old\" : \"LI\"");

        Cli other = new Cli(dir.resolve("other"));
        other.id("org", "import", file.toString());

        assertThat(showJson(other, onlyAssessment(other))).isEqualTo(showJson(laptop, assessment));
    }

    @Test
    void anAssessmentExportedImportsIntoAnotherTeam() {
        Path file = dir.resolve("baseline.json");
        laptop.run("assess", "export", assessment, "--out", file.toString()).ok();
        Cli other = new Cli(dir.resolve("other"));
        long team = other.id("team", "create", "--organization", Long.toString(other.id("org", "create", "B")), "T");

        long imported = other.id("assess", "import", file.toString(), "--team", Long.toString(team));

        assertThat(showJson(other, Long.toString(imported))).isEqualTo(showJson(laptop, assessment));
    }

    @Test
    void aBrokenFileIsRejectedWholeWithItsReason() throws Exception {
        Path file = dir.resolve("acme.json");
        laptop.run("org", "export", Long.toString(org), "--out", file.toString())
                .ok();
        Files.writeString(file, Files.readString(file).replace("\"FI\"", "\"XX\""));
        Cli other = new Cli(dir.resolve("other"));

        Cli.Run run = other.run("org", "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\"XX\" is not a rating").contains("nothing was imported");
        assertThat(other.run("org", "list").ok().out()).startsWith("No organizations yet");
    }

    @Test
    void aForeignFileIsRejectedSayingWhatItIs() throws Exception {
        Path responses = dir.resolve("responses.json");
        Files.writeString(
                responses,
                laptop.run("assess", "show", assessment, "--format", "json")
                        .ok()
                        .out());

        Cli.Run run = laptop.run("org", "import", responses.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("it looks like a responses file").contains("nothing was imported");
    }

    private static String onlyAssessment(Cli cli) {
        String list = cli.run("assess", "list").ok().out();
        return list.lines().skip(1).findFirst().orElseThrow().strip().split("\\s+")[0];
    }

    private static String showJson(Cli cli, String id) {
        return cli.run("assess", "show", id, "--format", "json").ok().out();
    }
}
