package org.mlopsconsole.runtime.predictions;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the prediction log samples and writes.
 *
 * @param sampleFraction the share of requests logged, 0 to 1 (1: every request)
 * @param modelFractions per-model shares that override {@code sampleFraction}
 * @param queueCapacity requests waiting for the writer at most; past it new ones are dropped and
 *     counted, so serving never waits for the store
 * @param maxBatch requests written to the store in one call at most
 * @param pruneInterval how often the writer applies {@code retention}
 * @param forwarding where the logged entries are also sent as CloudEvents, if anywhere
 */
public record PredictionLogSettings(
        double sampleFraction,
        Map<String, Double> modelFractions,
        int queueCapacity,
        int maxBatch,
        Retention retention,
        Duration pruneInterval,
        Optional<CloudEventSettings> forwarding) {

    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    public static final int DEFAULT_MAX_BATCH = 256;
    public static final Duration DEFAULT_PRUNE_INTERVAL = Duration.ofMinutes(1);

    public PredictionLogSettings {
        modelFractions = Map.copyOf(modelFractions);
        checkFraction("the sample fraction", sampleFraction);
        modelFractions.forEach((model, fraction) -> checkFraction("the sample fraction of model " + model, fraction));
        if (queueCapacity < 1 || maxBatch < 1) {
            throw new IllegalArgumentException(
                    "the log's queue capacity and batch must be at least 1, not " + queueCapacity + " and " + maxBatch);
        }
        if (pruneInterval.isNegative() || pruneInterval.isZero()) {
            throw new IllegalArgumentException("the prune interval must be positive, not " + pruneInterval);
        }
    }

    /** Every request, a queue of 10 000, batches of 256, {@link Retention#defaults()}, pruned each minute. */
    public static PredictionLogSettings defaults() {
        return new PredictionLogSettings(
                1.0,
                Map.of(),
                DEFAULT_QUEUE_CAPACITY,
                DEFAULT_MAX_BATCH,
                Retention.defaults(),
                DEFAULT_PRUNE_INTERVAL,
                Optional.empty());
    }

    public PredictionLogSettings withSampling(double newFraction, Map<String, Double> newModelFractions) {
        return new PredictionLogSettings(
                newFraction, newModelFractions, queueCapacity, maxBatch, retention, pruneInterval, forwarding);
    }

    public PredictionLogSettings withQueue(int newCapacity, int newMaxBatch) {
        return new PredictionLogSettings(
                sampleFraction, modelFractions, newCapacity, newMaxBatch, retention, pruneInterval, forwarding);
    }

    public PredictionLogSettings withRetention(Retention newRetention) {
        return new PredictionLogSettings(
                sampleFraction, modelFractions, queueCapacity, maxBatch, newRetention, pruneInterval, forwarding);
    }

    /** Also sends each logged entry as KServe's payload logger would (its request and response events). */
    public PredictionLogSettings withForwarding(CloudEventSettings newForwarding) {
        return new PredictionLogSettings(
                sampleFraction,
                modelFractions,
                queueCapacity,
                maxBatch,
                retention,
                pruneInterval,
                Optional.of(newForwarding));
    }

    /** The share of {@code model}'s requests that is logged. */
    public double fractionFor(String model) {
        return modelFractions.getOrDefault(model, sampleFraction);
    }

    private static void checkFraction(String what, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, not " + fraction);
        }
    }
}
