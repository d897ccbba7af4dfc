package org.mlopsconsole.app.assessment.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.app.assessment.agenda.DimensionProgress.QuestionState;

class AgendaViewModelTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock implements InstantSource {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final Agenda agenda = new Agenda(List.of(
            new Agenda.Item("Data", Duration.ofMinutes(10)),
            new Agenda.Item("Training", Duration.ofMinutes(15)),
            new Agenda.Item("Deployment", Duration.ofMinutes(5))));

    @Test
    void theTimerCountsDownOnlyWhileRunningAndShowsTheOverrun() {
        AgendaViewModel viewModel = new AgendaViewModel(agenda, clock);
        assertThat(viewModel.remainingProperty().get()).isEqualTo("10:00");
        assertThat(viewModel.runningProperty().get()).isFalse();

        viewModel.pauseOrResume();
        clock.advance(Duration.ofSeconds(95));
        viewModel.tick();
        assertThat(viewModel.remainingProperty().get()).isEqualTo("8:25");

        viewModel.pauseOrResume();
        clock.advance(Duration.ofMinutes(30));
        viewModel.tick();
        assertThat(viewModel.remainingProperty().get()).isEqualTo("8:25");
        assertThat(viewModel.runningProperty().get()).isFalse();

        viewModel.pauseOrResume();
        clock.advance(Duration.ofMinutes(9));
        viewModel.tick();
        assertThat(viewModel.remainingProperty().get()).isEqualTo("+0:35");
        assertThat(viewModel.overrunProperty().get()).isTrue();
    }

    @Test
    void movingToAnotherDimensionStartsItsBudgetAndSaysWhatComesNext() {
        AgendaViewModel viewModel = new AgendaViewModel(agenda, clock);
        viewModel.pauseOrResume();
        clock.advance(Duration.ofMinutes(12));

        viewModel.follow("Training");

        assertThat(viewModel.dimensionProperty().get()).isEqualTo("Training");
        assertThat(viewModel.remainingProperty().get()).isEqualTo("15:00");
        assertThat(viewModel.overrunProperty().get()).isFalse();
        assertThat(viewModel.runningProperty().get()).isTrue();
        assertThat(viewModel.nextProperty().get()).isEqualTo("Next: Deployment (5 min)");

        viewModel.next();
        assertThat(viewModel.nextProperty().get()).isEqualTo("Last on the agenda");
        viewModel.next();
        assertThat(viewModel.dimensionProperty().get()).isEqualTo("Deployment");
    }

    @Test
    void aQuestionOfTheSameDimensionOrOneOffTheAgendaLeavesTheTimerAlone() {
        AgendaViewModel viewModel = new AgendaViewModel(agenda, clock);
        viewModel.pauseOrResume();
        clock.advance(Duration.ofMinutes(2));

        viewModel.follow("Data");
        viewModel.follow("Governance");
        viewModel.tick();

        assertThat(viewModel.dimensionProperty().get()).isEqualTo("Data");
        assertThat(viewModel.remainingProperty().get()).isEqualTo("8:00");
    }

    @Test
    void aPausedTimerStaysPausedWhenTheWorkshopMovesOn() {
        AgendaViewModel viewModel = new AgendaViewModel(agenda, clock);

        viewModel.follow("Deployment");
        clock.advance(Duration.ofMinutes(1));
        viewModel.tick();

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.remainingProperty().get()).isEqualTo("5:00");
    }

    @Test
    void aChangedBudgetKeepsWhatHasElapsed() {
        AgendaViewModel viewModel = new AgendaViewModel(agenda, clock);
        viewModel.pauseOrResume();
        clock.advance(Duration.ofMinutes(4));

        viewModel.replan(agenda.withBudget(0, Duration.ofMinutes(20)));

        assertThat(viewModel.remainingProperty().get()).isEqualTo("16:00");
        assertThat(viewModel.agendaProperty().get().total()).isEqualTo(Duration.ofMinutes(40));
    }

    @ParameterizedTest
    @CsvSource({"PT12M5S, 12:05", "PT0S, 0:00", "PT59.9S, 0:59", "-PT90S, +1:30"})
    void remainingTimeReadsAsMinutesAndSeconds(Duration remaining, String shown) {
        assertThat(CountdownTimer.format(remaining)).isEqualTo(shown);
    }

    @Test
    void aProportionalAgendaGivesEachDimensionItsShareOfTheTime() {
        Agenda proportional =
                Agenda.proportional(List.of("Data", "Training", "Ops"), List.of(8, 4, 0), Duration.ofMinutes(60));

        assertThat(proportional.items())
                .extracting(item -> item.budget().toMinutes())
                .containsExactly(40L, 20L, 1L);
    }

    @Test
    void aZeroBudgetIsRefusedWithTheDimensionsName() {
        assertThatThrownBy(() -> new Agenda.Item("Data", Duration.ZERO))
                .hasMessage("The time for 'Data' must be more than zero");
    }

    @Test
    void progressIsTalliedPerDimensionInTheOrderOfTheQuestions() {
        List<DimensionProgress> progress = DimensionProgress.tally(List.of(
                new QuestionState("Data", true),
                new QuestionState("Data", false),
                new QuestionState("Training", true),
                new QuestionState("Data", true)));

        assertThat(progress)
                .containsExactly(new DimensionProgress("Data", 2, 3), new DimensionProgress("Training", 1, 1));
        assertThat(progress.get(0).text()).isEqualTo("2/3");
        assertThat(progress.get(1).done()).isTrue();
    }
}
