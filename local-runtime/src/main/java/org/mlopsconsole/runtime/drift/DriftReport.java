package org.mlopsconsole.runtime.drift;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparison of a current sample with a reference.
 *
 * @param referenceSource where the reference came from
 * @param datasetDrift whether at least {@code datasetDriftShare} of the features drift
 * @param datasetDriftShare the share that makes the dataset drift
 * @param features the input features, in the reference's order
 * @param prediction the predictions' comparison, when the options name a prediction column
 */
public record DriftReport(
        String referenceSource,
        boolean datasetDrift,
        double datasetDriftShare,
        List<FeatureDrift> features,
        Optional<FeatureDrift> prediction) {

    public DriftReport {
        Objects.requireNonNull(referenceSource, "referenceSource");
        features = List.copyOf(features);
    }

    public int driftedFeatures() {
        return (int) features.stream().filter(FeatureDrift::drift).count();
    }

    /** The share of features that drift; 0 without features. */
    public double driftShare() {
        return features.isEmpty() ? 0 : (double) driftedFeatures() / features.size();
    }

    public Optional<FeatureDrift> feature(String name) {
        return features.stream().filter(f -> f.feature().equals(name)).findFirst();
    }
}
