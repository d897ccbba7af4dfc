package org.mlopsconsole.runtime.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Graceful shutdown: counts the requests in flight; once draining, answers new ones 503 JSON, waits
 * a bounded time for the admitted ones and then answers those still waiting for the runtime 503.
 */
final class Drain extends Handler.Wrapper {

    static final String SHUTTING_DOWN = "{\"error\":\"the server is shutting down\"}";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private final Set<Pending> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean draining;

    /** An answer the runtime still owes; whoever claims it first answers. */
    final class Pending {
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final Runnable answerUnavailable;

        private Pending(Runnable answerUnavailable) {
            this.answerUnavailable = answerUnavailable;
        }

        /** True for the one caller that may answer. */
        boolean claim() {
            boolean first = claimed.compareAndSet(false, true);
            pending.remove(this);
            return first;
        }
    }

    Pending pending(Runnable answerUnavailable) {
        Pending answer = new Pending(answerUnavailable);
        pending.add(answer);
        return answer;
    }

    boolean draining() {
        return draining;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        inFlight.incrementAndGet();
        if (draining) {
            release();
            response.setStatus(503);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            response.write(true, ByteBuffer.wrap(SHUTTING_DOWN.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
        Callback counted = new Callback() {
            @Override
            public void succeeded() {
                release();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                release();
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        boolean handled;
        try {
            handled = super.handle(request, response, counted);
        } catch (Exception | Error e) {
            release();
            throw e;
        }
        if (!handled) {
            release();
        }
        return handled;
    }

    private void release() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /**
     * Stops admitting, waits up to {@code timeout} for the admitted requests, then answers those
     * still waiting for the runtime 503 and gives their answers a moment to leave.
     *
     * @return how many admitted requests were answered 503
     */
    int drain(Duration timeout) {
        draining = true;
        awaitIdle(timeout);
        int refused = 0;
        for (Pending answer : List.copyOf(pending)) {
            if (answer.claim()) {
                answer.answerUnavailable.run();
                refused++;
            }
        }
        if (refused > 0) {
            awaitIdle(Duration.ofSeconds(1));
        }
        return refused;
    }

    private void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(idle, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    int inFlight() {
        return inFlight.get();
    }
}
