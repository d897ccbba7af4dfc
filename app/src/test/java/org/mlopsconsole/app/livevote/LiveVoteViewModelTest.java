package org.mlopsconsole.app.livevote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.WorkshopViewModel;
import org.mlopsconsole.app.assessment.WorkshopViewModel.ParticipantRating;
import org.mlopsconsole.app.livevote.desktop.LiveVoteViewModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.Participant;

/** Workshop mode's live vote without a browser: votes over HTTP reach the workshop's view model. */
@Timeout(60)
class LiveVoteViewModelTest {

    private static final Duration WAIT = FacilitatorUi.WAIT;

    @TempDir
    Path dir;

    private LiveVoteWorkspace workspace;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final FacilitatorUi ui = new FacilitatorUi();
    private WorkshopViewModel workshop;
    private LiveVoteViewModel liveVote;

    @BeforeEach
    void open() throws Exception {
        workspace = new LiveVoteWorkspace(dir.resolve("ws"));
        workshop = ui.call(() -> new WorkshopViewModel(
                workspace.assessment.id(), workspace.model, workspace.assessments, background, ui.executor()));
        ui.call(workshop::load).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        liveVote = ui.call(() -> new LiveVoteViewModel(
                workspace.assessment.id(),
                workspace.assessments,
                workshop,
                List.of("192.0.2.7"),
                background,
                ui.executor()));
    }

    @AfterEach
    void close() throws Exception {
        ui.call(liveVote::close).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        ui.close();
        background.shutdownNow();
        workspace.close();
    }

    @Test
    void loopbackIsOfferedFirstThenThisComputersLanAddresses() throws Exception {
        assertThat(ui.call(() -> List.copyOf(liveVote.hosts()))).containsExactly("127.0.0.1", "192.0.2.7");
        assertThat(ui.call(() -> liveVote.hostProperty().get())).isEqualTo("127.0.0.1");
    }

    @Test
    void hiddenTheWorkshopShowsOnlyTheDistributionUntilRevealedAndEachQuestionStartsHidden() throws Exception {
        ui.call(() -> {
                    liveVote.hiddenProperty().set(true);
                    return liveVote.open();
                })
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String url = ui.call(() -> liveVote.joinUrlProperty().get());
        String code = ui.call(() -> liveVote.joinCodeProperty().get());
        new LiveVoteDevice(url)
                .joinAs(code, workspace.participant("Bruno").id())
                .vote(workspace.question(0), "", "FI", "");
        new LiveVoteDevice(url)
                .joinAs(code, workspace.participant("Chen").id())
                .vote(workspace.question(0), "", "NI", "");

        ui.eventually(
                "the workshop follows",
                () -> workshop.distributionProperty().get().equals("NI 1 · FI 1 · 1 not rated yet"));
        assertThat(ui.call(() -> workshop.ratingsHiddenProperty().get())).isTrue();
        assertThat(ui.call(() -> workshop.disagreementProperty().get())).isTrue();
        assertThat(ui.call(() -> List.copyOf(liveVote.joined()))).containsExactly("Bruno", "Chen");

        ui.run(() -> liveVote.reveal());
        assertThat(ui.call(() -> workshop.ratingsHiddenProperty().get())).isFalse();
        assertThat(ui.call(() -> workshop.participantRatings().stream()
                        .map(ParticipantRating::rating)
                        .toList()))
                .containsExactly(Optional.of(Rating.FI), Optional.of(Rating.NI), Optional.empty());

        ui.run(() -> workshop.next());
        assertThat(ui.call(() -> workshop.ratingsHiddenProperty().get())).isTrue();
        assertThat(new LiveVoteDevice(url).get("api/state").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousEachDeviceIsANewParticipantInTheWorkshopAndTheVoteFollowsTheWorkshopsQuestion() throws Exception {
        ui.call(() -> {
                    liveVote.anonymousProperty().set(true);
                    return liveVote.open();
                })
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        ui.run(() -> workshop.next());
        LiveVoteDevice phone =
                new LiveVoteDevice(ui.call(() -> liveVote.joinUrlProperty().get()));
        phone.join(ui.call(() -> liveVote.joinCodeProperty().get()));

        assertThat(phone.get("api/state").body())
                .contains("\"questionId\":\"" + workspace.question(1).id() + "\"");
        assertThat(phone.vote(workspace.question(1), "", "PI", "").statusCode()).isEqualTo(200);
        ui.eventually(
                "the workshop follows",
                () -> workshop.participantRatings().stream()
                        .anyMatch(row -> row.participant().name().equals("Anonymous 1")
                                && row.rating().equals(Optional.of(Rating.PI))));
        assertThat(workspace.assessments.participants(workspace.assessment.id()))
                .extracting(Participant::name)
                .contains("Anonymous 1");
    }

    @Test
    void closingEndsTheVoteAndStopsListening() throws Exception {
        ui.call(liveVote::open).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        LiveVoteDevice phone =
                new LiveVoteDevice(ui.call(() -> liveVote.joinUrlProperty().get()));
        assertThat(phone.get("").statusCode()).isEqualTo(200);

        ui.call(liveVote::close).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(ui.call(() -> liveVote.openProperty().get())).isFalse();
        assertThat(ui.call(() -> liveVote.joinCodeProperty().get())).isEmpty();
        assertThatThrownBy(() -> phone.get("")).isInstanceOf(ConnectException.class);
    }
}
