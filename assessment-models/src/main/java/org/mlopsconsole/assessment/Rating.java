package org.mlopsconsole.assessment;

import java.util.Optional;

/**
 * A CMMI appraisal practice characterization. The order of the constants is the scale NI &lt; PI
 * &lt; LI &lt; FI; NA (not applicable) is outside the scale.
 */
public enum Rating {
    NI(0.0),
    PI(1.0 / 3.0),
    LI(2.0 / 3.0),
    FI(1.0),
    NA(Double.NaN);

    private final double value;

    Rating(double value) {
        this.value = value;
    }

    /** The question value used by scores: FI 1, LI 2/3, PI 1/3, NI 0; NaN for NA. */
    public double value() {
        return value;
    }

    /** The position on the NI &lt; PI &lt; LI &lt; FI scale (0 to 3); NA has none. */
    public int step() {
        return this == NA ? -1 : ordinal();
    }

    public boolean isApplicable() {
        return this != NA;
    }

    /** The rating named by {@code code} exactly (FI, LI, PI, NI or NA). */
    public static Optional<Rating> parse(String code) {
        for (Rating rating : values()) {
            if (rating.name().equals(code)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
