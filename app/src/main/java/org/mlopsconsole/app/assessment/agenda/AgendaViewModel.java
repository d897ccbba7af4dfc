package org.mlopsconsole.app.assessment.agenda;

import java.time.Duration;
import java.time.InstantSource;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The facilitator's agenda and timer for workshop mode and the presenter view: which dimension is
 * on, the time left for it (or how far over), paused or running, and what comes next. Moving to a
 * question of another dimension moves the agenda with it and starts that dimension's budget. The
 * view calls {@link #tick()} about once a second; the time itself comes from the injected clock.
 */
public final class AgendaViewModel {

    private final ReadOnlyObjectWrapper<Agenda> agenda = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper dimension = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overrun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final CountdownTimer timer;

    public AgendaViewModel(Agenda plan, InstantSource clock) {
        agenda.set(plan);
        timer = new CountdownTimer(clock, plan.items().get(0).budget());
        show();
    }

    public ReadOnlyObjectProperty<Agenda> agendaProperty() {
        return agenda.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return current.getReadOnlyProperty();
    }

    /** The dimension on now. */
    public ReadOnlyStringProperty dimensionProperty() {
        return dimension.getReadOnlyProperty();
    }

    /** "12:05" left or "+1:30" over. */
    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** "Next: Deployment (10 min)", or "Last on the agenda". */
    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overrunProperty() {
        return overrun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void tick() {
        show();
    }

    public void pauseOrResume() {
        if (timer.running()) {
            timer.pause();
        } else {
            timer.start();
        }
        show();
    }

    /** On to the next dimension (its budget starts at once); nothing after the last. */
    public void next() {
        if (current.get() + 1 < agenda.get().items().size()) {
            moveTo(current.get() + 1);
        }
    }

    /**
     * The workshop moved to a question of {@code dimensionName}: the agenda follows when that is
     * another dimension on it, starting its budget (running if the timer ran); same dimension, nothing changes.
     */
    public void follow(String dimensionName) {
        int index = agenda.get().indexOf(dimensionName);
        if (index >= 0 && index != current.get()) {
            boolean wasRunning = timer.running();
            moveTo(index);
            if (!wasRunning) {
                timer.pause();
                show();
            }
        }
    }

    /** A changed plan (budgets edited): the current dimension's countdown keeps what has elapsed. */
    public void replan(Agenda changed) {
        String on = dimension.get();
        agenda.set(changed);
        int index = Math.max(0, changed.indexOf(on));
        Duration elapsed = timer.elapsed();
        boolean wasRunning = timer.running();
        current.set(index);
        timer.restart(changed.items().get(index).budget().minus(elapsed));
        if (!wasRunning) {
            timer.pause();
        }
        show();
    }

    private void moveTo(int index) {
        current.set(index);
        timer.restart(agenda.get().items().get(index).budget());
        show();
    }

    private void show() {
        Agenda plan = agenda.get();
        int index = current.get();
        dimension.set(plan.items().get(index).dimension());
        remaining.set(CountdownTimer.format(timer.remaining()));
        overrun.set(timer.overrun());
        running.set(timer.running());
        next.set(
                index + 1 < plan.items().size()
                        ? "Next: " + plan.items().get(index + 1).dimension() + " ("
                                + plan.items().get(index + 1).budget().toMinutes() + " min)"
                        : "Last on the agenda");
    }
}
