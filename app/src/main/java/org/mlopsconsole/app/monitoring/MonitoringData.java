package org.mlopsconsole.app.monitoring;

import java.time.Duration;
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

    /** A second value axis, on the right, for series of another unit (RSS beside CPU %). */
    public record Axis(String unit, List<Series> series) {
        public Axis {
            series = List.copyOf(series);
        }
    }

    /**
     * One chart: its title, the unit of its (left) axis, its series (drawn in this order), and
     * the series of a right axis when two units share the chart.
     */
    public record Chart(String title, String unit, List<Series> series, Optional<Axis> right) {
        public Chart {
            series = List.copyOf(series);
        }

        public Chart(String title, String unit, List<Series> series) {
            this(title, unit, series, Optional.empty());
        }

        /** The left axis' series, then the right one's. */
        public List<Series> allSeries() {
            return right.isEmpty()
                    ? series
                    : java.util.stream.Stream.concat(series.stream(), right.get().series().stream())
                            .toList();
        }
    }

    /** Everything the live charts show for one model at one poll. */
    public record Frame(String model, Instant at, List<Chart> charts, String variants) {

        /** The time axis never spans less than this, so the first seconds are not stretched across it. */
        public static final Duration MIN_SPAN = Duration.ofMinutes(1);

        public Frame {
            charts = List.copyOf(charts);
        }

        /**
         * Where the time axis starts: at the oldest point shown, so the data fill the chart as the
         * window grows, but at least {@link #MIN_SPAN} and at most {@code window} before {@link #at()}.
         */
        public Instant axisStart(Duration window) {
            Instant oldest = charts.stream()
                    .flatMap(chart -> chart.allSeries().stream())
                    .flatMap(series -> series.points().stream().limit(1))
                    .map(Point::at)
                    .min(Instant::compareTo)
                    .orElse(at);
            Instant latest = at.minus(MIN_SPAN);
            Instant earliest = at.minus(window);
            Instant start = oldest.isAfter(latest) ? latest : oldest;
            return start.isBefore(earliest) ? earliest : start;
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
