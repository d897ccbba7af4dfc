package org.mlopsconsole.assessment;

import java.util.Optional;

/**
 * A question's aggregated rating (empty when nobody rated it), whether respondents disagreed by
 * two or more steps, and how many respondents gave any rating, NA included.
 */
public record QuestionScore(String id, Optional<Rating> rating, boolean disagreement, int ratedBy) {

    public static final String UNANSWERED = "unanswered";

    /** FI, LI, PI, NI, NA or {@value #UNANSWERED}. */
    public String ratingCode() {
        return rating.map(Rating::name).orElse(UNANSWERED);
    }
}
