package org.mlopsconsole.runtime.predictions;

import java.time.Duration;
import java.time.Instant;

/**
 * How much of the log is kept: the newest {@code maxRows} requests (over all models), none older
 * than {@code maxAge}. Outcomes go with their predictions.
 */
public record Retention(long maxRows, Duration maxAge) {

    public static final long DEFAULT_MAX_ROWS = 1_000_000;
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);

    public Retention {
        if (maxRows < 1) {
            throw new IllegalArgumentException("the log must keep at least 1 row, not " + maxRows);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the log's maximum age must be positive, not " + maxAge);
        }
    }

    public static Retention defaults() {
        return new Retention(DEFAULT_MAX_ROWS, DEFAULT_MAX_AGE);
    }

    /** Rows older than this go. */
    public Instant oldestKept(Instant now) {
        return now.minus(maxAge);
    }
}
