/**
 * Data drift, offline: a reference sample against a current one, feature by feature and for the
 * predictions, with Evidently's default tests and thresholds (docs/runtime.md, "Drift").
 *
 * <p>{@link org.mlopsconsole.runtime.drift.DriftDetector#compare} takes a {@link
 * org.mlopsconsole.runtime.drift.DriftReference} and a current {@link
 * org.mlopsconsole.runtime.drift.DriftSample} (columns of values, from a CSV file through {@link
 * org.mlopsconsole.runtime.drift.DriftCsv} or fed value by value, say from the prediction log)
 * and returns a {@link org.mlopsconsole.runtime.drift.DriftReport}.
 */
package org.mlopsconsole.runtime.drift;
