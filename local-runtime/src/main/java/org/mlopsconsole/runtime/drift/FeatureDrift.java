package org.mlopsconsole.runtime.drift;

import java.util.OptionalDouble;

/**
 * One feature's comparison.
 *
 * @param statistic the test's statistic: KS's D, chi-square's χ² (infinite when the current data
 *     holds a category the reference never had), the z score, or the distance itself
 * @param pValue the p-value, for the tests that give one
 * @param threshold the p-value or distance threshold the verdict used
 * @param psi the population stability index over the same bins, for reading in {@link PsiBand}s
 * @param referenceCount values compared from the reference (missing ones left out)
 * @param currentCount values compared from the current sample
 */
public record FeatureDrift(
        String feature,
        FeatureType type,
        DriftTest test,
        double statistic,
        OptionalDouble pValue,
        double threshold,
        boolean drift,
        double psi,
        int referenceCount,
        int currentCount) {

    public PsiBand psiBand() {
        return PsiBand.of(psi);
    }

    /** What the verdict was drawn from: the p-value where there is one, else the distance. */
    public double score() {
        return pValue.orElse(statistic);
    }
}
