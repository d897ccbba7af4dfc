package org.mlopsconsole.assessment;

import java.util.Locale;

/**
 * Whether a dimension (or the whole assessment) has a verdict: {@code RATED} when at least one
 * question has an applicable rating (FI, LI, PI or NI), {@code NOT_APPLICABLE} when every question
 * is NA, {@code NOT_ASSESSED} otherwise. Only a rated dimension has a level and a score.
 */
public enum ScoreStatus {
    RATED,
    NOT_APPLICABLE,
    NOT_ASSESSED;

    /** {@code rated}, {@code not-applicable} or {@code not-assessed}, as in the JSON output. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How screens and reports name the status: "rated", "not applicable", "not assessed". */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean isRated() {
        return this == RATED;
    }
}
