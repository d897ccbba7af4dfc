package org.mlopsconsole.runtime.predictions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.predictions.internal.QualityMetrics;

class OutcomesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final MemoryStore store = new MemoryStore();
    private final Outcomes outcomes = new Outcomes(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void unknownAndDuplicateIdsAreReportedAndOnlyTheFirstOutcomeOfAnIdJoins() {
        store.append(List.of(
                Records.predicting("a", NOW.minusSeconds(60), 0),
                Records.predicting("b", NOW.minusSeconds(50), 1),
                Records.predicting("c", NOW.minusSeconds(40), 2)));
        outcomes.record(Records.MODEL, List.of(label("c", "2")));

        OutcomeReport report = outcomes.record(
                Records.MODEL,
                List.of(label("a", "0"), label("ghost", "1"), label("a", "1"), label("b", "1"), label("c", "0")));

        assertThat(report.received()).isEqualTo(5);
        assertThat(report.joined()).isEqualTo(2);
        assertThat(report.unknownIds()).containsExactly("ghost");
        assertThat(report.duplicateIds()).containsExactly("a", "c");
        assertThat(store.joined(Records.MODEL, Instant.EPOCH, NOW))
                .extracting(pair -> pair.outcome().truth())
                .containsExactly(new GroundTruth.Label("0"), new GroundTruth.Label("1"), new GroundTruth.Label("2"));
    }

    @Test
    void anotherModelsIdsAreUnknown() {
        store.append(List.of(Records.predicting("a", NOW.minusSeconds(60), 0)));

        OutcomeReport report = outcomes.record("other-model", List.of(label("a", "0")));

        assertThat(report.joined()).isZero();
        assertThat(report.unknownIds()).containsExactly("a");
    }

    /** y_true 0 0 1 1 2 2, y_pred 0 1 1 1 2 0: scikit-learn gives accuracy 4/6 and macro-F1 (1/2 + 4/5 + 2/3) / 3. */
    @Test
    void accuracyAndMacroF1OfAKnownSet() {
        int[] truth = {0, 0, 1, 1, 2, 2};
        int[] predicted = {0, 1, 1, 1, 2, 0};
        List<Outcomes.Reported> reported = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            store.append(List.of(Records.predicting("r" + i, NOW.minusSeconds(100 - i), predicted[i])));
            reported.add(label("r" + i, Integer.toString(truth[i])));
        }
        outcomes.record(Records.MODEL, reported);

        OutcomeWindow window =
                outcomes.summary(Records.MODEL, Duration.ofHours(1), 1).get(0);

        assertThat(window.joined()).isEqualTo(6);
        assertThat(window.unscored()).isZero();
        OutcomeWindow.Classification classification = window.classification().orElseThrow();
        assertThat(classification.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(classification.macroF1()).isCloseTo((0.5 + 0.8 + 2.0 / 3) / 3, within(1e-12));
        assertThat(classification.classes()).containsExactly("0", "1", "2");
        assertThat(window.regression()).isEmpty();
    }

    /** Errors 0.5, 0, -1, 1: MAE 0.625, RMSE sqrt(2.25 / 4) = 0.75. */
    @Test
    void maeAndRmseOfAKnownSet() {
        double[] truth = {1, 2, 3, 4};
        double[] predicted = {1.5, 2, 2, 5};
        List<Outcomes.Reported> reported = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            store.append(List.of(Records.scored("r" + i, NOW.minusSeconds(10), predicted[i])));
            reported.add(new Outcomes.Reported("r" + i, new GroundTruth.Value(truth[i])));
        }
        outcomes.record(Records.MODEL, reported);

        OutcomeWindow.Regression regression = outcomes.summary(Records.MODEL, Duration.ofMinutes(5), 1)
                .get(0)
                .regression()
                .orElseThrow();

        assertThat(regression.count()).isEqualTo(4);
        assertThat(regression.meanAbsoluteError()).isCloseTo(0.625, within(1e-12));
        assertThat(regression.rootMeanSquaredError()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void eachWindowMeasuresThePredictionsAnsweredInIt() {
        store.append(List.of(
                Records.predicting("old-right", NOW.minus(Duration.ofMinutes(150)), 1),
                Records.predicting("mid-right", NOW.minus(Duration.ofMinutes(90)), 1),
                Records.predicting("mid-wrong", NOW.minus(Duration.ofMinutes(80)), 2),
                Records.predicting("new-wrong", NOW.minus(Duration.ofMinutes(5)), 0)));
        outcomes.record(
                Records.MODEL,
                List.of(
                        label("old-right", "1"),
                        label("mid-right", "1"),
                        label("mid-wrong", "1"),
                        label("new-wrong", "1")));

        List<OutcomeWindow> windows = outcomes.summary(Records.MODEL, Duration.ofHours(1), 3);

        assertThat(windows)
                .extracting(OutcomeWindow::from)
                .containsExactly(
                        NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)));
        assertThat(windows).extracting(OutcomeWindow::joined).containsExactly(1, 2, 1);
        assertThat(windows)
                .extracting(w -> w.classification().orElseThrow().accuracy())
                .containsExactly(1.0, 0.5, 0.0);
    }

    @ParameterizedTest(name = "true {0}, predicted {1}: accuracy {2}, macro-F1 {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a b c   | a b c   | 1.0  | 1.0",
                "a a a a | a a a b | 0.75 | 0.42857142857142855",
                "a b     | b a     | 0.0  | 0.0",
                "x       | x       | 1.0  | 1.0",
            })
    void classificationMetricsMatchScikitLearn(String truth, String predicted, double accuracy, double macroF1) {
        String[] actual = truth.trim().split(" +");
        String[] guessed = predicted.trim().split(" +");
        List<QualityMetrics.LabelPair> pairs = new ArrayList<>();
        for (int i = 0; i < actual.length; i++) {
            pairs.add(new QualityMetrics.LabelPair(actual[i], guessed[i]));
        }

        OutcomeWindow.Classification metrics = QualityMetrics.classification(pairs);

        assertThat(metrics.accuracy()).isCloseTo(accuracy, within(1e-12));
        assertThat(metrics.macroF1()).isCloseTo(macroF1, within(1e-12));
    }

    @Test
    void aDigestOutputCannotBeScoredAndIsCounted() {
        PredictionRecord big = Records.predicting("big", NOW.minusSeconds(5), 0);
        PredictionRecord digest = new PredictionRecord(
                big.id(),
                big.requestId(),
                big.clientId(),
                big.time(),
                big.model(),
                big.version(),
                big.variant(),
                big.latencyMicros(),
                big.inputs(),
                List.of(new TensorSummary.Digest(
                        "output", org.mlopsconsole.runtime.DataType.FP32, List.of(1L, 384L), 1536, "ab")));
        store.append(List.of(digest));
        outcomes.record(Records.MODEL, List.of(label("big", "0")));

        OutcomeWindow window =
                outcomes.summary(Records.MODEL, Duration.ofMinutes(1), 1).get(0);

        assertThat(window.joined()).isEqualTo(1);
        assertThat(window.unscored()).isEqualTo(1);
        assertThat(window.classification()).isEmpty();
    }

    private static Outcomes.Reported label(String id, String label) {
        return new Outcomes.Reported(id, new GroundTruth.Label(label));
    }
}
