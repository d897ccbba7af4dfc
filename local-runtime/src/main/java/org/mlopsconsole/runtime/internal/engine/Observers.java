package org.mlopsconsole.runtime.internal.engine;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
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
 *
 * <p>The queue takes no lock and wakes the dispatcher only when it has gone to sleep on an empty
 * backlog: with a lock and a wake-up for every event (an {@code ArrayBlockingQueue}), 16 inference
 * threads fighting over it cost a small model three quarters of its throughput
 * ({@code bench.MetricsCostBenchmark}). When the backlog runs empty the dispatcher first naps for
 * {@link #NAP_NANOS} without asking to be woken: under load the next events are already coming,
 * and one timed wake-up collects them all instead of an inference thread paying for an unpark
 * (a system call) every time the dispatcher has caught up. Only a backlog still empty after the
 * nap, a quiet runtime, puts it to sleep until the next event.
 */
public final class Observers implements AutoCloseable {

    static final int BACKLOG = 65_536;
    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);
    private static final Runnable STOP = () -> {};

    private final List<InferenceObserver> inference = new CopyOnWriteArrayList<>();
    private final List<ModelLifecycleListener> lifecycle = new CopyOnWriteArrayList<>();
    /** The longest the dispatcher sleeps before looking again, whatever it was told. */
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** How late an event may be delivered under load; short beside a once-a-second scrape or chart. */
    static final long NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Queue<Runnable> backlog = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlogSize = new AtomicInteger();
    private final LongAdder dropped = new LongAdder();
    /** Set by the dispatcher before it sleeps on an empty backlog; whoever enqueues then wakes it. */
    private volatile boolean sleeping;

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
        if (backlogSize.incrementAndGet() > BACKLOG) {
            backlogSize.decrementAndGet();
            dropped.increment();
            return;
        }
        backlog.offer(delivery);
        wakeDispatcher();
    }

    private void wakeDispatcher() {
        if (sleeping) {
            sleeping = false;
            LockSupport.unpark(dispatcher);
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
        while (!Thread.currentThread().isInterrupted()) {
            Runnable next = backlog.poll();
            if (next == STOP) {
                return;
            }
            if (next != null) {
                backlogSize.decrementAndGet();
                next.run();
                continue;
            }
            LockSupport.parkNanos(this, NAP_NANOS);
            if (!backlog.isEmpty()) {
                continue;
            }
            sleeping = true;
            if (backlog.isEmpty()) { // checked again after announcing it: an event queued meanwhile is seen
                LockSupport.parkNanos(this, IDLE_PARK_NANOS);
            }
            sleeping = false;
        }
    }

    /** Delivers what is queued (for at most a few seconds), then stops the thread. */
    @Override
    public void close() {
        try {
            backlog.offer(STOP);
            sleeping = true; // wake it whatever it is doing
            wakeDispatcher();
            dispatcher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dispatcher.interrupt();
    }
}
