package org.mlopsconsole.runtime.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Triton's dynamic batcher for any kind of work: a bounded queue and worker threads that take
 * batches from it. A batch holds items of one {@link Item#batchKey()} in arrival order whose rows
 * sum to at most {@code maxBatchSize}; it leaves at once when it is full or of a preferred size,
 * else when the first item has waited {@code maxQueueDelayNanos}. Items past their deadline are
 * taken out and handed to {@link Handler#expired}. Knows nothing of models or transports.
 */
public final class DynamicBatcher<T extends DynamicBatcher.Item> {

    /** Something to batch. */
    public interface Item {
        /** Rows along the batch dimension (1 for an item that does not batch). */
        long rows();

        /** Items with equal keys can run in one batch. */
        Object batchKey();

        /** {@link System#nanoTime()} after which it must not start; {@link Long#MAX_VALUE} for never. */
        long deadlineNanos();
    }

    public interface Handler<T> {
        /** Runs one batch on a worker thread; must not throw. */
        void execute(List<T> batch);

        /** The item waited past its deadline; called on a worker thread, outside the queue's lock. */
        void expired(T item);

        /**
         * The item joined the queue, {@code depth} items now waiting. Called on the offering thread
         * under the queue's lock, so it precedes anything a worker does with the item: keep it cheap.
         */
        default void queued(T item, int depth) {}
    }

    /**
     * @param maxBatchSize 0: every item runs alone
     * @param maxQueueSize items waiting before {@link #offer} answers {@link Admission#FULL}
     */
    public record Policy(
            int maxBatchSize, long maxQueueDelayNanos, List<Integer> preferredBatchSizes, int maxQueueSize) {
        public Policy {
            preferredBatchSizes = List.copyOf(preferredBatchSizes);
        }
    }

    public enum Admission {
        QUEUED,
        FULL,
        CLOSED
    }

    private final Policy policy;
    private final Handler<T> handler;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    /** Starts {@code workerCount} daemon workers named {@code name-<i>}. */
    public DynamicBatcher(String name, Policy policy, int workerCount, Handler<T> handler) {
        this.policy = policy;
        this.handler = handler;
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, name + "-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    public Admission offer(T item) {
        lock.lock();
        try {
            if (closed) {
                return Admission.CLOSED;
            }
            if (queue.size() >= policy.maxQueueSize()) {
                return Admission.FULL;
            }
            queue.addLast(item);
            handler.queued(item, queue.size());
            arrived.signal();
            return Admission.QUEUED;
        } finally {
            lock.unlock();
        }
    }

    public int queueDepth() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops admitting, lets the queued and running batches finish, and waits for the workers. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void work() {
        List<T> expired = new ArrayList<>();
        List<T> batch;
        while ((batch = nextBatch(expired)) != null) {
            expired.forEach(handler::expired);
            expired.clear();
            if (!batch.isEmpty()) {
                handler.execute(batch);
            }
        }
        expired.forEach(handler::expired);
    }

    /** The next batch (possibly empty when only expired items were found); null once closed and drained. */
    private List<T> nextBatch(List<T> expired) {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                if (closed) {
                    return null;
                }
                arrived.awaitUninterruptibly();
            }
            List<T> batch = new ArrayList<>();
            T head = queue.pollFirst();
            if (expired(head)) {
                expired.add(head);
                return batch;
            }
            batch.add(head);
            if (policy.maxBatchSize() == 0) {
                return batch;
            }
            long rows = head.rows();
            long deadline = System.nanoTime() + policy.maxQueueDelayNanos();
            while (true) {
                rows = gather(head, batch, rows, expired);
                if (rows >= policy.maxBatchSize()
                        || policy.preferredBatchSizes().contains((int) rows)
                        || closed) {
                    return batch;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return batch;
                }
                arrived.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Moves queued items of the head's key into the batch, in arrival order, while they fit. */
    private long gather(T head, List<T> batch, long rows, List<T> expired) {
        Iterator<T> waiting = queue.iterator();
        while (waiting.hasNext() && rows < policy.maxBatchSize()) {
            T candidate = waiting.next();
            if (expired(candidate)) {
                waiting.remove();
                expired.add(candidate);
            } else if (candidate.batchKey().equals(head.batchKey())
                    && rows + candidate.rows() <= policy.maxBatchSize()) {
                waiting.remove();
                batch.add(candidate);
                rows += candidate.rows();
            }
        }
        return rows;
    }

    private static boolean expired(Item item) {
        return System.nanoTime() > item.deadlineNanos();
    }
}
