package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

@ExtendWith(PostgresExtension.class)
class AssessmentsTest {

    private static final Optional<Rating> NONE = Optional.empty();

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    private Workspace workspace;
    private Assessments assessments;

    private Assessment assessmentWith(Backend backend, String... participants) {
        workspace = workspaces.create(backend, dir);
        assessments = workspace.assessments();
        Organization acme = workspace.engagements().createOrganization("Acme");
        Team team = workspace.engagements().createTeam(acme.id(), "Data platform");
        return assessments.create(new NewAssessment(
                team.id(),
                "Baseline",
                "google-mlops",
                Optional.empty(),
                LocalDate.of(2026, 11, 23),
                "Ana",
                java.util.Arrays.stream(participants)
                        .map(name -> new NewAssessment.NewParticipant(name, "engineer"))
                        .toList()));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyValueIsSavedAndItsChangeRecordedWithWhoWhenOldAndNew(Backend backend) {
        Assessment assessment = assessmentWith(backend, "Zoë Łukasiewicz");
        Participant zoe = assessments.participants(assessment.id()).get(0);

        assessments.rate(zoe.id(), "q1", NONE, Optional.of(Rating.LI));
        assessments.rate(zoe.id(), "q1", Optional.of(Rating.LI), Optional.of(Rating.FI));
        assessments.setParticipantNote(zoe.id(), "q1", "", "we deploy weekly");
        assessments.setConsensus(assessment.id(), "q1", NONE, Optional.of(Rating.LI));
        assessments.setEvidence(assessment.id(), "q1", "", "CI logs");
        assessments.setTarget(assessment.id(), "d1", OptionalInt.empty(), OptionalInt.of(3));

        Responses saved = assessments.responses(assessment.id());
        assertThat(saved.respondents()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Zoë Łukasiewicz");
            assertThat(r.ratings()).isEqualTo(Map.of("q1", Rating.FI));
            assertThat(r.notes()).isEqualTo(Map.of("q1", "we deploy weekly"));
        });
        assertThat(saved.consensus()).isEqualTo(Map.of("q1", Rating.LI));
        assertThat(saved.targets()).isEqualTo(Map.of("d1", 3));
        assertThat(assessments.evidence(assessment.id(), "q1")).contains("CI logs");

        List<Change> history = assessments.history(assessment.id());
        assertThat(history)
                .extracting(Change::field, Change::oldValue, Change::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CellField.RATING, Optional.empty(), Optional.of("LI")),
                        org.assertj.core.groups.Tuple.tuple(CellField.RATING, Optional.of("LI"), Optional.of("FI")),
                        org.assertj.core.groups.Tuple.tuple(
                                CellField.PARTICIPANT_NOTE, Optional.empty(), Optional.of("we deploy weekly")),
                        org.assertj.core.groups.Tuple.tuple(CellField.CONSENSUS, Optional.empty(), Optional.of("LI")),
                        org.assertj.core.groups.Tuple.tuple(
                                CellField.EVIDENCE, Optional.empty(), Optional.of("CI logs")),
                        org.assertj.core.groups.Tuple.tuple(CellField.TARGET, Optional.empty(), Optional.of("3")));
        assertThat(history.get(0).participantName()).contains("Zoë Łukasiewicz");
        assertThat(history).allSatisfy(change -> {
            assertThat(change.changedBy()).isEqualTo(workspace.signedInAs()).isNotBlank();
            assertThat(change.changedAt()).isNotNull();
        });
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aClearedValueKeepsItsRowSoAnOldReaderStillConflicts(Backend backend) {
        Assessment assessment = assessmentWith(backend, "Ana");
        long ana = assessments.participants(assessment.id()).get(0).id();
        assessments.rate(ana, "q1", NONE, Optional.of(Rating.PI));
        StoredCell before = assessments.read(Cell.rating(ana, "q1"));

        assessments.rate(ana, "q1", Optional.of(Rating.PI), NONE);

        StoredCell cleared = assessments.read(Cell.rating(ana, "q1"));
        assertThat(cleared.value()).isEmpty();
        assertThat(cleared.version()).isGreaterThan(before.version());
        assertThat(assessments.responses(assessment.id()).respondents().get(0).ratings())
                .isEmpty();
        assertThatThrownBy(() -> assessments.rate(ana, "q1", Optional.of(Rating.PI), Optional.of(Rating.NI)))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoConsolesOnOneWorkspaceEditingOneRatingGetAConflictNotALostUpdate(Backend backend) {
        Assessment assessment = assessmentWith(backend, "Ana");
        Workspace other = workspaces.open(workspace.location());
        long ana = assessments.participants(assessment.id()).get(0).id();
        assessments.rate(ana, "q1", NONE, Optional.of(Rating.PI));
        // Both consoles show PI; the other saves LI first.
        other.assessments().rate(ana, "q1", Optional.of(Rating.PI), Optional.of(Rating.LI));

        assertThatThrownBy(() -> assessments.rate(ana, "q1", Optional.of(Rating.PI), Optional.of(Rating.FI)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    Conflict.OfCell conflict = (Conflict.OfCell) e.conflict();
                    assertThat(conflict.cell()).isEqualTo(Cell.rating(ana, "q1"));
                    assertThat(conflict.seen()).contains("PI");
                    assertThat(conflict.theirs()).contains("LI");
                    assertThat(conflict.yours()).contains("FI");
                    assertThat(conflict.theirChange()).hasValueSatisfying(change -> {
                        assertThat(change.newValue()).contains("LI");
                        assertThat(change.changedBy()).isEqualTo(other.signedInAs());
                    });
                    assertThat(e.getMessage())
                            .contains("\"LI\"")
                            .contains("\"FI\"")
                            .contains("not saved");
                });
        assertThat(assessments.responses(assessment.id()).respondents().get(0).ratings())
                .isEqualTo(Map.of("q1", Rating.LI));

        // Keeping mine after seeing theirs: based on theirs, it saves.
        assessments.rate(ana, "q1", Optional.of(Rating.LI), Optional.of(Rating.FI));
        assertThat(other.assessments()
                        .responses(assessment.id())
                        .respondents()
                        .get(0)
                        .ratings())
                .isEqualTo(Map.of("q1", Rating.FI));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void firstValuesSavedAtOnceByTwoConsolesConflictToo(Backend backend) {
        Assessment assessment = assessmentWith(backend, "Ana");
        Workspace other = workspaces.open(workspace.location());

        other.assessments().setConsensus(assessment.id(), "q9", NONE, Optional.of(Rating.NI));

        assertThatThrownBy(() -> assessments.setConsensus(assessment.id(), "q9", NONE, Optional.of(Rating.FI)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("consensus");
        assertThat(assessments.responses(assessment.id()).consensus()).isEqualTo(Map.of("q9", Rating.NI));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anAssessmentEditedMeanwhileIsAConflict(Backend backend) {
        Assessment opened = assessmentWith(backend);
        Workspace other = workspaces.open(workspace.location());
        other.assessments().rename(opened.id(), "Renamed elsewhere");

        assertThatThrownBy(() -> assessments.edit(opened.withTitle("Mine")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(((Conflict.OfAssessment) e.conflict())
                                        .theirs()
                                        .title())
                                .isEqualTo("Renamed elsewhere"));

        Assessment current = assessments.assessment(opened.id());
        Assessment saved = assessments.edit(current.withTitle("Mine"));
        assertThat(saved.title()).isEqualTo("Mine");
        assertThat(saved.version()).isGreaterThan(current.version());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void editingParticipantsRenamesRemovesAndAddsInOneGo(Backend backend) {
        Assessment assessment = assessmentWith(backend, "Ana", "Ben");
        List<Participant> before = assessments.participants(assessment.id());
        assessments.rate(before.get(1).id(), "q1", NONE, Optional.of(Rating.NI));

        assessments.edit(
                assessment,
                new ParticipantChanges(
                        List.of(new Participant(
                                before.get(0).id(), before.get(0).respondentKey(), "Ana Lima", "lead")),
                        List.of(before.get(1)),
                        List.of(new NewAssessment.NewParticipant("Chloé", "analyst"))));

        assertThat(assessments.participants(assessment.id()))
                .extracting(Participant::name)
                .containsExactly("Ana Lima", "Chloé");
        assertThat(assessments.history(assessment.id())).last().satisfies(change -> {
            assertThat(change.participantName()).contains("Ben");
            assertThat(change.oldValue()).contains("NI");
            assertThat(change.newValue()).isEmpty();
        });
    }

    /** The reproduction at the use-case level: two questionnaires, two respondents kept. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void respondentsInAnyScriptAreMatchedByExactNameAndNoneIsLost(Backend backend) {
        Assessment assessment = assessmentWith(backend);
        List<String> names = List.of(
                "Дмитрий Иванов",
                "Γιώργος Παπαδόπουλος",
                "Zoë Łukasiewicz",
                "Ørjan Ås",
                "王小明",
                "محمد عبد الله",
                "Jose\u0301 Mari\u0301a"); // combining accents
        for (String name : names) {
            ImportResult result = assessments.importResponses(
                    assessment.id(), responses(respondent(name, Rating.FI)), ImportMode.KEEP_EXISTING);
            assertThat(result.added()).hasSize(1);
        }

        List<Participant> participants = assessments.participants(assessment.id());
        assertThat(participants)
                .extracting(Participant::name)
                .containsExactly(
                        "Дмитрий Иванов",
                        "Γιώργος Παπαδόπουλος",
                        "Zoë Łukasiewicz",
                        "Ørjan Ås",
                        "王小明",
                        "محمد عبد الله",
                        "José María"); // stored in NFC
        assertThat(participants).extracting(Participant::respondentKey).doesNotHaveDuplicates();
        assertThat(assessments.responses(assessment.id()).respondents())
                .allSatisfy(r -> assertThat(r.ratings()).isEqualTo(Map.of("q1", Rating.FI)));

        // the precomposed spelling is the same person
        assertThatThrownBy(() -> assessments.importResponses(
                        assessment.id(), responses(respondent("José María", Rating.NI)), ImportMode.KEEP_EXISTING))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("\"José María\" already has answers")
                .hasMessageContaining("--replace");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anImportRefusesToOverwriteAnswersWholeUnlessReplace(Backend backend) {
        Assessment assessment = assessmentWith(backend, "Дмитрий Иванов");
        long dmitry = assessments.participants(assessment.id()).get(0).id();
        assessments.rate(dmitry, "q1", NONE, Optional.of(Rating.PI));

        Responses file = responses(respondent("Дмитрий Иванов", Rating.FI), respondent("Новый Человек", Rating.LI));
        assertThatThrownBy(() -> assessments.importResponses(assessment.id(), file, ImportMode.KEEP_EXISTING))
                .isInstanceOf(EngagementException.class)
                .hasMessageContaining("nothing was imported");
        assertThat(assessments.participants(assessment.id())).hasSize(1);

        ImportResult replaced = assessments.importResponses(assessment.id(), file, ImportMode.REPLACE);

        assertThat(replaced.updated()).containsExactly("Дмитрий Иванов");
        assertThat(replaced.added()).containsExactly("Новый Человек");
        assertThat(assessments.participants(assessment.id()).get(0).id()).isEqualTo(dmitry);
        assertThat(assessments.responses(assessment.id()).respondents())
                .extracting(Respondent::name, r -> r.ratings().get("q1"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Дмитрий Иванов", Rating.FI),
                        org.assertj.core.groups.Tuple.tuple("Новый Человек", Rating.LI));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void replacingResponsesKeepsMatchedParticipantsAndTheRestGoes(Backend backend) {
        Assessment assessment = assessmentWith(backend, "Ana", "Ben");
        long ana = assessments.participants(assessment.id()).get(0).id();
        assessments.setConsensus(assessment.id(), "q1", NONE, Optional.of(Rating.NI));
        assessments.setTarget(assessment.id(), "d1", OptionalInt.empty(), OptionalInt.of(2));

        assessments.replaceResponses(
                assessment.id(),
                new Responses(
                        "google-mlops", List.of(respondent("Ana", Rating.LI)), Map.of("q2", Rating.FI), Map.of()));

        Responses saved = assessments.responses(assessment.id());
        assertThat(assessments.participants(assessment.id()))
                .extracting(Participant::id)
                .containsExactly(ana);
        assertThat(saved.consensus()).isEqualTo(Map.of("q2", Rating.FI));
        assertThat(saved.targets()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theRollUpInputIsEachTeamsLatestAssessment(Backend backend) {
        Assessment first = assessmentWith(backend);
        Assessment later = assessments.create(new NewAssessment(
                first.teamId(),
                "Follow-up",
                "google-mlops",
                Optional.empty(),
                LocalDate.of(2027, 3, 1),
                "Ana",
                List.of()));
        Team team = workspace.engagements().team(first.teamId());

        assertThat(assessments.latestPerTeam(team.organizationId())).containsExactly(new TeamLatest(team, later));
        assessments.archive(later.id(), true);
        assertThat(assessments.latestPerTeam(team.organizationId()))
                .extracting(latest -> latest.assessment().id())
                .containsExactly(first.id());
    }

    private static Respondent respondent(String name, Rating rating) {
        return new Respondent("respondent", name, "", Map.of("q1", rating), Map.of());
    }

    private static Responses responses(Respondent... respondents) {
        return new Responses("google-mlops", List.of(respondents), Map.of(), Map.of());
    }
}
