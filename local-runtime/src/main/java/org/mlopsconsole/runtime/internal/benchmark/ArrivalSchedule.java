package org.mlopsconsole.runtime.internal.benchmark;

import java.util.SplittableRandom;
import org.mlopsconsole.runtime.benchmark.LoadPoint;

/** The open loop's gaps between scheduled request starts, in nanoseconds. */
public final class ArrivalSchedule {

    private final double meanGapNanos;
    private final boolean poisson;
    private final SplittableRandom random;

    public ArrivalSchedule(LoadPoint.RequestRate rate, long seed) {
        this.meanGapNanos = 1e9 / rate.perSecond();
        this.poisson = rate.arrivals() == LoadPoint.Arrivals.POISSON;
        this.random = new SplittableRandom(seed);
    }

    /** The next gap: constant, or exponential with the same mean (inverse transform sampling). */
    public long nextGapNanos() {
        if (!poisson) {
            return Math.round(meanGapNanos);
        }
        // 1 - u lies in (0, 1], so the logarithm is finite
        return Math.round(-Math.log(1.0 - random.nextDouble()) * meanGapNanos);
    }
}
