package org.mlopsconsole.runtime.benchmark;

/** One level of load, as perf_analyzer's two main modes define it. */
public sealed interface LoadPoint {

    /** Closed loop: {@code clients} requests always outstanding, each sent when the previous answered. */
    record Concurrency(int clients) implements LoadPoint {
        public Concurrency {
            if (clients < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, not " + clients);
            }
        }
    }

    /**
     * Open loop: requests start on a schedule whatever the answers do, and each is timed from its
     * scheduled start, so a server that stalls shows in the percentiles (no coordinated omission).
     */
    record RequestRate(double perSecond, Arrivals arrivals) implements LoadPoint {
        public RequestRate {
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("request rate must be above 0, not " + perSecond);
            }
        }
    }

    /** How the open loop spaces its requests. */
    enum Arrivals {
        /** Exactly 1/rate apart. */
        CONSTANT,
        /** Exponentially distributed gaps with mean 1/rate, as independent users arrive. */
        POISSON
    }
}
