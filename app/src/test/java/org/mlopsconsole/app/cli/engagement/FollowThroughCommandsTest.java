package org.mlopsconsole.app.cli.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.ResponsesLoader;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/** The responses JSON carries notes and evidence; follow-ups and the plan from the command line. */
class FollowThroughCommandsTest {

    private static final String QUESTION = "goo-pipeline-l1-1";

    @TempDir
    Path dir;

    private Cli cli;
    private long assessment;

    @BeforeEach
    void workspace() {
        cli = new Cli(dir.resolve("ws"));
        long org = cli.id("org", "create", "Acme Bank");
        long team = cli.id("team", "create", "--organization", Long.toString(org), "Fraud models");
        assessment = cli.id(
                "assess",
                "create",
                "--team",
                Long.toString(team),
                "--model",
                "google-mlops",
                "--title",
                "Baseline",
                "--participants",
                "Zoë, Bruno",
                "--date",
                "2026-11-23",
                "--facilitator",
                "Ana");
    }

    private Workspace open() {
        return Workspaces.open(new WorkspaceLocation.Folder(dir.resolve("ws")));
    }

    @Test
    void theEvidenceTypedInTheWorkshopIsInTheExportedResponsesJsonAndReadsBack() throws Exception {
        try (Workspace workspace = open()) {
            Participant zoe = workspace.assessments().participants(assessment).get(0);
            workspace.assessments().setParticipantNote(zoe.id(), QUESTION, "", "Only the churn model");
            workspace.assessments().setEvidence(assessment, QUESTION, "", "CI logs shown in the workshop");
            workspace.evidence().addLink(assessment, QUESTION, "CI job", "https://ci.example.com/job/7");
        }

        String json = cli.run("assess", "show", Long.toString(assessment), "--format", "json")
                .ok()
                .out();

        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.at("/respondents/0/notes/" + QUESTION).asText()).isEqualTo("Only the churn model");
        assertThat(root.at("/evidence/" + QUESTION + "/note").asText()).isEqualTo("CI logs shown in the workshop");
        assertThat(root.at("/evidence/" + QUESTION + "/links/0/url").asText())
                .isEqualTo("https://ci.example.com/job/7");
        EvidenceBook read = ResponsesLoader.parseEvidence(
                "responses.json",
                json,
                ModelCatalog.bundled().find("google-mlops").orElseThrow());
        assertThat(read.of(QUESTION).sharedNote()).isEqualTo("CI logs shown in the workshop");
        assertThat(read.of(QUESTION).links()).hasSize(1);
    }

    @Test
    void aFollowUpPrintsItsIdAndCarriesTheOpenPlan() throws Exception {
        try (Workspace workspace = open()) {
            workspace.plans().addItem(assessment, "Write the runbook", Phase.MONTHS_0_3);
        }

        long followUp = cli.id("assess", "follow-up", Long.toString(assessment), "--date", "2027-05-01");

        assertThat(cli.run("assess", "show", Long.toString(followUp)).ok().out())
                .contains("Baseline follow-up")
                .contains("2027-05-01");
        assertThat(cli.run("assess", "plan", Long.toString(followUp)).ok().out())
                .contains("0–3 months")
                .contains("[Open] Write the runbook")
                .contains("owner Unassigned · effort M · due not set · a:1");
        JsonNode plan = new ObjectMapper()
                .readTree(cli.run("assess", "plan", Long.toString(followUp), "--format", "json")
                        .ok()
                        .out());
        assertThat(plan.at("/items/0/title").asText()).isEqualTo("Write the runbook");
        assertThat(plan.at("/items/0/status").asText()).isEqualTo("open");
        assertThat(plan.at("/items/0/phase").asText()).isEqualTo("0-3");
    }

    @Test
    void anEmptyPlanSaysHowToStartOne() {
        assertThat(cli.run("assess", "plan", Long.toString(assessment)).ok().out())
                .contains("The plan has no items yet");
    }
}
