package org.mlopsconsole.runtime.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.runtime.drift.DriftReport;

/**
 * Where a model's drift monitoring stands.
 *
 * @param referenceSource a CSV file, or "the first N requests to m"
 * @param referenceRows rows in the reference so far
 * @param referenceComplete whether the reference is fixed (a CSV, or N requests seen)
 * @param currentRows rows in the current window
 * @param latest the latest comparison, once the reference is complete and the window has rows
 * @param problem why the latest attempt to compare failed (a reference column the requests lack,
 *     say), if it did
 */
public record DriftStatus(
        String model,
        String referenceSource,
        int referenceRows,
        boolean referenceComplete,
        int currentRows,
        Optional<Comparison> latest,
        Optional<String> problem) {

    /** A comparison of the window with the reference, and both distributions per feature. */
    public record Comparison(Instant at, DriftReport report, List<FeatureDistribution> distributions) {
        public Comparison {
            distributions = List.copyOf(distributions);
        }
    }
}
