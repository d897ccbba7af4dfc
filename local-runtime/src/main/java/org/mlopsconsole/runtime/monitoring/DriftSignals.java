package org.mlopsconsole.runtime.monitoring;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.mlopsconsole.runtime.alerts.SignalSource;
import org.mlopsconsole.runtime.drift.DriftReport;
import org.mlopsconsole.runtime.drift.FeatureDrift;

/** The latest drift comparison of each model as alert signals. */
final class DriftSignals implements SignalSource {

    static final String DRIFT_SHARE = "drift_share";
    static final String DATASET_DRIFT = "dataset_drift";
    static final String DRIFTED_FEATURES = "drifted_features";
    static final String PSI_MAX = "psi_max";
    static final String FEATURE_DRIFT = "feature_drift";
    static final String FEATURE_PSI = "feature_psi";

    private final Function<String, Optional<DriftStatus>> status;

    DriftSignals(Function<String, Optional<DriftStatus>> status) {
        this.status = status;
    }

    /** The names; the families {@code feature_drift{}} and {@code feature_psi{}} take a feature's name. */
    @Override
    public Set<String> signals() {
        return Set.copyOf(new TreeSet<>(Set.of(
                DRIFT_SHARE, DATASET_DRIFT, DRIFTED_FEATURES, PSI_MAX, FEATURE_DRIFT + "{}", FEATURE_PSI + "{}")));
    }

    @Override
    public OptionalDouble read(String model, String signal) {
        Optional<DriftReport> report =
                status.apply(model).flatMap(DriftStatus::latest).map(DriftStatus.Comparison::report);
        if (report.isEmpty()) {
            return OptionalDouble.empty();
        }
        DriftReport latest = report.get();
        return switch (signal) {
            case DRIFT_SHARE -> OptionalDouble.of(latest.driftShare());
            case DATASET_DRIFT -> OptionalDouble.of(latest.datasetDrift() ? 1 : 0);
            case DRIFTED_FEATURES -> OptionalDouble.of(latest.driftedFeatures());
            case PSI_MAX ->
                latest.features().stream().mapToDouble(FeatureDrift::psi).max();
            default -> perFeature(latest, signal);
        };
    }

    private static OptionalDouble perFeature(DriftReport report, String signal) {
        for (String prefix : new String[] {FEATURE_DRIFT, FEATURE_PSI}) {
            if (signal.startsWith(prefix + "{") && signal.endsWith("}")) {
                String feature = signal.substring(prefix.length() + 1, signal.length() - 1);
                return report.feature(feature)
                        .map(drift ->
                                OptionalDouble.of(prefix.equals(FEATURE_PSI) ? drift.psi() : drift.drift() ? 1 : 0))
                        .orElse(OptionalDouble.empty());
            }
        }
        return OptionalDouble.empty();
    }
}
