package org.mlopsconsole.runtime;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waits for tests: a condition that does not come true in time fails the test. */
public final class Awaiting {

    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private Awaiting() {}

    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition);
    }

    /** Polls the condition (yielding between checks) until it holds or the time is up. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
