package org.mlopsconsole.app.livevote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The facilitator's UI thread in the live vote's tests: the view models are made and read only
 * here, as the JavaFX thread would; server threads hand their events to it.
 */
final class FacilitatorUi implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    ExecutorService executor() {
        return thread;
    }

    <T> T call(Callable<T> work) throws Exception {
        return thread.submit(work).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (at most {@link #WAIT}) until {@code condition}, read on the UI thread, holds. */
    void eventually(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!call(condition)) {
            assertThat(System.nanoTime()).as(what + " within " + WAIT).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
