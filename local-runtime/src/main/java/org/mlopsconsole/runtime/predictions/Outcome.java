package org.mlopsconsole.runtime.predictions;

import java.time.Instant;

/**
 * Ground truth for one logged request of {@code model}, joined by {@link PredictionRecord#id()}.
 *
 * @param receivedAt when the runtime was told
 */
public record Outcome(String model, String id, GroundTruth truth, Instant receivedAt) {}
