package org.mlopsconsole.runtime.monitoring;

import java.util.List;

/**
 * One feature's reference and current distributions over the same bins, as shares (each side
 * sums to 1): ten equal-width bins over the reference's range for numbers (values outside it
 * fall in the end bins), one bin per category otherwise.
 */
public record FeatureDistribution(String feature, List<String> bins, List<Double> reference, List<Double> current) {

    public FeatureDistribution {
        bins = List.copyOf(bins);
        reference = List.copyOf(reference);
        current = List.copyOf(current);
    }
}
