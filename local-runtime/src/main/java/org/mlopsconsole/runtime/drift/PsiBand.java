package org.mlopsconsole.runtime.drift;

/**
 * The usual reading of the population stability index (after E. M. Lewis, <i>An Introduction to
 * Credit Scoring</i>): under 0.1 no significant change, 0.1 to 0.25 a moderate one, 0.25 and
 * over a major one.
 */
public enum PsiBand {
    STABLE("stable"),
    MODERATE("moderate"),
    MAJOR("major");

    public static final double MODERATE_FROM = 0.1;
    public static final double MAJOR_FROM = 0.25;

    private final String id;

    PsiBand(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PsiBand of(double psi) {
        if (psi >= MAJOR_FROM) {
            return MAJOR;
        }
        return psi >= MODERATE_FROM ? MODERATE : STABLE;
    }
}
