package org.mlopsconsole.runtime.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.Awaiting;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.alerts.AlertEvaluator;
import org.mlopsconsole.runtime.alerts.AlertEvent;
import org.mlopsconsole.runtime.alerts.AlertRules;
import org.mlopsconsole.runtime.drift.DriftCsv;
import org.mlopsconsole.runtime.drift.DriftReference;
import org.mlopsconsole.runtime.drift.FeatureDrift;

/** Online drift of a real served Tribuo classifier's inputs, shifted and not, as alert signals. */
class DriftMonitorTest {

    private static final DriftMonitorSettings SMALL =
            DriftMonitorSettings.defaults().withRows(200, 200, 200);

    @TempDir
    Path temp;

    private LocalRuntime servedClassifier() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        LocalRuntime runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        return runtime;
    }

    /** {@code rows} requests of one row each; feature f2 moved by {@code shift} standard deviations. */
    private static void send(LocalRuntime runtime, int rows, double shift, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < rows; i++) {
            float[] row = new float[TestModels.CLASSIFIER_FEATURES];
            for (int f = 0; f < row.length; f++) {
                row[f] = (float) (random.nextGaussian() + (f == 2 ? shift : 0));
            }
            runtime.infer(InferenceRequest.of(
                            "classifier", List.of(Tensor.ofFloats("input", new long[] {1, row.length}, row))))
                    .join();
        }
    }

    private static List<String> drifted(DriftStatus status) {
        return status.latest().orElseThrow().report().features().stream()
                .filter(FeatureDrift::drift)
                .map(FeatureDrift::feature)
                .toList();
    }

    private static void awaitComparison(DriftMonitor monitor, int currentRows) {
        Awaiting.until(
                "a comparison over " + currentRows + " current rows",
                () -> monitor.status("classifier")
                        .filter(s ->
                                s.currentRows() == currentRows && s.latest().isPresent())
                        .isPresent());
    }

    @Test
    void theFirstRequestsAreTheReferenceAndOnlyTheShiftedFeatureDrifts() {
        try (LocalRuntime runtime = servedClassifier();
                DriftMonitor monitor = DriftMonitor.attach(runtime, SMALL, Clock.systemUTC())) {
            send(runtime, 200, 0, 1);
            Awaiting.until(
                    "the reference is complete",
                    () -> monitor.status("classifier")
                            .filter(DriftStatus::referenceComplete)
                            .isPresent());
            send(runtime, 200, 1.5, 2);
            awaitComparison(monitor, 200);

            DriftStatus status = monitor.status("classifier").orElseThrow();
            assertThat(status.referenceSource()).isEqualTo("the first 200 requests to classifier");
            assertThat(drifted(status)).containsExactly("f2");
            assertThat(status.latest().orElseThrow().report().datasetDrift()).isFalse();
            assertThat(status.latest().orElseThrow().distributions())
                    .extracting(FeatureDistribution::feature)
                    .containsExactly("f0", "f1", "f2", "f3");
            assertThat(monitor.signals().read("classifier", "drifted_features")).hasValue(1);
            assertThat(monitor.signals().read("classifier", "feature_drift{f2}"))
                    .hasValue(1);
            assertThat(monitor.signals().read("classifier", "feature_drift{f0}"))
                    .hasValue(0);
        }
    }

    @Test
    void aCsvReferenceWithUnshiftedRequestsFlagsNothing() throws Exception {
        Path csv = temp.resolve("reference.csv");
        StringBuilder text = new StringBuilder("f0,f1,f2,f3\n");
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            text.append(String.format(
                    java.util.Locale.ROOT,
                    "%f,%f,%f,%f%n",
                    random.nextGaussian(),
                    random.nextGaussian(),
                    random.nextGaussian(),
                    random.nextGaussian()));
        }
        Files.writeString(csv, text);
        try (LocalRuntime runtime = servedClassifier();
                DriftMonitor monitor = DriftMonitor.attach(runtime, SMALL, Clock.systemUTC())) {
            monitor.useReference("classifier", DriftReference.of("reference.csv", DriftCsv.read(csv, Map.of())));
            send(runtime, 200, 0, 3);
            awaitComparison(monitor, 200);

            DriftStatus status = monitor.status("classifier").orElseThrow();
            assertThat(status.referenceSource()).isEqualTo("reference.csv");
            assertThat(drifted(status)).isEmpty();
            assertThat(monitor.signals().read("classifier", "dataset_drift")).hasValue(0);
        }
    }

    @Test
    void aDatasetDriftAlertIsRaisedFromTheMonitorsSignals() {
        try (LocalRuntime runtime = servedClassifier();
                DriftMonitor monitor = DriftMonitor.attach(runtime, SMALL, Clock.systemUTC());
                AlertEvaluator alerts = new AlertEvaluator(Clock.systemUTC(), List.of(monitor.signals()))) {
            java.util.List<AlertEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
            alerts.addListener(events::add);
            alerts.setRules(
                    "classifier",
                    AlertRules.parse(
                            "{\"rules\": [{\"name\": \"f2 moved\", \"signal\": \"feature_drift{f2}\","
                                    + " \"comparison\": \">=\", \"threshold\": 1}]}",
                            "classifier",
                            alerts.signals()));
            send(runtime, 200, 0, 4);
            Awaiting.until(
                    "the reference is complete",
                    () -> monitor.status("classifier")
                            .filter(DriftStatus::referenceComplete)
                            .isPresent());
            alerts.evaluate();
            assertThat(events).isEmpty(); // nothing compared yet: no value, no alert

            send(runtime, 200, 2, 5);
            awaitComparison(monitor, 200);
            alerts.evaluate();

            assertThat(events).singleElement().isInstanceOf(AlertEvent.Raised.class);
        }
    }

    @Test
    void nonTabularInputsAreLeftOutAndSeveralInputsAreNamedAfterThemselves() {
        assertThat(TabularRows.of(List.of(Tensor.ofStrings("text", new long[] {1, 1}, "hello"))))
                .isEmpty();
        assertThat(TabularRows.of(List.of(Tensor.ofFloats("x", new long[] {4}, 1, 2, 3, 4))))
                .isEmpty();
        assertThat(TabularRows.of(List.of(
                                Tensor.ofLongs("age", new long[] {2, 1}, 30, 40),
                                Tensor.ofFloats("scores", new long[] {2, 2}, 1, 2, 3, 4)))
                        .orElseThrow())
                .containsExactly(
                        Map.of("age", 30.0, "scores.f0", 1.0, "scores.f1", 2.0),
                        Map.of("age", 40.0, "scores.f0", 3.0, "scores.f1", 4.0));
    }

    @Test
    void theDriftSignalsAreKnownToAlertRulesWithAFeatureInBraces() {
        DriftMonitor monitor = new DriftMonitor(SMALL, Clock.systemUTC());
        try (monitor) {
            Set<String> signals = monitor.signals().signals();
            assertThat(signals).contains("drift_share", "dataset_drift", "drifted_features", "psi_max");
            assertThat(AlertRules.parse(
                            "{\"rules\": [{\"name\": \"a\", \"signal\": \"feature_psi{age}\", \"comparison\": \">\","
                                    + " \"threshold\": 0.25, \"window\": \"1m\", \"for\": \"0s\"}]}",
                            "m",
                            signals))
                    .singleElement()
                    .satisfies(rule -> assertThat(rule.window()).isEqualTo(Duration.ofMinutes(1)));
            assertThat(monitor.signals().read("m", "drift_share")).isEmpty();
        }
    }
}
