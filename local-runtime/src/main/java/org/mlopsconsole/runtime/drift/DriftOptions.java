package org.mlopsconsole.runtime.drift;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How features are compared; {@link #defaults()} are Evidently's (its {@code DataDriftPreset}).
 *
 * @param smallSampleMaxRows a feature with at most this many reference values gets a p-value test
 *     (KS, chi-square or z), one with more a distance (Wasserstein or Jensen–Shannon); 1000
 * @param fewValuesMax a numeric feature with at most this many distinct values (reference and
 *     current together) is compared as categories; 5
 * @param pValueThreshold drift when the p-value is under it (at most it, for KS); 0.05
 * @param distanceThreshold drift when the distance is at least it; 0.1
 * @param datasetDriftShare the dataset drifts when at least this share of its features do; 0.5
 * @param tests a test chosen per feature, instead of the default choice
 * @param predictionColumn the column holding the model's predictions: compared like a feature but
 *     reported apart and not counted for dataset drift
 */
public record DriftOptions(
        int smallSampleMaxRows,
        int fewValuesMax,
        double pValueThreshold,
        double distanceThreshold,
        double datasetDriftShare,
        Map<String, DriftTest> tests,
        Optional<String> predictionColumn) {

    public static final int DEFAULT_SMALL_SAMPLE_MAX_ROWS = 1000;
    public static final int DEFAULT_FEW_VALUES_MAX = 5;
    public static final double DEFAULT_P_VALUE_THRESHOLD = 0.05;
    public static final double DEFAULT_DISTANCE_THRESHOLD = 0.1;
    public static final double DEFAULT_DATASET_DRIFT_SHARE = 0.5;

    public DriftOptions {
        if (smallSampleMaxRows < 0 || fewValuesMax < 0) {
            throw new IllegalArgumentException("smallSampleMaxRows and fewValuesMax are not negative");
        }
        requireShare("pValueThreshold", pValueThreshold);
        requireShare("datasetDriftShare", datasetDriftShare);
        if (!(distanceThreshold >= 0)) {
            throw new IllegalArgumentException("distanceThreshold is not negative, not " + distanceThreshold);
        }
        tests = Map.copyOf(tests);
    }

    public static DriftOptions defaults() {
        return new DriftOptions(
                DEFAULT_SMALL_SAMPLE_MAX_ROWS,
                DEFAULT_FEW_VALUES_MAX,
                DEFAULT_P_VALUE_THRESHOLD,
                DEFAULT_DISTANCE_THRESHOLD,
                DEFAULT_DATASET_DRIFT_SHARE,
                Map.of(),
                Optional.empty());
    }

    public DriftOptions withTest(String feature, DriftTest test) {
        Map<String, DriftTest> chosen = new LinkedHashMap<>(tests);
        chosen.put(feature, test);
        return new DriftOptions(
                smallSampleMaxRows,
                fewValuesMax,
                pValueThreshold,
                distanceThreshold,
                datasetDriftShare,
                chosen,
                predictionColumn);
    }

    public DriftOptions withPredictionColumn(String column) {
        return new DriftOptions(
                smallSampleMaxRows,
                fewValuesMax,
                pValueThreshold,
                distanceThreshold,
                datasetDriftShare,
                tests,
                Optional.of(column));
    }

    public DriftOptions withThresholds(double pValue, double distance) {
        return new DriftOptions(
                smallSampleMaxRows, fewValuesMax, pValue, distance, datasetDriftShare, tests, predictionColumn);
    }

    public DriftOptions withDatasetDriftShare(double share) {
        return new DriftOptions(
                smallSampleMaxRows, fewValuesMax, pValueThreshold, distanceThreshold, share, tests, predictionColumn);
    }

    private static void requireShare(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " is in (0, 1], not " + value);
        }
    }
}
