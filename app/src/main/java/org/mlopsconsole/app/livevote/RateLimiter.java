package org.mlopsconsole.app.livevote;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each key may make {@link Rule#burst()} requests at once, and one more
 * every {@link Rule#refillEvery()}. Buckets that have filled up again are forgotten when many are
 * held, so the map stays small whatever the clients send.
 */
public final class RateLimiter {

    /** {@code burst} requests at once, then one per {@code refillEvery}. */
    public record Rule(int burst, Duration refillEvery) {

        public Rule {
            if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
                throw new IllegalArgumentException("a rate rule allows at least one request and refills over time");
            }
        }

        @Override
        public String toString() {
            return burst + " at once, then one every " + refillEvery.toMillis() + " ms";
        }
    }

    private static final int FORGET_ABOVE = 1_000;

    private final Rule rule;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    public RateLimiter(Rule rule) {
        this(rule, System::nanoTime);
    }

    /** With a clock of its own, for tests that move time instead of waiting. */
    RateLimiter(Rule rule, LongSupplier nanoTime) {
        this.rule = rule;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from {@code key}'s bucket; false when it is empty (refuse the request). */
    public boolean tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> refilled(bucket, now) >= rule.burst());
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(rule.burst(), now));
        synchronized (bucket) {
            bucket.tokens = refilled(bucket, now);
            bucket.updatedNanos = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    /** Whether {@code key} has a request left, without taking it. */
    public boolean hasLeft(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return true;
        }
        synchronized (bucket) {
            return refilled(bucket, nanoTime.getAsLong()) >= 1;
        }
    }

    /** How long a refused client waits for its next request, rounded up to whole seconds. */
    public long retryAfterSeconds() {
        return Math.max(1, (rule.refillEvery().toMillis() + 999) / 1000);
    }

    private double refilled(Bucket bucket, long now) {
        double gained =
                (double) (now - bucket.updatedNanos) / rule.refillEvery().toNanos();
        return Math.min(rule.burst(), bucket.tokens + gained);
    }
}
