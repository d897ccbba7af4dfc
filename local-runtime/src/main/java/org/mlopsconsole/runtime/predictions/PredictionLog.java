package org.mlopsconsole.runtime.predictions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.mlopsconsole.runtime.InferenceObserver;
import org.mlopsconsole.runtime.predictions.internal.CloudEventSender;
import org.mlopsconsole.runtime.predictions.internal.Sampler;
import org.mlopsconsole.runtime.predictions.internal.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs answered requests (all, or a sampled share) into a {@link PredictionStore}. Register it
 * with {@link org.mlopsconsole.runtime.LocalRuntime#addInferenceObserver}: it sees each request
 * on the runtime's observer thread, summarises it and offers it to a bounded queue; a writer
 * thread of its own hands the queue to the store in batches. A full queue drops the request and
 * counts it, so a slow or stuck store never holds up serving, and {@link #stats()} tells. With
 * {@link PredictionLogSettings#withForwarding forwarding}, each logged entry is also sent as
 * CloudEvents by a sender thread with a bounded queue of its own, under the same rules.
 */
public final class PredictionLog implements InferenceObserver, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PredictionLog.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /** How soon an idle writer notices a close or a due prune. */
    private static final Duration WAKE_UP = Duration.ofMillis(200);
    /**
     * How long the writer lets requests gather after the first one of a batch. Requests come
     * thousands a second; written as they come, most batches held one or two, each costing the
     * store a file opened, written and closed, and the writer a wake-up, on cores that serving
     * needs ({@code bench.MonitoringOverheadBenchmark}).
     */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /**
     * @param logged accepted into the queue
     * @param written stored
     * @param dropped not logged because the queue was full
     * @param sampledOut not logged by sampling
     * @param failed accepted but refused by the store (logged as a warning)
     * @param queued waiting for the writer now
     */
    public record Stats(long logged, long written, long dropped, long sampledOut, long failed, int queued) {}

    /**
     * The forwarding of entries as CloudEvents ({@link PredictionLogSettings#forwarding()}).
     *
     * @param sent events the receiver accepted (2xx)
     * @param dropped entries not forwarded because the forwarding queue was full
     * @param failed events refused or not delivered (not retried)
     * @param queued entries waiting to be sent now
     */
    public record ForwardingStats(long sent, long dropped, long failed, int queued) {}

    private final PredictionStore store;
    private final PredictionLogSettings settings;
    private final Clock clock;
    private final String runId;
    private final BlockingQueue<PredictionRecord> queue;
    private final LongAdder logged = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder sampledOut = new LongAdder();
    private final Object progress = new Object();
    private long written;
    private long failed;
    private volatile boolean closing;
    private final Thread writer;
    private final Outcomes outcomes;
    private final Optional<CloudEventSender> forwarder;

    private PredictionLog(PredictionStore store, PredictionLogSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.runId = Long.toString(clock.millis(), 36);
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.outcomes = new Outcomes(store, clock);
        this.writer = new Thread(this::write, "prediction-log-writer");
        writer.setDaemon(true);
        this.forwarder = settings.forwarding().map(CloudEventSender::new);
    }

    /** Starts the writer; {@link #close()} stops it and closes the store. */
    public static PredictionLog start(PredictionStore store, PredictionLogSettings settings) {
        return start(store, settings, Clock.systemUTC());
    }

    public static PredictionLog start(PredictionStore store, PredictionLogSettings settings, Clock clock) {
        PredictionLog log = new PredictionLog(store, settings, clock);
        log.writer.start();
        return log;
    }

    @Override
    public void requestPredicted(Predicted event) {
        if (!Sampler.keeps(event.requestId(), settings.fractionFor(event.model()))) {
            sampledOut.increment();
            return;
        }
        String id = event.clientId().orElse(runId + "-" + event.requestId());
        forwarder.ifPresent(sender -> sender.offer(id, event));
        PredictionRecord record = new PredictionRecord(
                id,
                event.requestId(),
                event.clientId(),
                event.answeredAt(),
                event.model(),
                event.version(),
                event.variant(),
                TimeUnit.NANOSECONDS.toMicros(event.totalNanos()),
                Summaries.of(event.inputs()),
                Summaries.of(event.outputs()));
        offer(record);
    }

    /** Logs a record made elsewhere (an import, a test), under the same queue rules. */
    public void offer(PredictionRecord record) {
        if (closing || !queue.offer(record)) {
            dropped.increment();
            return;
        }
        logged.increment();
    }

    public Stats stats() {
        synchronized (progress) {
            return new Stats(logged.sum(), written, dropped.sum(), sampledOut.sum(), failed, queue.size());
        }
    }

    /** How forwarding fares, when the settings asked for it. */
    public Optional<ForwardingStats> forwarding() {
        return forwarder.map(CloudEventSender::stats);
    }

    /** Waits until every request accepted so far is stored (or refused); false if time ran out. */
    public boolean awaitWritten(Duration timeout) {
        long target = logged.sum();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (written + failed < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Ground truth for logged requests, and the metrics over it. */
    public Outcomes outcomes() {
        return outcomes;
    }

    public PredictionStore store() {
        return store;
    }

    public PredictionLogSettings settings() {
        return settings;
    }

    private void write() {
        Instant lastPrune = Instant.MIN;
        List<PredictionRecord> batch = new ArrayList<>(settings.maxBatch());
        while (!closing || !queue.isEmpty()) {
            try {
                PredictionRecord first = queue.poll(WAKE_UP.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    lingerForABatch();
                    queue.drainTo(batch, settings.maxBatch() - 1);
                    store(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                if (!closing) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            Instant now = clock.instant();
            if (lastPrune.isBefore(now.minus(settings.pruneInterval()))) {
                lastPrune = now;
                prune(now);
            }
        }
    }

    private void lingerForABatch() {
        if (!closing && queue.size() < settings.maxBatch() - 1) {
            LockSupport.parkNanos(this, LINGER_NANOS);
        }
    }

    private void store(List<PredictionRecord> batch) {
        boolean stored = false;
        try {
            store.append(List.copyOf(batch));
            stored = true;
        } catch (RuntimeException e) {
            LOG.warn("The prediction log could not store {} requests: {}", batch.size(), e.toString());
        }
        synchronized (progress) {
            if (stored) {
                written += batch.size();
            } else {
                failed += batch.size();
            }
            progress.notifyAll();
        }
    }

    private void prune(Instant now) {
        try {
            long pruned = store.prune(settings.retention(), now);
            if (pruned > 0) {
                LOG.debug("The prediction log dropped {} rows past its retention", pruned);
            }
        } catch (RuntimeException e) {
            LOG.warn("The prediction log could not apply its retention: {}", e.toString());
        }
    }

    /** Writes what is queued (for a few seconds at most), stops the writer and closes the store. */
    @Override
    public void close() {
        closing = true;
        forwarder.ifPresent(CloudEventSender::close);
        try {
            writer.join(CLOSE_WAIT.toMillis());
            if (writer.isAlive()) {
                LOG.warn("The prediction log's store did not take the last {} requests in time", queue.size());
                writer.interrupt();
                writer.join(CLOSE_WAIT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
