package org.mlopsconsole.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * How a model turns question ratings into levels: by gates (staged), by score thresholds
 * (continuous), or by the ML Test Score's rubric of points summed per dimension and the minimum
 * over dimensions (points-minimum).
 */
public enum ScoringMethod {
    STAGED,
    CONTINUOUS,
    POINTS_MINIMUM;

    /** The name used in model files and outputs: {@code staged}, {@code continuous} or {@code points-minimum}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether levels follow a dimension's score (continuous and points-minimum) rather than gates. */
    public boolean levelsFromScore() {
        return this != STAGED;
    }

    public static Optional<ScoringMethod> parse(String code) {
        for (ScoringMethod method : values()) {
            if (method.code().equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
