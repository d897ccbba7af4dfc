package org.mlopsconsole.assessment;

import java.util.Optional;
import java.util.OptionalDouble;

/** The organization's verdict over its rated dimensions; level and score only when {@code RATED}. */
public record OverallScore(ScoreStatus status, Optional<Level> level, OptionalDouble score) {

    public boolean isRated() {
        return status.isRated();
    }
}
