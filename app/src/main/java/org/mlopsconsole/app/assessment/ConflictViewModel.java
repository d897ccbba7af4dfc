package org.mlopsconsole.app.assessment;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Conflict;
import org.mlopsconsole.workspace.ConflictException;

/**
 * A value someone else saved after this console read it: theirs against yours, until the user
 * keeps one. Keeping yours saves it on top of theirs (a new conflict if it changed once more);
 * keeping theirs saves nothing. Either way the owner re-reads what is saved.
 */
public final class ConflictViewModel {

    /** What the dialog shows: the value's kind and item, theirs (with who and when) and yours. */
    public record Shown(String title, String what, String theirs, String changedBy, String yours) {}

    private final Assessments assessments;
    private final Executor background;
    private final Executor ui;
    private final Runnable reload;
    private final ReadOnlyObjectWrapper<Optional<Conflict.OfCell>> pending =
            new ReadOnlyObjectWrapper<>(Optional.empty());

    /** @param reload re-reads the saved values once the user chose (on the UI executor) */
    public ConflictViewModel(Assessments assessments, Executor background, Executor ui, Runnable reload) {
        this.assessments = assessments;
        this.background = background;
        this.ui = ui;
        this.reload = reload;
    }

    /** The conflict waiting for the user's choice; the view opens its dialog when there is one. */
    public ReadOnlyObjectProperty<Optional<Conflict.OfCell>> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Takes a failed save: true (and the conflict is pending) when it was a conflict on a value. */
    public boolean offer(Throwable failure) {
        Optional<Conflict.OfCell> conflict = cellConflict(failure);
        conflict.ifPresent(found -> pending.set(Optional.of(found)));
        return conflict.isPresent();
    }

    public Optional<Shown> shown() {
        return pending.get().map(ConflictViewModel::shown);
    }

    /** Keeps what the other console saved. */
    public void keepTheirs() {
        pending.set(Optional.empty());
        reload.run();
    }

    /** Saves yours over theirs; completes when it is saved, or when a newer conflict is pending. */
    public CompletableFuture<Void> keepYours() {
        Optional<Conflict.OfCell> chosen = pending.get();
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Conflict.OfCell conflict = chosen.get();
        return CompletableFuture.runAsync(
                        () -> assessments.change(conflict.cell(), conflict.theirs(), conflict.yours()), background)
                .handleAsync(
                        (done, failure) -> {
                            pending.set(Optional.empty());
                            if (failure != null && !offer(failure)) {
                                throw new CompletionException(failure);
                            }
                            reload.run();
                            return null;
                        },
                        ui);
    }

    static Optional<Conflict.OfCell> cellConflict(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ConflictException exception && exception.conflict() instanceof Conflict.OfCell cell) {
            return Optional.of(cell);
        }
        return Optional.empty();
    }

    private static Shown shown(Conflict.OfCell conflict) {
        String label = conflict.cell().field().label();
        return new Shown(
                "Someone else changed this " + label,
                label.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + label.substring(1) + " of "
                        + conflict.cell().itemId()
                        + conflict.theirChange()
                                .flatMap(change -> change.participantName())
                                .map(name -> " (" + name + ")")
                                .orElse(""),
                text(conflict.theirs()),
                conflict.theirChange()
                        .map(change -> change.changedBy() + ", " + change.changedAt())
                        .orElse("another console"),
                text(conflict.yours()));
    }

    private static String text(Optional<String> value) {
        return value.orElse("(nothing)");
    }
}
