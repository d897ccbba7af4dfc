package org.mlopsconsole.runtime.monitoring;

import java.time.Duration;
import org.mlopsconsole.runtime.drift.DriftOptions;

/**
 * How a {@link DriftMonitor} samples and how often it compares.
 *
 * @param referenceRows the first rows of a model that make its reference, when no CSV is given
 * @param windowRows the current window: the latest rows compared with the reference
 * @param everyRows compare after this many new rows...
 * @param every ...or this long after the last comparison, whichever comes first (with new rows)
 * @param options the tests and thresholds
 */
public record DriftMonitorSettings(
        int referenceRows, int windowRows, int everyRows, Duration every, DriftOptions options) {

    public DriftMonitorSettings {
        if (referenceRows < 2 || windowRows < 2) {
            throw new IllegalArgumentException("referenceRows and windowRows are at least 2");
        }
        if (everyRows < 1 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("everyRows is at least 1 and every is positive");
        }
    }

    /** 500 reference rows, a window of the latest 500, compared every 100 rows or 10 s. */
    public static DriftMonitorSettings defaults() {
        return new DriftMonitorSettings(500, 500, 100, Duration.ofSeconds(10), DriftOptions.defaults());
    }

    public DriftMonitorSettings withRows(int reference, int window, int everyNew) {
        return new DriftMonitorSettings(reference, window, everyNew, every, options);
    }
}
