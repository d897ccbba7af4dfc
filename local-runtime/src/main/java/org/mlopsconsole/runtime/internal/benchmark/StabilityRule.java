package org.mlopsconsole.runtime.internal.benchmark;

import java.util.List;

/**
 * perf_analyzer's stability rule: the last {@code windows} measurements agree when every one of
 * them lies within ±{@code tolerance} of their mean, on throughput and on p95 latency alike.
 */
public final class StabilityRule {

    private StabilityRule() {}

    /** One window's two figures. */
    public record WindowFigures(double throughput, double p95Ms) {}

    public static boolean stable(List<WindowFigures> measured, int windows, double tolerance) {
        if (measured.size() < windows) {
            return false;
        }
        List<WindowFigures> last = measured.subList(measured.size() - windows, measured.size());
        return agree(last.stream().mapToDouble(WindowFigures::throughput).toArray(), tolerance)
                && agree(last.stream().mapToDouble(WindowFigures::p95Ms).toArray(), tolerance);
    }

    static boolean agree(double[] values, double tolerance) {
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        if (mean <= 0) {
            // nothing completed (or nothing measurable): not a result to call stable
            return false;
        }
        for (double value : values) {
            if (Math.abs(value - mean) > tolerance * mean) {
                return false;
            }
        }
        return true;
    }
}
