package org.mlopsconsole.runtime.benchmark;

import java.time.Duration;

/**
 * How each point is measured, after perf_analyzer: a warmup, then time windows repeated until the
 * last {@code stableWindows} agree within {@code tolerance} on throughput and p95 latency, or
 * {@code maxTrials} windows have run (the point is then flagged unstable).
 *
 * @param maxInFlight the open loop's worker limit: requests due while all are busy wait, and that
 *     wait counts in their latency
 * @param seed for generated inputs and Poisson gaps, so two runs send the same load
 */
public record MeasurementSettings(
        Duration warmup,
        Duration window,
        int stableWindows,
        double tolerance,
        int maxTrials,
        int maxInFlight,
        Duration requestTimeout,
        long seed) {

    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(5);

    public MeasurementSettings {
        if (window.isZero() || window.isNegative() || warmup.isNegative()) {
            throw new IllegalArgumentException("the window must be positive and the warmup not negative");
        }
        if (stableWindows < 1 || maxTrials < stableWindows) {
            throw new IllegalArgumentException(
                    "max trials (" + maxTrials + ") must cover " + stableWindows + " stable windows");
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be between 0 and 1, e.g. 0.10");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in flight must be at least 1");
        }
    }

    /** perf_analyzer's defaults: 5 s windows, 3 within ±10 %, at most 10 trials; a 2 s warmup. */
    public static MeasurementSettings defaults() {
        return new MeasurementSettings(
                Duration.ofSeconds(2), DEFAULT_WINDOW, 3, 0.10, 10, 256, Duration.ofSeconds(30), 42);
    }

    public MeasurementSettings withWindow(Duration newWindow) {
        return new MeasurementSettings(
                warmup, newWindow, stableWindows, tolerance, maxTrials, maxInFlight, requestTimeout, seed);
    }

    public MeasurementSettings withWarmup(Duration newWarmup) {
        return new MeasurementSettings(
                newWarmup, window, stableWindows, tolerance, maxTrials, maxInFlight, requestTimeout, seed);
    }

    public MeasurementSettings withMaxTrials(int trials) {
        return new MeasurementSettings(
                warmup, window, stableWindows, tolerance, trials, maxInFlight, requestTimeout, seed);
    }

    public MeasurementSettings withMaxInFlight(int limit) {
        return new MeasurementSettings(
                warmup, window, stableWindows, tolerance, maxTrials, limit, requestTimeout, seed);
    }

    public MeasurementSettings withTolerance(double newTolerance) {
        return new MeasurementSettings(
                warmup, window, stableWindows, newTolerance, maxTrials, maxInFlight, requestTimeout, seed);
    }
}
