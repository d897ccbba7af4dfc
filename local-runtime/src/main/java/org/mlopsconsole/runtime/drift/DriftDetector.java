package org.mlopsconsole.runtime.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.runtime.drift.internal.FeatureComparison;

/**
 * Compares a current sample with a reference, feature by feature, with Evidently's default
 * tests and thresholds ({@link DriftOptions#defaults()}); see docs/runtime.md, "Drift".
 */
public final class DriftDetector {

    private DriftDetector() {}

    /**
     * Every column of the reference is a feature (the prediction column, if the options name one,
     * is compared too but reported apart); the current sample must have each of them, of the same
     * type, and may have more. Each side needs at least two values of every feature.
     *
     * @throws IllegalArgumentException when a feature is missing, of another type, or too short
     */
    public static DriftReport compare(DriftReference reference, DriftSample current, DriftOptions options) {
        options.predictionColumn().ifPresent(column -> requireColumn(reference, column));
        List<FeatureDrift> features = new ArrayList<>();
        Optional<FeatureDrift> prediction = Optional.empty();
        for (DriftColumn column : reference.sample().columns()) {
            FeatureDrift drift = FeatureComparison.compare(column, matching(column, current), options);
            if (options.predictionColumn().filter(column.name()::equals).isPresent()) {
                prediction = Optional.of(drift);
            } else {
                features.add(drift);
            }
        }
        DriftReport undecided =
                new DriftReport(reference.source(), false, options.datasetDriftShare(), features, prediction);
        boolean datasetDrift = !features.isEmpty() && undecided.driftShare() >= options.datasetDriftShare();
        return new DriftReport(reference.source(), datasetDrift, options.datasetDriftShare(), features, prediction);
    }

    private static DriftColumn matching(DriftColumn reference, DriftSample current) {
        DriftColumn column = current.column(reference.name())
                .orElseThrow(() ->
                        new IllegalArgumentException("the current sample has no column '" + reference.name() + "'"));
        if (column.type() != reference.type()) {
            throw new IllegalArgumentException(
                    "column '" + reference.name() + "' is " + reference.type().id() + " in the reference but "
                            + column.type().id() + " in the current sample");
        }
        requireValues(reference, "reference");
        requireValues(column, "current sample");
        return column;
    }

    private static void requireValues(DriftColumn column, String side) {
        if (column.size() < FeatureComparison.MIN_VALUES) {
            throw new IllegalArgumentException("column '" + column.name() + "' has " + column.size()
                    + " value(s) in the " + side + "; a comparison needs at least " + FeatureComparison.MIN_VALUES);
        }
    }

    private static void requireColumn(DriftReference reference, String column) {
        if (reference.sample().column(column).isEmpty()) {
            throw new IllegalArgumentException("the prediction column '" + column + "' is not in the reference");
        }
    }
}
