package org.mlopsconsole.runtime.predictions;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Logged requests of one model in {@code [from, to)}, newest first.
 *
 * @param ids only these ids; empty for any
 * @param limit at most this many
 */
public record PredictionQuery(String model, Instant from, Instant to, Set<String> ids, int limit) {

    public PredictionQuery {
        ids = Set.copyOf(ids);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the window " + from + " to " + to + " is empty");
        }
    }

    public static PredictionQuery latest(String model, int limit) {
        return new PredictionQuery(model, Instant.EPOCH, Instant.now().plusSeconds(1), Set.of(), limit);
    }

    public Optional<Set<String>> idFilter() {
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }
}
