package org.mlopsconsole.runtime.drift.internal;

import org.mlopsconsole.runtime.drift.DriftColumn;
import org.mlopsconsole.runtime.drift.DriftOptions;
import org.mlopsconsole.runtime.drift.DriftTest;
import org.mlopsconsole.runtime.drift.FeatureDrift;
import org.mlopsconsole.runtime.drift.FeatureType;

/** One feature of the reference against the same feature of the current sample. */
public final class FeatureComparison {

    /** The fewest values a side for any test (the two-sample KS needs two). */
    public static final int MIN_VALUES = 2;

    private FeatureComparison() {}

    public static FeatureDrift compare(DriftColumn reference, DriftColumn current, DriftOptions options) {
        DriftTest test = options.tests().getOrDefault(reference.name(), defaultTest(reference, current, options));
        if (!test.accepts(reference.type())) {
            throw new IllegalArgumentException("feature '" + reference.name() + "' is "
                    + reference.type().id() + "; the " + test.id() + " test compares numbers only");
        }
        TestOutcome outcome = run(test, reference, current);
        double threshold = test.givesPValue() ? options.pValueThreshold() : options.distanceThreshold();
        double psi = Distances.populationStabilityIndex(Bins.shares(reference, current, true));
        return new FeatureDrift(
                reference.name(),
                reference.type(),
                test,
                outcome.statistic(),
                outcome.pValue(),
                threshold,
                drifts(test, outcome, threshold),
                psi,
                reference.size(),
                current.size());
    }

    /**
     * Evidently's default choice ({@code _get_default_stattest}): with at most 1000 reference
     * values KS for numbers, else chi-square (more than two values) or the z-test (two); with more,
     * Wasserstein for numbers, else Jensen–Shannon. Numbers with at most 5 distinct values (both
     * samples together) count as categories.
     */
    static DriftTest defaultTest(DriftColumn reference, DriftColumn current, DriftOptions options) {
        int distinct = Bins.distinctTogether(reference, current);
        boolean asNumbers = reference.type() == FeatureType.NUMERIC && distinct > options.fewValuesMax();
        if (reference.size() <= options.smallSampleMaxRows()) {
            if (asNumbers) {
                return DriftTest.KOLMOGOROV_SMIRNOV;
            }
            return distinct > 2 ? DriftTest.CHI_SQUARE : DriftTest.Z;
        }
        return asNumbers ? DriftTest.WASSERSTEIN : DriftTest.JENSEN_SHANNON;
    }

    private static TestOutcome run(DriftTest test, DriftColumn reference, DriftColumn current) {
        return switch (test) {
            case KOLMOGOROV_SMIRNOV -> PValueTests.kolmogorovSmirnov(numbers(reference), numbers(current));
            case CHI_SQUARE -> PValueTests.chiSquare(Bins.valueCounts(reference, current));
            case Z -> PValueTests.twoProportionZ(Bins.valueCounts(reference, current));
            case WASSERSTEIN -> Distances.wassersteinNormed(numbers(reference), numbers(current));
            case JENSEN_SHANNON -> Distances.jensenShannon(Bins.shares(reference, current, false));
        };
    }

    /** Evidently's verdicts: KS p ≤ threshold, chi-square and z p &lt; threshold, distances ≥ threshold. */
    private static boolean drifts(DriftTest test, TestOutcome outcome, double threshold) {
        if (!test.givesPValue()) {
            return outcome.statistic() >= threshold;
        }
        double p = outcome.pValue().orElseThrow();
        return test == DriftTest.KOLMOGOROV_SMIRNOV ? p <= threshold : p < threshold;
    }

    private static double[] numbers(DriftColumn column) {
        return ((DriftColumn.Numeric) column).values();
    }
}
