package org.mlopsconsole.runtime.drift.internal;

import java.util.Arrays;

/** The distances, written out from their definitions in SciPy and Evidently. */
public final class Distances {

    /** Evidently's floor for the reference's standard deviation, so a constant column still divides. */
    static final double MIN_NORM = 0.001;

    private Distances() {}

    /**
     * {@code scipy.stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001)}:
     * the area between the two empirical distribution functions, in units of the reference's
     * (population) standard deviation.
     */
    public static TestOutcome wassersteinNormed(double[] reference, double[] current) {
        return TestOutcome.distance(wasserstein(reference, current) / Math.max(standardDeviation(reference), MIN_NORM));
    }

    /**
     * {@code scipy.spatial.distance.jensenshannon(p, q)} with the natural logarithm: each side is
     * scaled to sum to 1, m = (p + q) / 2, and the distance is sqrt((KL(p‖m) + KL(q‖m)) / 2).
     */
    public static TestOutcome jensenShannon(Bins.Shares shares) {
        double[] p = normalized(shares.reference());
        double[] q = normalized(shares.current());
        double left = 0;
        double right = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2.0;
            left += relativeEntropy(p[i], m);
            right += relativeEntropy(q[i], m);
        }
        return TestOutcome.distance(Math.sqrt((left + right) / 2.0));
    }

    /** Evidently's PSI: the sum over bins of (r − c) · ln(r / c), on shares with no empty bins. */
    public static double populationStabilityIndex(Bins.Shares shares) {
        double[] r = shares.reference();
        double[] c = shares.current();
        double psi = 0;
        for (int i = 0; i < r.length; i++) {
            psi += (r[i] - c[i]) * Math.log(r[i] / c[i]);
        }
        return psi;
    }

    /** SciPy's {@code _cdf_distance(1, u, v)}: sum of |U(x) − V(x)| over the gaps between sorted values. */
    static double wasserstein(double[] u, double[] v) {
        double[] su = sorted(u);
        double[] sv = sorted(v);
        double[] all = sorted(Bins.concat(u, v));
        double distance = 0;
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length - 1; k++) {
            while (i < su.length && su[i] <= all[k]) {
                i++;
            }
            while (j < sv.length && sv[j] <= all[k]) {
                j++;
            }
            double gap = all[k + 1] - all[k];
            distance += Math.abs(i / (double) su.length - j / (double) sv.length) * gap;
        }
        return distance;
    }

    /** {@code np.std}: the population standard deviation, around the two-pass mean. */
    static double standardDeviation(double[] values) {
        double mean = Arrays.stream(values).sum() / values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    /** {@code scipy.special.rel_entr}: x ln(x / y), 0 where x = 0. */
    private static double relativeEntropy(double x, double y) {
        if (x > 0 && y > 0) {
            return x * Math.log(x / y);
        }
        return x == 0 && y >= 0 ? 0 : Double.POSITIVE_INFINITY;
    }

    private static double[] normalized(double[] shares) {
        double total = Arrays.stream(shares).sum();
        return Arrays.stream(shares).map(share -> share / total).toArray();
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
