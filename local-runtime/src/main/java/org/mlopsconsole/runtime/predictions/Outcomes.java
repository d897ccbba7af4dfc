package org.mlopsconsole.runtime.predictions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.mlopsconsole.runtime.predictions.internal.PredictedValues;
import org.mlopsconsole.runtime.predictions.internal.QualityMetrics;

/**
 * Joins ground truth to logged predictions by {@link PredictionRecord#id()} (the client's request
 * id when it sent one), and measures the predictions per time window: accuracy and macro-F1 for
 * labels, MAE and RMSE for values. Get it from {@link PredictionLog#outcomes()}.
 */
public final class Outcomes {

    /** An outcome as a client reports it. */
    public record Reported(String id, GroundTruth truth) {}

    /** The most windows one summary may ask for. */
    public static final int MAX_WINDOWS = 1000;

    private final PredictionStore store;
    private final Clock clock;

    Outcomes(PredictionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Saves the outcomes whose id has a logged prediction of {@code model} and no outcome yet;
     * reports the others. One batch at a time, so two batches cannot both join one id.
     */
    public synchronized OutcomeReport record(String model, List<Reported> reported) {
        Map<String, Reported> first = new LinkedHashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (Reported outcome : reported) {
            if (first.putIfAbsent(outcome.id(), outcome) != null) {
                duplicates.add(outcome.id());
            }
        }
        Set<String> ids = first.keySet();
        Set<String> logged = store.loggedIds(model, ids);
        Set<String> joinedBefore = store.outcomeIds(model, ids);
        List<String> unknown = new ArrayList<>();
        List<Outcome> joined = new ArrayList<>();
        Instant now = clock.instant();
        for (Reported outcome : first.values()) {
            if (!logged.contains(outcome.id())) {
                unknown.add(outcome.id());
            } else if (joinedBefore.contains(outcome.id())) {
                duplicates.add(outcome.id());
            } else {
                joined.add(new Outcome(model, outcome.id(), outcome.truth(), now));
            }
        }
        if (!joined.isEmpty()) {
            store.appendOutcomes(joined);
        }
        return new OutcomeReport(model, reported.size(), joined.size(), unknown, List.copyOf(duplicates));
    }

    /**
     * {@code count} consecutive windows of length {@code window} ending now, oldest first: a rolling
     * view of the model's quality by when its predictions were answered.
     */
    public List<OutcomeWindow> summary(String model, Duration window, int count) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, not " + window);
        }
        if (count < 1 || count > MAX_WINDOWS) {
            throw new IllegalArgumentException("ask for 1 to " + MAX_WINDOWS + " windows, not " + count);
        }
        Instant end = clock.instant();
        Instant start = end.minus(window.multipliedBy(count));
        List<List<JoinedPrediction>> buckets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            buckets.add(new ArrayList<>());
        }
        for (JoinedPrediction joined : store.joined(model, start, end)) {
            long index = Duration.between(start, joined.prediction().time()).toNanos() / window.toNanos();
            if (index >= 0 && index < count) {
                buckets.get((int) index).add(joined);
            }
        }
        List<OutcomeWindow> windows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant from = start.plus(window.multipliedBy(i));
            windows.add(measure(from, from.plus(window), buckets.get(i)));
        }
        return windows;
    }

    private static OutcomeWindow measure(Instant from, Instant to, List<JoinedPrediction> joined) {
        List<QualityMetrics.LabelPair> labels = new ArrayList<>();
        List<QualityMetrics.ValuePair> values = new ArrayList<>();
        int unscored = 0;
        for (JoinedPrediction pair : joined) {
            GroundTruth truth = pair.outcome().truth();
            boolean scored = truth instanceof GroundTruth.Label label
                    ? PredictedValues.label(pair.prediction())
                            .map(predicted -> labels.add(new QualityMetrics.LabelPair(label.label(), predicted)))
                            .isPresent()
                    : add(values, (GroundTruth.Value) truth, PredictedValues.value(pair.prediction()));
            if (!scored) {
                unscored++;
            }
        }
        return new OutcomeWindow(
                from,
                to,
                joined.size(),
                unscored,
                labels.isEmpty() ? Optional.empty() : Optional.of(QualityMetrics.classification(labels)),
                values.isEmpty() ? Optional.empty() : Optional.of(QualityMetrics.regression(values)));
    }

    private static boolean add(
            List<QualityMetrics.ValuePair> values, GroundTruth.Value actual, OptionalDouble predicted) {
        predicted.ifPresent(p -> values.add(new QualityMetrics.ValuePair(actual.value(), p)));
        return predicted.isPresent();
    }
}
