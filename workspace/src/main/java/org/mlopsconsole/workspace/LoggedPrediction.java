package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.Optional;

/**
 * One answered request of a served model, as the workspace keeps it. The runtime owns the
 * meaning: {@code predictionId} is its join key for outcomes, and {@code inputsJson} and
 * {@code outputsJson} are its JSON summaries of the tensors, stored as they come.
 */
public record LoggedPrediction(
        String predictionId,
        String model,
        long requestId,
        Optional<String> clientId,
        Instant answeredAt,
        long version,
        Optional<String> variant,
        long latencyMicros,
        String inputsJson,
        String outputsJson) {}
