package org.mlopsconsole.app.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Immutable values the Monitoring section draws, prepared off the UI thread. */
public final class MonitoringData {

    private MonitoringData() {}

    public record Point(Instant at, double value) {}

    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }

        public Optional<Point> last() {
            return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
        }
    }

    /** One chart: its title, the unit of its axis, and its series (drawn in this order). */
    public record Chart(String title, String unit, List<Series> series) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    /** Everything the live charts show for one model at one poll. */
    public record Frame(String model, Instant at, List<Chart> charts, String variants) {
        public Frame {
            charts = List.copyOf(charts);
        }
    }

    /** A row of the drift statistics table. */
    public record DriftRow(
            String feature,
            String type,
            String test,
            String statistic,
            String pValue,
            String threshold,
            boolean drift,
            String psi,
            String psiBand) {}

    /** A row of the outcomes table: one time window's quality. */
    public record OutcomeRow(String window, int joined, String accuracy, String macroF1, String mae, String rmse) {}

    /** A row of the alert list. */
    public record AlertRow(String state, String model, String rule, String condition, String value, String since) {}
}
