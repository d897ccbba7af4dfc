package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolConstraints;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedAssessment;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedChange;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedOrganization;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedParticipant;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedTeam;
import org.mlopsconsole.workspace.EngagementArchive.Provenance;

/** Engagement files: written and read back unchanged; a broken or foreign file is rejected whole, saying why. */
class EngagementFileTest {

    @TempDir
    Path dir;

    static final ArchivedAssessment BASELINE = new ArchivedAssessment(
            "Baseline",
            "google-mlops",
            Optional.empty(),
            LocalDate.of(2026, 11, 23),
            "Ana Costa",
            AssessmentStatus.IN_WORKSHOP,
            false,
            List.of(
                    new ArchivedParticipant(
                            "p1",
                            "Дмитрий Иванов",
                            "data-scientist",
                            Map.of("goo-pipeline-l1-1", Rating.LI),
                            Map.of("goo-pipeline-l1-1", "Nightly retraining, by hand")),
                    new ArchivedParticipant("p2", "Γιώργος Παπαδόπουλος", "", Map.of(), Map.of())),
            Map.of("goo-pipeline-l1-1", Rating.PI),
            Map.of("goo-pipeline-l1-1", "Airflow DAG shown"),
            Map.of("pipeline", 2),
            List.of(new ArchivedChange(
                    CellField.RATING,
                    Optional.of("p1"),
                    Optional.of("Дмитрий Иванов"),
                    "goo-pipeline-l1-1",
                    Optional.empty(),
                    Optional.of("LI"),
                    "ana",
                    Instant.parse("2026-11-23T10:15:30Z"))));

    static final EngagementArchive ACME = new EngagementArchive.OfOrganization(
            new Provenance("ana", Instant.parse("2026-12-01T08:00:00Z")),
            new ArchivedOrganization(
                    "Acme Bank",
                    false,
                    List.of(
                            new ArchivedTeam("Fraud models", false, List.of(BASELINE)),
                            new ArchivedTeam("Old unit", true, List.of()))));

    @Test
    void anOrganizationIsReadBackAsItWasWritten() {
        Path file = dir.resolve("acme.json");
        Transfers.writeFile(ACME, file);

        assertThat(Transfers.readFile(file)).isEqualTo(ACME);
    }

    @Test
    void anAssessmentIsReadBackAsItWasWritten() {
        Path file = dir.resolve("baseline.json");
        EngagementArchive archive = new EngagementArchive.OfAssessment(ACME.provenance(), BASELINE);
        Transfers.writeFile(archive, file);

        assertThat(Transfers.readFile(file)).isEqualTo(archive);
        assertThat(Transfers.describe(archive)).isEqualTo("assessment \"Baseline\"");
        assertThat(Transfers.describe(ACME)).isEqualTo("organization \"Acme Bank\" (1 assessment)");
    }

