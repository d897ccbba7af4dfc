package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.workspace.Workspace;
import org.mlopsconsole.app.workspace.WorkspaceLocation;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;

class JdbcAssessmentRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace workspace;
    private EngagementRepository engagements;
    private AssessmentRepository assessments;
    private Team team;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(new WorkspaceLocation(dir.resolve("ws")));
        engagements = new JdbcEngagementRepository(workspace.dataSource(), CLOCK);
        assessments = new JdbcAssessmentRepository(workspace.dataSource(), CLOCK);
        team = engagements.createTeam(
                engagements.createOrganization("Acme Bank").id(), "Fraud models");
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private Assessment baseline() {
        return assessments.create(new NewAssessment(
                team.id(),
                "Baseline",
                "google-mlops",
                Optional.empty(),
                LocalDate.of(2026, 11, 23),
                "Ana Facilitator",
                List.of(
                        new NewAssessment.NewParticipant("Bruno", "data-scientist"),
                        new NewAssessment.NewParticipant("Carla", "ml-engineer"),
                        new NewAssessment.NewParticipant("Dario", "data-engineer"))));
    }

    @Test
    void createdAssessmentStartsAsADraftWithItsParticipantsInOrder() {
        Assessment assessment = baseline();

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessments.participants(assessment.id()))
                .extracting(Participant::respondentKey, Participant::name, Participant::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p1", "Bruno", "data-scientist"),
                        org.assertj.core.groups.Tuple.tuple("p2", "Carla", "ml-engineer"),
                        org.assertj.core.groups.Tuple.tuple("p3", "Dario", "data-engineer"));
        assertThat(assessments.forTeam(team.id(), false)).containsExactly(assessment);
    }

    @Test
    void ratingsConsensusNotesAndTargetsComeBackInTheEnginesResponsesFormat() {
        Assessment assessment = baseline();
        List<Participant> people = assessments.participants(assessment.id());
        assessments.rate(people.get(0).id(), "q1", Optional.of(Rating.FI));
        assessments.rate(people.get(1).id(), "q1", Optional.of(Rating.PI));
        assessments.rate(people.get(1).id(), "q2", Optional.of(Rating.NA));
        assessments.rate(people.get(1).id(), "q2", Optional.of(Rating.LI)); // changed mind
        assessments.rate(people.get(2).id(), "q3", Optional.of(Rating.NI));
        assessments.rate(people.get(2).id(), "q3", Optional.empty()); // cleared
        assessments.setParticipantNote(people.get(0).id(), "q1", "Pipelines run nightly");
        assessments.setConsensus(assessment.id(), "q1", Optional.of(Rating.LI));
        assessments.setTarget(assessment.id(), "data", OptionalInt.of(2));
        assessments.setEvidence(assessment.id(), "q1", "Jenkins job 42");

        Responses responses = assessments.responses(assessment.id());

        assertThat(responses.model()).isEqualTo("google-mlops");
        assertThat(responses.respondents())
                .containsExactly(
                        new Respondent(
                                "p1",
                                "Bruno",
                                "data-scientist",
                                Map.of("q1", Rating.FI),
                                Map.of("q1", "Pipelines run nightly")),
                        new Respondent(
                                "p2", "Carla", "ml-engineer", Map.of("q1", Rating.PI, "q2", Rating.LI), Map.of()),
                        new Respondent("p3", "Dario", "data-engineer", Map.of(), Map.of()));
        assertThat(responses.consensus()).isEqualTo(Map.of("q1", Rating.LI));
        assertThat(responses.targets()).isEqualTo(Map.of("data", 2));
        assertThat(assessments.evidence(assessment.id(), "q1")).contains("Jenkins job 42");
    }

    @Test
    void editingRenamesParticipantsKeepingTheirRatingsAndRemovesOthersWithTheirs() {
        Assessment assessment = baseline();
        List<Participant> people = assessments.participants(assessment.id());
        assessments.rate(people.get(0).id(), "q1", Optional.of(Rating.FI));
        assessments.rate(people.get(1).id(), "q1", Optional.of(Rating.PI));
        assessments.setParticipantNote(people.get(1).id(), "q1", "only staging");
        Participant bruno = people.get(0);

        assessments.update(
                assessment,
                new ParticipantChanges(
                        List.of(new Participant(bruno.id(), bruno.respondentKey(), "Bruno Lima", "ml-lead")),
                        List.of(people.get(1)),
                        List.of(new NewAssessment.NewParticipant("Eve", "sre"))));

        assertThat(assessments.responses(assessment.id()).respondents())
                .containsExactly(
                        new Respondent("p1", "Bruno Lima", "ml-lead", Map.of("q1", Rating.FI), Map.of()),
                        new Respondent("p3", "Dario", "data-engineer", Map.of(), Map.of()),
                        new Respondent("p4", "Eve", "sre", Map.of(), Map.of()));
    }

    @Test
    void anEditThatFailsHalfwayChangesNothing() {
        Assessment assessment = baseline();
        List<Participant> people = assessments.participants(assessment.id());
        assessments.rate(people.get(1).id(), "q1", Optional.of(Rating.PI));
        Responses before = assessments.responses(assessment.id());
        Assessment retitled = new Assessment(
                assessment.id(),
                assessment.teamId(),
                "Renamed",
                assessment.modelId(),
                assessment.customModel(),
                assessment.date(),
                assessment.facilitator(),
                assessment.status(),
                false);

        assertThatThrownBy(() -> assessments.update(
                        retitled,
                        new ParticipantChanges(
                                List.of(),
                                List.of(people.get(1)),
                                List.of(new NewAssessment.NewParticipant("Eve", " ")))))
                .isInstanceOf(EngagementException.class)
                .hasMessage("Participant role is required.");
        assertThat(assessments.responses(assessment.id())).isEqualTo(before);
        assertThat(assessments.find(assessment.id()).orElseThrow().title()).isEqualTo("Baseline");
    }

    @Test
    void replacingResponsesRoundTripsThemAndDropsWhatWasThere() {
        Assessment assessment = baseline();
        assessments.rate(assessments.participants(assessment.id()).get(0).id(), "old", Optional.of(Rating.NI));
        Responses imported = new Responses(
                "google-mlops",
                List.of(
                        new Respondent("r1", "Eva", "product-owner", Map.of("q1", Rating.LI), Map.of("q1", "ok")),
                        new Respondent("r2", "Femi", "ml-engineer", Map.of("q1", Rating.NA), Map.of())),
                Map.of("q1", Rating.LI),
                Map.of("data", 1));

        assessments.replaceResponses(assessment.id(), imported);

        assertThat(assessments.responses(assessment.id())).isEqualTo(imported);
    }

    @Test
    void replacingResponsesThatFailHalfwayChangesNothing() {
        Assessment assessment = baseline();
        Responses before = assessments.responses(assessment.id());
        Responses invalid = new Responses(
                "google-mlops",
                List.of(
                        new Respondent("r1", "Eva", "product-owner", Map.of("q1", Rating.LI), Map.of()),
                        new Respondent("r2", " ", "ml-engineer", Map.of(), Map.of())),
                Map.of(),
                Map.of());

        assertThatThrownBy(() -> assessments.replaceResponses(assessment.id(), invalid))
                .isInstanceOf(EngagementException.class)
                .hasMessage("Respondent name is required.");
        assertThat(assessments.responses(assessment.id())).isEqualTo(before);
    }

    @Test
    void statusAndArchivingAreSaved() {
        Assessment assessment = baseline();

        assessments.update(new Assessment(
                assessment.id(),
                team.id(),
                "Baseline (final)",
                "google-mlops",
                Optional.empty(),
                assessment.date(),
                "Ana Facilitator",
                AssessmentStatus.FINAL,
                true));

        assertThat(assessments.forTeam(team.id(), false)).isEmpty();
        assertThat(assessments.forTeam(team.id(), true)).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Baseline (final)");
            assertThat(a.status()).isEqualTo(AssessmentStatus.FINAL);
        });
    }

    @Test
    void invalidFieldsAreRejectedWithWhatAndWhere() {
        assertThatThrownBy(() -> engagements.createOrganization("  "))
                .isInstanceOf(EngagementException.class)
                .hasMessage("Organization name is required.");
        assertThatThrownBy(() -> engagements.createTeam(team.organizationId(), "x".repeat(201)))
                .hasMessage("Team name is 201 characters long; at most 200 are allowed.");
        assertThatThrownBy(() -> engagements.createTeam(9999, "Risk"))
                .hasMessage("There is no organization with id 9999.");
        assertThatThrownBy(() -> assessments.create(new NewAssessment(
                        9999, "T", "google-mlops", Optional.empty(), LocalDate.now(CLOCK), "Ana", List.of())))
                .hasMessage("There is no team with id 9999.");
        assertThatThrownBy(() -> assessments.setEvidence(1, "q1", "x".repeat(10_001)))
                .hasMessageContaining("at most 10000");
    }

    @Test
    void archivedOrganizationsAndTeamsAreHiddenUnlessAskedFor() {
        Organization other = engagements.createOrganization("Beta Insurance");
        Team archivedTeam = engagements.createTeam(other.id(), "Claims");
        engagements.setOrganizationArchived(other.id(), true);
        engagements.setTeamArchived(archivedTeam.id(), true);

        assertThat(engagements.organizations(false))
                .extracting(Organization::name)
                .containsExactly("Acme Bank");
        assertThat(engagements.organizations(true))
                .extracting(Organization::name)
                .containsExactly("Acme Bank", "Beta Insurance");
        assertThat(engagements.teams(other.id(), false)).isEmpty();
        assertThat(engagements.teams(other.id(), true)).extracting(Team::name).containsExactly("Claims");
    }

    @Test
    void everyRatingSavedBeforeTheProcessIsKilledIsThereOnReopen() throws Exception {
        workspace.close();
        Path killed = dir.resolve("killed");
        int ratings = 40;
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        WorkshopWriter.class.getName(),
                        killed.toString(),
                        Integer.toString(ratings))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long assessmentId;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assessmentId = Long.parseLong(out.readLine().substring("assessment ".length()));
            String line;
            while ((line = out.readLine()) != null && !line.equals("done")) {
                // each line is one rating saved
            }
            writer.destroyForcibly(); // SIGKILL: no close, no shutdown hook
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        workspace = Workspace.open(new WorkspaceLocation(killed));
        AssessmentRepository reopened = new JdbcAssessmentRepository(workspace.dataSource(), CLOCK);
        Responses responses = reopened.responses(assessmentId);
        assertThat(responses.respondents())
                .singleElement()
                .satisfies(r -> assertThat(r.ratings())
                        .hasSize(ratings)
                        .containsEntry("q0", Rating.NI)
                        .containsEntry("q" + (ratings - 1), Rating.values()[(ratings - 1) % Rating.values().length]));
        assertThat(reopened.evidence(assessmentId, "q" + (ratings - 1))).contains("evidence " + (ratings - 1));
    }
}
