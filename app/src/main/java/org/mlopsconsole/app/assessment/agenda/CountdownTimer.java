package org.mlopsconsole.app.assessment.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A countdown that can be paused: it keeps what has elapsed before the last pause and, while it
 * runs, the instant it was resumed, so it reads right however seldom it is asked (no ticks to
 * miss). Time comes from an injected source, so tests need no sleeps.
 */
public final class CountdownTimer {

    private final InstantSource clock;
    private Duration budget;
    private Duration elapsedBeforePause = Duration.ZERO;
    /** When it last started running; null while paused. */
    private Instant runningSince;

    public CountdownTimer(InstantSource clock, Duration budget) {
        this.clock = clock;
        this.budget = budget;
    }

    /** Starts a fresh countdown of {@code budget}, running. */
    public void restart(Duration newBudget) {
        budget = newBudget;
        elapsedBeforePause = Duration.ZERO;
        runningSince = clock.instant();
    }

    public void start() {
        if (runningSince == null) {
            runningSince = clock.instant();
        }
    }

    public void pause() {
        if (runningSince != null) {
            elapsedBeforePause = elapsed();
            runningSince = null;
        }
    }

    public boolean running() {
        return runningSince != null;
    }

    public Duration elapsed() {
        return runningSince == null
                ? elapsedBeforePause
                : elapsedBeforePause.plus(Duration.between(runningSince, clock.instant()));
    }

    /** Time left; negative once the budget is overrun. */
    public Duration remaining() {
        return budget.minus(elapsed());
    }

    public boolean overrun() {
        return remaining().isNegative();
    }

    public Duration budget() {
        return budget;
    }

    /** "12:05" left, or "+1:30" over the budget; seconds rounded down while counting down. */
    public static String format(Duration remaining) {
        boolean over = remaining.isNegative();
        long seconds = over ? remaining.negated().toSeconds() : remaining.toSeconds();
        return (over ? "+" : "") + seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
    }
}
