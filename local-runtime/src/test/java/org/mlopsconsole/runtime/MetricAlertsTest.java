package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hawkular.agent.prometheus.types.Gauge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.alerts.AlertEvaluator;
import org.mlopsconsole.runtime.alerts.AlertEvent;
import org.mlopsconsole.runtime.alerts.AlertRules;
import org.mlopsconsole.runtime.alerts.MutableClock;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;

/** An alert on a metric of a served model, raised and resolved on an injected clock. */
class MetricAlertsTest {

    @TempDir
    Path temp;

    @Test
    void anErrorRatioAlertIsRaisedFromTheMetricsAndShownAsAGauge() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        AlertRules.write(
                repository,
                "classifier",
                "{\"rules\": [{\"name\": \"errors\", \"signal\": \"error_ratio\", \"comparison\": \">\","
                        + " \"threshold\": 0.2}]}",
                java.util.Set.of("error_ratio"));
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        List<AlertEvent> events = new ArrayList<>();
        try (LocalRuntime runtime = LocalRuntime.create(repository);
                RuntimeMetrics metrics = RuntimeMetrics.attach(runtime, clock);
                AlertEvaluator alerts = new AlertEvaluator(clock, List.of(metrics.signals()))) {
            metrics.track(alerts);
            alerts.addListener(events::add);
            assertThat(AlertRules.loadAll(repository, alerts)).isEmpty();
            runtime.loadAll().join();
            for (int i = 0; i < 2; i++) {
                runtime.infer(InferenceRequest.of("classifier", List.of(Fixtures.classifierInput(1, i))))
                        .join();
                InferenceRequest wrong = InferenceRequest.of(
                        "classifier", List.of(Tensor.ofFloats("input", new long[] {1, 3}, 1, 2, 3)));
                assertThatThrownBy(() -> runtime.infer(wrong).join()).hasCauseInstanceOf(InvalidInputException.class);
            }
            // a request refused before a version is chosen counts for version 0
            Awaiting.until("the metrics saw the four requests", () -> counted(metrics) == 22);

            alerts.evaluate();
            assertThat(events).singleElement().isInstanceOf(AlertEvent.Raised.class);
            assertThat(events.get(0).value()).isEqualTo(0.5);
            assertThat(alertGauge(metrics)).isEqualTo(1);

            clock.advance(Duration.ofSeconds(11)); // the requests leave the metrics' recent window
            alerts.evaluate();
            assertThat(events).hasSize(2).last().isInstanceOf(AlertEvent.Resolved.class);
            assertThat(alertGauge(metrics)).isZero();
        }
    }

    private static long counted(RuntimeMetrics metrics) {
        return metrics.snapshot().models().stream()
                .mapToLong(m -> m.successes() * 10 + m.failures())
                .sum();
    }

    private static double alertGauge(RuntimeMetrics metrics) {
        return PrometheusText.parse(metrics.scrape())
                .<Gauge>series("mlops_alert_active", Map.of("model", "classifier", "rule", "errors"))
                .getValue();
    }
}
