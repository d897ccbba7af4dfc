package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/** The actual outcome of a logged request: a class label, or a value for regression (exactly one). */
public record RecordedOutcome(
        String model, String predictionId, Optional<String> label, OptionalDouble value, Instant receivedAt) {

    public RecordedOutcome {
        if (label.isPresent() == value.isPresent()) {
            throw new IllegalArgumentException("outcome " + predictionId + " needs either a label or a value, not "
                    + (label.isPresent() ? "both" : "neither"));
        }
    }
}
