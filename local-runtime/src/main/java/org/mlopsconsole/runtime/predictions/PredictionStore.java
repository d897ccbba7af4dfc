package org.mlopsconsole.runtime.predictions;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where the prediction log goes. The runtime calls it from one writer thread at a time (never
 * from an inference thread), so an implementation may block; {@link #append} receives batches.
 * The headless server uses {@link JsonLinesPredictionStore}; the desktop app stores into its
 * workspace. Implementations throw an unchecked exception when they cannot do what is asked.
 */
public interface PredictionStore extends AutoCloseable {

    void append(List<PredictionRecord> batch);

    List<PredictionRecord> find(PredictionQuery query);

    /** Which of {@code ids} have a logged prediction of {@code model}. */
    Set<String> loggedIds(String model, Set<String> ids);

    /** Which of {@code ids} already have an outcome for {@code model}. */
    Set<String> outcomeIds(String model, Set<String> ids);

    /** Saves outcomes whose ids are logged and have none yet (the caller has checked). */
    void appendOutcomes(List<Outcome> outcomes);

    /** Predictions of {@code model} answered in {@code [from, to)} that have an outcome, oldest first. */
    List<JoinedPrediction> joined(String model, Instant from, Instant to);

    /** Drops what {@code retention} no longer keeps, outcomes with their predictions; returns the rows dropped. */
    long prune(Retention retention, Instant now);

    @Override
    default void close() {}
}
