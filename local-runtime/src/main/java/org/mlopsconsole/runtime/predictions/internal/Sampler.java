package org.mlopsconsole.runtime.predictions.internal;

/**
 * Decides from the request's number alone whether it is logged: a SplitMix64 hash of the number
 * is uniform on [0, 1), so a share f of any run of requests is kept, reproducibly, without a
 * random source shared between threads.
 */
public final class Sampler {

    private Sampler() {}

    public static boolean keeps(long requestId, double fraction) {
        if (fraction >= 1) {
            return true;
        }
        if (fraction <= 0) {
            return false;
        }
        return uniform(requestId) < fraction;
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014) mapped to [0, 1). */
    static double uniform(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
