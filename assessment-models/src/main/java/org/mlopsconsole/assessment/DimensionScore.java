package org.mlopsconsole.assessment;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A dimension's verdict. {@code score} is empty when every question is NA; {@code target} and
 * {@code gap} are empty without a target; {@code nextSteps} lists the unsatisfied questions at the
 * lowest level not yet reached.
 */
public record DimensionScore(
        String id,
        String name,
        Level level,
        OptionalDouble score,
        OptionalInt target,
        OptionalInt gap,
        List<String> nextSteps) {

    public DimensionScore {
        nextSteps = List.copyOf(nextSteps);
    }
}
