package org.mlopsconsole.runtime.benchmark;

/** Hears how a running benchmark advances (for a progress bar, or lines on stderr). */
public interface BenchProgress {

    BenchProgress NONE = new BenchProgress() {};

    /** @param index 0-based, of {@code total} points */
    default void pointStarted(int index, int total, String description) {}

    /** One measurement window finished. */
    default void windowMeasured(int trial, double throughput, double p95Ms) {}

    default void pointFinished(PointResult result) {}
}
