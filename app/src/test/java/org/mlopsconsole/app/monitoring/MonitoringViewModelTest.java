package org.mlopsconsole.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.monitoring.MonitoringData.Chart;
import org.mlopsconsole.app.monitoring.MonitoringData.Series;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.alerts.AlertEvaluator;
import org.mlopsconsole.runtime.alerts.SignalSource;
import org.mlopsconsole.runtime.metrics.MetricsSnapshot;
import org.mlopsconsole.runtime.monitoring.DriftMonitor;
import org.mlopsconsole.runtime.monitoring.DriftMonitorSettings;

/** The Monitoring ViewModel on an injected clock, scheduler and executors, without the toolkit. */
class MonitoringViewModelTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path temp;

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final List<Runnable> ticks = new ArrayList<>();
    private final AtomicReference<MetricsSnapshot> snapshot = new AtomicReference<>();
    private final AtomicReference<Double> signal = new AtomicReference<>(0.0);
    private final AlertFeed feed = new AlertFeed();
    private final DriftMonitor drift = new DriftMonitor(DriftMonitorSettings.defaults(), clock);
    private final AlertEvaluator alerts = new AlertEvaluator(clock, List.of(new SignalSource() {
        @Override
        public Set<String> signals() {
            return Set.of("latency_p95_ms");
        }

        @Override
        public OptionalDouble read(String model, String name) {
            return OptionalDouble.of(signal.get());
        }
    }));

    private MonitoringViewModel viewModel;

    private MonitoringViewModel viewModel() {
        alerts.addListener(feed);
        MonitoringViewModel.Sources sources = new MonitoringViewModel.Sources(
                snapshot::get,
                drift,
                alerts,
                feed,
                ModelRepository.open(temp.resolve("repo")),
                model -> List.of(new MonitoringData.OutcomeRow("00:00–00:01", 3, "0.667", "0.5", "—", "—")));
        viewModel = new MonitoringViewModel(
                sources,
                clock,
                (interval, task) -> {
                    ticks.add(task);
                    return () -> ticks.remove(task);
                },
                Runnable::run,
                Runnable::run);
        return viewModel;
    }

    @AfterEach
    void close() {
        drift.close();
        alerts.close();
    }

    private static MetricsSnapshot snapshot(Instant at, double throughput, double p95) {
        MetricsSnapshot.Recent recent =
                new MetricsSnapshot.Recent(Duration.ofSeconds(10), throughput, 0.5, 1, p95, p95 * 2, 4);
        MetricsSnapshot.ModelMetrics classifier =
                new MetricsSnapshot.ModelMetrics("classifier", 1, 100, 2, Map.of(), 100, 25, 0, 3, recent);
        return new MetricsSnapshot(
                at,
                List.of(classifier),
                Map.of("group", "classifier"),
                new MetricsSnapshot.ProcessMetrics(
                        OptionalDouble.of(0.25), OptionalLong.of(512L << 20), OptionalLong.of(40)),
                new MetricsSnapshot.DiskMetrics(1000, OptionalLong.of(10), OptionalLong.of(20)),
                0);
    }

    private void tick(double throughput, double p95) {
        snapshot.set(snapshot(now.get(), throughput, p95));
        List.copyOf(ticks).forEach(Runnable::run);
        now.set(now.get().plusSeconds(1));
    }

    private static Series series(MonitoringData.Frame frame, String chart, String series) {
        return frame.charts().stream()
                .filter(c -> c.title().equals(chart))
                .flatMap(c -> c.allSeries().stream())
                .filter(s -> s.name().equals(series))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachTickAddsAPointToTheSelectedModelsSeriesAndOldPointsLeaveTheWindow() {
        MonitoringViewModel model = viewModel();
        model.start();
        assertThat(ticks).hasSize(1);

        tick(10, 5);
        tick(20, 6);

        assertThat(model.models()).containsExactly("classifier");
        assertThat(model.selectedModelProperty().get()).isEqualTo("classifier");
        MonitoringData.Frame frame = model.frameProperty().get();
        assertThat(frame.charts())
                .extracting(Chart::title)
                .containsExactly("Throughput", "Latency", "Queue depth", "Batch size", "Errors", "Process");
        assertThat(series(frame, "Throughput", "answered").points())
                .extracting(MonitoringData.Point::value)
                .containsExactly(10.0, 20.0);
        assertThat(series(frame, "Latency", "p99").last().orElseThrow().value()).isEqualTo(12.0);
        assertThat(series(frame, "Queue depth", "pending").last().orElseThrow().value())
                .isEqualTo(3.0);
        assertThat(series(frame, "Process", "RSS MiB").last().orElseThrow().value())
                .isEqualTo(512.0);
        assertThat(series(frame, "Process", "CPU %").last().orElseThrow().value())
                .isEqualTo(25.0);
        Chart process = frame.charts().get(5);
        assertThat(process.unit()).as("CPU on the left axis").isEqualTo("CPU %");
        assertThat(process.series()).extracting(Series::name).containsExactly("CPU %");
        assertThat(process.right().orElseThrow().unit())
                .as("RSS on an axis of its own")
                .isEqualTo("RSS MiB");
        assertThat(process.right().orElseThrow().series())
                .extracting(Series::name)
                .containsExactly("RSS MiB");
        assertThat(frame.variants()).isEqualTo("Current variant: group → classifier");

        now.set(now.get().plus(MonitoringViewModel.WINDOW));
        tick(30, 7);
        assertThat(series(model.frameProperty().get(), "Throughput", "answered").points())
                .extracting(MonitoringData.Point::value)
                .containsExactly(30.0);

        model.close();
        assertThat(ticks).isEmpty();
    }

    /** Oldest point's age in seconds → where the time axis starts, in seconds before the frame. */
    @org.junit.jupiter.params.ParameterizedTest(name = "data from {0} s ago: the axis starts {1} s before now")
    @org.junit.jupiter.params.provider.CsvSource({
        "0, 60", // a first point: the least span, not a stretched instant
        "30, 60",
        "60, 60",
        "90, 90", // the window grows with the data actually present
        "200, 200",
        "300, 300",
        "400, 300", // never past the window
        "-1, 60", // no point at all
    })
    void theTimeAxisStartsAtTheOldestPointWithinAMinuteAndTheWindow(long oldestAgo, long startsAgo) {
        Instant at = START.plusSeconds(1000);
        List<MonitoringData.Point> points = oldestAgo < 0
                ? List.of()
                : List.of(new MonitoringData.Point(at.minusSeconds(oldestAgo), 1), new MonitoringData.Point(at, 2));
        MonitoringData.Frame frame = new MonitoringData.Frame(
                "m",
                at,
                List.of(
                        new Chart("Throughput", "requests/s", List.of(new Series("answered", List.of()))),
                        new Chart(
                                "Process",
                                "CPU %",
                                List.of(),
                                java.util.Optional.of(
                                        new MonitoringData.Axis("RSS MiB", List.of(new Series("RSS MiB", points)))))),
                "");

        assertThat(frame.axisStart(MonitoringViewModel.WINDOW)).isEqualTo(at.minusSeconds(startsAgo));
    }

    @Test
    void theFramesTimeAxisFollowsTheTicksNotTheWholeWindow() {
        MonitoringViewModel model = viewModel();
        model.start();
        Instant first = now.get();
        for (int i = 0; i < 100; i++) {
            tick(10, 5);
        }

        MonitoringData.Frame frame = model.frameProperty().get();

        assertThat(frame.axisStart(MonitoringViewModel.WINDOW)).isEqualTo(first);
        model.close();
    }

    @Test
    void aRaisedAlertIsListedActiveThenResolvedWithItsRuleValueAndSince() {
        MonitoringViewModel model = viewModel();
        model.start();
        alerts.setRules(
                "classifier",
                org.mlopsconsole.runtime.alerts.AlertRules.parse(
                        "{\"rules\": [{\"name\": \"slow\", \"signal\": \"latency_p95_ms\", \"comparison\": \">\","
                                + " \"threshold\": 50}]}",
                        "classifier",
                        alerts.signals()));
        signal.set(80.0);
        alerts.evaluate();
        now.set(now.get().plusSeconds(30));
        tick(1, 80);

        assertThat(model.alertRows())
                .singleElement()
                .isEqualTo(new MonitoringData.AlertRow(
                        "active", "classifier", "slow", "latency_p95_ms > 50", "80", "30 s ago"));

        signal.set(10.0);
        alerts.evaluate();
        tick(1, 10);
        assertThat(model.alertRows())
                .singleElement()
                .extracting(MonitoringData.AlertRow::state)
                .isEqualTo("resolved");
    }

    @Test
    void rulesWithAMistakeAreRefusedWithTheirLineAndGoodOnesAreSavedAndApplied() {
        MonitoringViewModel model = viewModel();
        assertThat(temp.resolve("repo/classifier").toFile().mkdirs()).isTrue();
        model.selectedModelProperty().set("classifier");
        assertThat(model.rulesTextProperty().get()).contains("\"rules\"");

        model.rulesTextProperty()
                .set("{\"rules\": [\n  {\"name\": \"slow\", \"signal\": \"latency_p96_ms\","
                        + " \"comparison\": \">\", \"threshold\": 50}]}");
        model.saveRules();
        assertThat(model.messageProperty().get())
                .contains("classifier/alerts.json")
                .contains("line 2")
                .contains("'latency_p96_ms' is not a known signal");
        assertThat(alerts.rules("classifier")).isEmpty();

        model.rulesTextProperty().set(model.rulesTextProperty().get().replace("p96", "p95"));
        model.saveRules();
        assertThat(model.messageProperty().get()).isEqualTo("Alert rules of classifier saved.");
        assertThat(alerts.rules("classifier"))
                .singleElement()
                .satisfies(rule -> assertThat(rule.name()).isEqualTo("slow"));
        assertThat(temp.resolve("repo/classifier/alerts.json")).exists();
    }

    @Test
    void withoutTabularRequestsTheDriftPanelSaysWhatItWaitsForAndOutcomesAreShown() {
        MonitoringViewModel model = viewModel();
        model.start();
        tick(1, 1);

        assertThat(model.driftReferenceProperty().get()).startsWith("No tabular requests yet");
        assertThat(model.driftRows()).isEmpty();
        assertThat(model.outcomeRows())
                .singleElement()
                .extracting(MonitoringData.OutcomeRow::accuracy)
                .isEqualTo("0.667");
    }
}
