package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.WorkshopAgendaViewModel.Line;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.AgendaSlot;
import org.mlopsconsole.workspace.Participant;

/**
 * The facilitator's agenda without the toolkit, on a real workspace: proposed from the model,
 * following the workshop's dimension, counting the settled questions, and its budgets saved with
 * the assessment and read back by the next workshop.
 */
class WorkshopAgendaViewModelTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final InstantSource clock = () -> now;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private WorkshopAgendaViewModel agenda(WorkshopViewModel workshop) {
        WorkshopAgendaViewModel agenda = new WorkshopAgendaViewModel(
                fixture.assessment.id(),
                fixture.model,
                fixture.assessments,
                workshop,
                clock,
                Runnable::run,
                Runnable::run);
        agenda.load().join();
        return agenda;
    }

    @Test
    void withoutASavedAgendaEveryDimensionGetsTwoMinutesAQuestionInTheModelsOrder() {
        WorkshopAgendaViewModel agenda = agenda(fixture.workshop());

        List<Dimension> dimensions = fixture.model.dimensions();
        assertThat(agenda.lines())
                .extracting(Line::dimension)
                .containsExactlyElementsOf(
                        dimensions.stream().map(Dimension::name).toList());
        assertThat(agenda.lines())
                .extracting(Line::minutes)
                .containsExactlyElementsOf(
                        dimensions.stream().map(d -> 2L * d.questions().size()).toList());
        assertThat(agenda.savedProperty().get()).isFalse();
    }

    @Test
    void theTimerFollowsTheWorkshopsDimensionAndCountsDownOnlyWhileRunning() {
        WorkshopViewModel workshop = fixture.workshop();
        WorkshopAgendaViewModel agenda = agenda(workshop);
        String first = fixture.model.dimensions().get(0).name();
        long firstMinutes = 2L * fixture.model.dimensions().get(0).questions().size();
        assertThat(agenda.timer().dimensionProperty().get()).isEqualTo(first);
        assertThat(agenda.timer().remainingProperty().get()).isEqualTo(firstMinutes + ":00");

        now = now.plusSeconds(30);
        agenda.timer().tick();
        assertThat(agenda.timer().remainingProperty().get())
                .as("paused until started")
                .isEqualTo(firstMinutes + ":00");
        agenda.timer().pauseOrResume();
        now = now.plusSeconds(75);
        agenda.timer().tick();
        assertThat(agenda.timer().remainingProperty().get()).isEqualTo((firstMinutes - 2) + ":45");

        int questionsOfFirst = fixture.model.dimensions().get(0).questions().size();
        for (int i = 0; i < questionsOfFirst; i++) {
            workshop.next();
        }
        Dimension second = fixture.model.dimensions().get(1);
        assertThat(agenda.timer().dimensionProperty().get()).isEqualTo(second.name());
        assertThat(agenda.timer().remainingProperty().get())
                .isEqualTo(2L * second.questions().size() + ":00");
        assertThat(agenda.timer().runningProperty().get()).as("still running").isTrue();
    }

    @Test
    void aQuestionIsSettledOnceEveryParticipantRatedItOrItHasAConsensus() {
        WorkshopViewModel workshop = fixture.workshop();
        WorkshopAgendaViewModel agenda = agenda(workshop);
        int questions = fixture.model.dimensions().get(0).questions().size();
        assertThat(agenda.dimensionProgressProperty().get()).isEqualTo("0 of " + questions + " settled");

        List<Participant> people = fixture.participants;
        workshop.rate(people.get(0), Optional.of(Rating.FI));
        workshop.rate(people.get(1), Optional.of(Rating.LI));
        assertThat(agenda.dimensionProgressProperty().get())
                .as("two of three rated")
                .isEqualTo("0 of " + questions + " settled");
        workshop.rate(people.get(2), Optional.of(Rating.FI));
        assertThat(agenda.dimensionProgressProperty().get()).isEqualTo("1 of " + questions + " settled");
        workshop.next();
        workshop.setConsensus(Optional.of(Rating.PI));
        assertThat(agenda.dimensionProgressProperty().get()).isEqualTo("2 of " + questions + " settled");
        assertThat(agenda.lines().get(0).progress().text()).isEqualTo("2/" + questions);
    }

    @Test
    void editedBudgetsAreSavedWithTheAssessmentAndTheNextWorkshopReadsThem() {
        WorkshopAgendaViewModel agenda = agenda(fixture.workshop());
        List<Long> minutes =
                agenda.lines().stream().map(line -> line.minutes() + 5).toList();

        assertThat(agenda.setBudgets(minutes)).isTrue();
        fixture.workshop().pendingSaves().join();

        List<Dimension> dimensions = fixture.model.dimensions();
        assertThat(fixture.assessments.agenda(fixture.assessment.id()))
                .extracting(AgendaSlot::dimensionId)
                .containsExactlyElementsOf(
                        dimensions.stream().map(Dimension::id).toList());
        WorkshopAgendaViewModel reopened = agenda(fixture.workshop());
        assertThat(reopened.lines()).extracting(Line::minutes).containsExactlyElementsOf(minutes);
        assertThat(reopened.savedProperty().get()).isTrue();
        assertThat(reopened.timer().remainingProperty().get()).isEqualTo(minutes.get(0) + ":00");
        assertThat(fixture.assessments.agenda(fixture.assessment.id()).get(0).budget())
                .isEqualTo(Duration.ofMinutes(minutes.get(0)));
    }

    @Test
    void aBudgetUnderAMinuteIsRefusedSayingWhichAndNothingChanges() {
        WorkshopAgendaViewModel agenda = agenda(fixture.workshop());
        List<Long> minutes = new java.util.ArrayList<>(
                agenda.lines().stream().map(Line::minutes).toList());
        List<Long> before = List.copyOf(minutes);
        minutes.set(1, 0L);

        assertThat(agenda.setBudgets(minutes)).isFalse();
        assertThat(agenda.messageProperty().get())
                .contains(fixture.model.dimensions().get(1).name())
                .contains("at least a minute");
        assertThat(agenda.lines()).extracting(Line::minutes).containsExactlyElementsOf(before);
        assertThat(fixture.assessments.agenda(fixture.assessment.id())).isEmpty();
    }
}
