package org.mlopsconsole.app.livevote.desktop;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.assessment.WorkshopViewModel;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.app.livevote.JoinQrCode;
import org.mlopsconsole.app.livevote.JoinSecrets;
import org.mlopsconsole.app.livevote.LiveVote;
import org.mlopsconsole.app.livevote.LiveVoteEvent;
import org.mlopsconsole.app.livevote.LiveVoteOptions;
import org.mlopsconsole.app.livevote.LiveVoteServer;
import org.mlopsconsole.workspace.Assessments;

/**
 * Workshop mode's live vote: the facilitator chooses how it is served, opens it (join link, QR
 * code, join code), sees who joined and each vote at once in the workshop, reveals in hidden mode,
 * and closes it. Facilitator-paced, the room's question is the workshop's.
 */
public final class LiveVoteViewModel {

    private final long assessmentId;
    private final Assessments assessments;
    private final WorkshopViewModel workshop;
    private final Executor background;
    private final Executor ui;

    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final StringProperty host = new SimpleStringProperty(LiveVoteOptions.LOOPBACK);
    private final BooleanProperty anonymous = new SimpleBooleanProperty();
    private final BooleanProperty selfPaced = new SimpleBooleanProperty();
    private final BooleanProperty hidden = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper joinUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper joinCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<JoinQrCode>> qrCode = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<String> joined = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ChangeListener<Number> followWorkshop = (observable, old, index) -> followQuestion();
    private Optional<LiveVoteServer> server = Optional.empty();

    public LiveVoteViewModel(
            long assessmentId,
            Assessments assessments,
            WorkshopViewModel workshop,
            List<String> lanAddresses,
            Executor background,
            Executor ui) {
        this.assessmentId = assessmentId;
        this.assessments = assessments;
        this.workshop = workshop;
        this.background = background;
        this.ui = ui;
        hosts.add(LiveVoteOptions.LOOPBACK);
        hosts.addAll(lanAddresses);
    }

    /** {@value LiveVoteOptions#LOOPBACK} (this computer only) first, then this computer's LAN addresses. */
    public ObservableList<String> hosts() {
        return hosts;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    public BooleanProperty selfPacedProperty() {
        return selfPaced;
    }

    /** Hidden mode: the room sees only the distribution of each question until {@link #reveal()}. */
    public BooleanProperty hiddenProperty() {
        return hidden;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinUrlProperty() {
        return joinUrl.getReadOnlyProperty();
    }

    /** "K7P 3QX". */
    public ReadOnlyStringProperty joinCodeProperty() {
        return joinCode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<JoinQrCode>> qrCodeProperty() {
        return qrCode.getReadOnlyProperty();
    }

    /** The names of those who joined from a device, in the order they joined. */
    public ObservableList<String> joined() {
        return joined;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Starts serving in the background; the link, code and QR code are set once it listens. */
    public CompletableFuture<Void> open() {
        if (open.get()) {
            return CompletableFuture.completedFuture(null);
        }
        LiveVoteOptions options = LiveVoteOptions.defaults()
                .withHost(host.get())
                .withAnonymous(anonymous.get())
                .withSelfPaced(selfPaced.get());
        String firstQuestion = workshop.currentQuestion().id();
        return CompletableFuture.supplyAsync(
                        () -> {
                            LiveVote vote = new LiveVote(
                                    assessmentId, workshop.model(), assessments, options, JoinSecrets.generate());
                            vote.follow(firstQuestion);
                            vote.addListener(event -> ui.execute(() -> show(event)));
                            return LiveVoteServer.start(vote);
                        },
                        background)
                .handleAsync(
                        (started, failure) -> {
                            if (failure != null) {
                                message.set("Could not open the live vote: " + Failures.message(failure));
                            } else {
                                opened(started);
                            }
                            return null;
                        },
                        ui);
    }

    private void opened(LiveVoteServer started) {
        server = Optional.of(started);
        joined.clear();
        joinUrl.set(started.joinUrl());
        joinCode.set(started.vote().secrets().shownCode());
        qrCode.set(Optional.of(JoinQrCode.of(started.joinUrl())));
        message.set("");
        open.set(true);
        workshop.questionIndexProperty().addListener(followWorkshop);
        workshop.hideRatings(hidden.get());
    }

    private void followQuestion() {
        server.ifPresent(s -> s.vote().follow(workshop.currentQuestion().id()));
        if (hidden.get()) {
            workshop.hideRatings(true); // every question starts hidden again
        }
    }

    private void show(LiveVoteEvent event) {
        if (event instanceof LiveVoteEvent.Joined join) {
            workshop.showJoined(join.participant());
            joined.add(join.participant().name());
        } else if (event instanceof LiveVoteEvent.Voted voted) {
            workshop.showSaved(voted.participant(), voted.questionId(), voted.rating());
        }
    }

    /** Hidden mode: shows the room who rated what for the current question. */
    public void reveal() {
        workshop.hideRatings(false);
    }

    /** Ends the vote and stops serving (the port is closed once the future completes). */
    public CompletableFuture<Void> close() {
        Optional<LiveVoteServer> closing = server;
        server = Optional.empty();
        workshop.questionIndexProperty().removeListener(followWorkshop);
        workshop.hideRatings(false);
        open.set(false);
        joinUrl.set("");
        joinCode.set("");
        qrCode.set(Optional.empty());
        joined.clear();
        return closing.map(s -> CompletableFuture.runAsync(s::close, background))
                .orElse(CompletableFuture.completedFuture(null));
    }
}
