package org.mlopsconsole.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A dimension's verdict. {@code level}, {@code score} and {@code gap} are present only when the
 * dimension is {@link ScoreStatus#RATED}; {@code target} is the one set for it, if any;
 * {@code nextSteps} lists the question ids to satisfy next (docs/scoring.md, rule g), empty when
 * not rated.
 */
public record DimensionScore(
        String id,
        String name,
        ScoreStatus status,
        Optional<Level> level,
        OptionalDouble score,
        OptionalInt target,
        OptionalInt gap,
        List<String> nextSteps) {

    public DimensionScore {
        nextSteps = List.copyOf(nextSteps);
    }

    public boolean isRated() {
        return status.isRated();
    }
}