    static final ArchivedAssessment FOLLOW_UP = new ArchivedAssessment(
                    "Follow-up",
                    "google-mlops",
                    Optional.empty(),
                    LocalDate.of(2027, 5, 1),
                    "Ana Costa",
                    AssessmentStatus.DRAFT,
                    false,
                    List.of(),
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    List.of(),
                    List.of(new EngagementArchive.ArchivedLink(
                            "goo-pipeline-l1-1",
                            org.mlopsconsole.assessment.evidence.EvidenceLink.of(
                                    "DAG", "https://airflow.example.com/dag"),
                            "ana",
                            Instant.parse("2027-05-01T09:00:00Z"))),
                    List.of(new EngagementArchive.ArchivedAttachment(
                            "goo-pipeline-l1-1",
                            new org.mlopsconsole.assessment.evidence.AttachmentInfo(
                                    "notes.txt",
                                    "text/plain",
                                    3,
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                            "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                            "ana",
                            Instant.parse("2027-05-01T09:01:00Z"))),
                    List.of(new StoredRiskOverride(
                            new org.mlopsconsole.assessment.analysis.RiskOverride(
                                    "goo-pipeline-l1-1",
                                    org.mlopsconsole.assessment.analysis.Risk.MEDIUM,
                                    "Manual runs are fine for one model"),
                            "ana",
                            Instant.parse("2027-05-01T09:02:00Z"))),
                    List.of(
                            org.mlopsconsole.assessment.plan.PlanItem.open(
                                            "q:goo-pipeline-l1-1",
                                            "Schedule the pipeline",
                                            List.of("goo-pipeline-l1-1"),
                                            org.mlopsconsole.assessment.plan.Effort.M,
                                            org.mlopsconsole.assessment.plan.Phase.MONTHS_0_3)
                                    .withOwner(new org.mlopsconsole.assessment.plan.Owner.Role("Platform lead"))
                                    .withDue(Optional.of(LocalDate.of(2027, 7, 1)))
                                    .withQuickWin(true),
                            org.mlopsconsole.assessment.plan.PlanItem.open(
                                            "a:1",
                                            "Write the runbook",
                                            List.of(),
                                            org.mlopsconsole.assessment.plan.Effort.S,
                                            org.mlopsconsole.assessment.plan.Phase.MONTHS_6_12)
                                    .withOwner(new org.mlopsconsole.assessment.plan.Owner.Person("Дмитрий Иванов"))
                                    .withStatus(org.mlopsconsole.assessment.plan.PlanStatus.IN_PROGRESS)),
                    java.util.OptionalInt.empty())
            .following(java.util.OptionalInt.of(0));

    @Test
    void evidencePlanRisksAndTheFollowUpLinkAreReadBackAsWritten() {
        Path file = dir.resolve("acme-2.json");
        EngagementArchive archive = new EngagementArchive.OfOrganization(
                ACME.provenance(),
                new ArchivedOrganization(
                        "Acme Bank",
                        false,
                        List.of(new ArchivedTeam("Fraud models", false, List.of(BASELINE, FOLLOW_UP)))));
        Transfers.writeFile(archive, file);

        assertThat(Transfers.readFile(file)).isEqualTo(archive);
    }

    @Test
    void aFormatOneFileIsStillRead() throws IOException {
        Path file = dir.resolve("acme-1.json");
        Transfers.writeFile(ACME, file);
        String v1 = Files.readString(file)
                .replace("\"formatVersion\" : 3", "\"formatVersion\" : 1")
                .replaceAll(
                        "(?s),\\s*\"links\" : \\[ \\],\\s*\"attachments\" : \\[ \\],\\s*\"riskOverrides\" : \\[ \\],\\s*\"plan\" : \\[ \\]",
                        "");
        assertThat(v1).contains("\"formatVersion\" : 1").doesNotContain("riskOverrides");
        Files.writeString(file, v1);

        assertThat(Transfers.readFile(file)).isEqualTo(ACME);
    }

    @Test
    void theRaciToolInventoryAndChallengeRegisterAreReadBackAsWritten() {
        EngagementArchive.OfOrganization acme = (EngagementArchive.OfOrganization) ACME;
        EngagementArchive withRolesAndTools = new EngagementArchive.OfOrganization(
                acme.provenance(),
                new ArchivedOrganization(
                        acme.organization().name(),
                        false,
                        acme.organization().teams(),
                        Optional.of(OrganizationSize.MEDIUM.template()),
                        Optional.of(new ToolInventory(
                                "Acme Bank",
                                List.of(InventoryTool.of(
                                        ToolCatalog.bundled().find("mlflow").orElseThrow())),
                                new ToolConstraints(true, false, true))),
                        new ChallengeRegister(List.of(RegisteredChallenge.of(
                                        ChallengeCatalog.bundled()
                                                .find("serving-latency")
                                                .orElseThrow(),
                                        4,
                                        5)
                                .withRoadmapQuestions(List.of("goo-pipeline-l1-1"))))));
        Path file = dir.resolve("acme-3.json");
        Transfers.writeFile(withRolesAndTools, file);

        assertThat(Transfers.readFile(file)).isEqualTo(withRolesAndTools);
    }

    @Test
    void aFormatTwoFileIsReadWithoutRolesAndTools() throws IOException {
        Path file = dir.resolve("acme-2.json");
        Transfers.writeFile(ACME, file);
        String v2 = Files.readString(file).replace("\"formatVersion\" : 3", "\"formatVersion\" : 2");
        assertThat(v2)
                .doesNotContain("\"raci\"")
                .doesNotContain("toolInventory")
                .doesNotContain("challenges");
        Files.writeString(file, v2);

        EngagementArchive read = Transfers.readFile(file);

        assertThat(read).isEqualTo(ACME);
        ArchivedOrganization organization = ((EngagementArchive.OfOrganization) read).organization();
        assertThat(organization.raci()).isEmpty();
        assertThat(organization.inventory()).isEmpty();
        assertThat(organization.challenges().entries()).isEmpty();
    }

    @Test
    void aBrokenRaciInTheFileIsNamedWithItsPlace() throws IOException {
        EngagementArchive.OfOrganization acme = (EngagementArchive.OfOrganization) ACME;
        Path file = dir.resolve("acme-broken.json");
        Transfers.writeFile(
                new EngagementArchive.OfOrganization(
                        acme.provenance(),
                        new ArchivedOrganization(
                                "Acme Bank",
                                false,
                                List.of(),
                                Optional.of(OrganizationSize.SMALL.template()),
                                Optional.empty(),
                                new ChallengeRegister(List.of()))),
                file);
        Files.writeString(file, Files.readString(file).replaceFirst("\"R\"", "\"X\""));

        assertThatThrownBy(() -> Transfers.readFile(file))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("/organization/raci");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a responses file      | {"model": "google-mlops", "respondents": []}                      | it looks like a responses file
            a maturity model      | {"id": "m", "levels": [], "dimensions": []}                       | it looks like a maturity model
            any other JSON        | {"hello": "world"}                                                 | it is not an MLOps Console engagement file
            a JSON list           | [1, 2, 3]                                                          | it is not a JSON object
            a newer format        | {"format": "mlops-console-engagement", "formatVersion": 4}         | written by a newer MLOps Console (format version 4); this version reads version 3
            no format version     | {"format": "mlops-console-engagement"}                             | /formatVersion: a whole number is required
            """)
    void aForeignFileIsRejectedSayingWhatItIs(String what, String content, String reason) throws IOException {
        Path file = dir.resolve("foreign.json");
        Files.writeString(file, content);

        assertThatThrownBy(() -> Transfers.readFile(file))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining(file + " cannot be imported")
                .hasMessageContaining(reason)
                .hasMessageEndingWith("nothing was imported.");
    }

    @Test
    void aTruncatedFileIsRejectedWithWhereItBreaks() throws IOException {
        Path file = dir.resolve("acme.json");
        Transfers.writeFile(ACME, file);
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> Transfers.readFile(file))
                .isInstanceOf(EngagementException.class)
                .hasMessageStartingWith(file + " is not valid JSON (line ")
                .hasMessageEndingWith("nothing was imported.");
    }

    @Test
    void aBinaryFileIsRejected() throws IOException {
        Path file = dir.resolve("questionnaire.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, (byte) 0xC3, (byte) 0x28, 0, 0});

        assertThatThrownBy(() -> Transfers.readFile(file))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("nothing was imported");
    }

    @Test
    void everyWrongValueIsListedWithItsPlace() throws IOException {
        Path file = dir.resolve("acme.json");
        Transfers.writeFile(ACME, file);
        String broken = Files.readString(file, StandardCharsets.UTF_8)
                .replace("\"goo-pipeline-l1-1\" : \"LI\"", "\"goo-nothing\" : \"LI\"")
                .replace("\"goo-pipeline-l1-1\" : \"PI\"", "\"goo-pipeline-l1-1\" : \"MAYBE\"")
                .replace("\"2026-11-23\"", "\"23.11.2026\"")
                .replace("\"key\" : \"p2\"", "\"key\" : \"p1\"")
                .replace("\"pipeline\" : 2", "\"pipeline\" : 7");
        Files.writeString(file, broken, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Transfers.readFile(file))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("5 problems; nothing was imported.")
                .hasMessageContaining("/organization/teams/0/assessments/0/participants/0/ratings/goo-nothing:"
                        + " the model has no question \"goo-nothing\"")
                .hasMessageContaining("/organization/teams/0/assessments/0/consensus/goo-pipeline-l1-1:"
                        + " \"MAYBE\" is not a rating")
                .hasMessageContaining("/organization/teams/0/assessments/0/date: \"23.11.2026\" is not a date")
                .hasMessageContaining("/organization/teams/0/assessments/0/participants/1/key: \"p1\" names a second"
                        + " participant")
                .hasMessageContaining("/organization/teams/0/assessments/0/targets/pipeline: a target is a level of"
                        + " the model (0 to 2)");
    }

    @Test
    void anUnknownModelWithoutItsDefinitionIsRejected() throws IOException {
        Path file = dir.resolve("acme.json");
        Transfers.writeFile(ACME, file);
        Files.writeString(file, Files.readString(file).replace("\"google-mlops\"", "\"someone-elses-model\""));

        assertThatThrownBy(() -> Transfers.readFile(file))
                .hasMessageContaining("/organization/teams/0/assessments/0/model: \"someone-elses-model\" is not a"
                        + " model bundled with this version");
    }
}
