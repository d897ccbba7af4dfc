package org.mlopsconsole.runtime.internal.engine;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.ModelLifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to the registered observers on one thread of its own, so an inference thread only
 * pays for queueing an event, and nothing at all while no inference observer is registered. The
 * backlog is bounded: when observers fall that far behind, new events are dropped and counted
 * rather than holding up inference or filling the heap.
 */
public final class Observers implements AutoCloseable {

    static final int BACKLOG = 65_536;
    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);
    private static final Runnable STOP = () -> {};

    private final List<InferenceObserver> inference = new CopyOnWriteArrayList<>();
    private final List<ModelLifecycleListener> lifecycle = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Runnable> backlog = new ArrayBlockingQueue<>(BACKLOG);
    private final LongAdder dropped = new LongAdder();
    private final Thread dispatcher;

    public Observers() {
        dispatcher = new Thread(this::dispatch, "runtime-observers");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** @return what removes it again */
    public Runnable add(InferenceObserver observer) {
        inference.add(observer);
        return () -> inference.remove(observer);
    }

    public Runnable add(ModelLifecycleListener listener) {
        lifecycle.add(listener);
        return () -> lifecycle.remove(listener);
    }

    /** Worth building an inference event for: checked before any allocation on the hot path. */
    boolean watchingInference() {
        return !inference.isEmpty();
    }

    void inference(Consumer<InferenceObserver> event) {
        if (!inference.isEmpty()) {
            enqueue(() -> inference.forEach(observer -> deliver(observer, event)));
        }
    }

    void lifecycle(Consumer<ModelLifecycleListener> event) {
        if (!lifecycle.isEmpty()) {
            enqueue(() -> lifecycle.forEach(listener -> deliver(listener, event)));
        }
    }

    public long dropped() {
        return dropped.sum();
    }

    private void enqueue(Runnable delivery) {
        if (!backlog.offer(delivery)) {
            dropped.increment();
        }
    }

    private static <T> void deliver(T observer, Consumer<T> event) {
        try {
            event.accept(observer);
        } catch (RuntimeException e) {
            LOG.warn("Observer {} failed on an event: {}", observer.getClass().getName(), e.toString());
        }
    }

    private void dispatch() {
        try {
            for (Runnable next = backlog.take(); next != STOP; next = backlog.take()) {
                next.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delivers what is queued (for at most a few seconds), then stops the thread. */
    @Override
    public void close() {
        try {
            if (backlog.offer(STOP, 5, TimeUnit.SECONDS)) {
                dispatcher.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dispatcher.interrupt();
    }
}
