package org.mlopsconsole.runtime.drift.internal;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.SignificanceResult;

/** The tests with p-values, from Apache Commons Statistics, set up as SciPy and Evidently use them. */
public final class PValueTests {

    /** SciPy's {@code ks_2samp} (method "auto") is exact while both samples have at most this many values. */
    static final int KS_EXACT_MAX_SIZE = 10_000;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private PValueTests() {}

    /**
     * Two-sided two-sample Kolmogorov–Smirnov, P(D ≥ d): exact up to 10000 values a side, else
     * Smirnov's asymptotic distribution, as {@code scipy.stats.ks_2samp}. Ties are resolved as
     * SciPy does, by comparing the empirical distributions after each run of equal values.
     */
    public static TestOutcome kolmogorovSmirnov(double[] reference, double[] current) {
        PValueMethod method = Math.max(reference.length, current.length) <= KS_EXACT_MAX_SIZE
                ? PValueMethod.EXACT
                : PValueMethod.ASYMPTOTIC;
        KolmogorovSmirnovTest.TwoResult result =
                KolmogorovSmirnovTest.withDefaults().with(method).test(reference, current);
        return TestOutcome.of(result.getStatistic(), result.getPValue());
    }

    /**
     * Evidently's chi-square: {@code scipy.stats.chisquare} of the current counts against the
     * reference's counts scaled to the current size. A category the reference never had makes the
     * statistic infinite and the p-value 0, as in SciPy; a single category, no evidence (p = 1).
     */
    public static TestOutcome chiSquare(Bins.Counts counts) {
        if (counts.bins() < 2) {
            return TestOutcome.of(0, 1);
        }
        long referenceTotal = Arrays.stream(counts.reference()).sum();
        long currentTotal = Arrays.stream(counts.current()).sum();
        double scale = currentTotal / (double) referenceTotal;
        double[] expected =
                Arrays.stream(counts.reference()).mapToDouble(n -> n * scale).toArray();
        if (Arrays.stream(expected).anyMatch(e -> e == 0)) {
            return TestOutcome.of(Double.POSITIVE_INFINITY, 0);
        }
        SignificanceResult result = ChiSquareTest.withDefaults().test(expected, counts.current());
        return TestOutcome.of(result.getStatistic(), result.getPValue());
    }

    /**
     * Evidently's z-test of two proportions: the share of values other than the first (in sorted
     * order) in each sample, the pooled standard error, p = 2 · P(Z ≥ |z|). One and the same
     * value on both sides is no evidence: z = 0, p = 1.
     */
    public static TestOutcome twoProportionZ(Bins.Counts counts) {
        long[] reference = counts.reference();
        long[] current = counts.current();
        long n1 = Arrays.stream(reference).sum();
        long n2 = Arrays.stream(current).sum();
        if (counts.bins() < 2) {
            return TestOutcome.of(0, 1);
        }
        double p1 = (n1 - reference[0]) / (double) n1;
        double p2 = (n2 - current[0]) / (double) n2;
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return TestOutcome.of(z, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    }
}
