package org.mlopsconsole.assessment.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;

/**
 * One question's ratings across the participants of a workshop, as the room sees them while
 * rating: the spread, the disagreement flag (rule b, the engine's) and whether everyone agreed.
 *
 * @param participants how many people take part, rated or not
 * @param ratings the ratings given so far, NA included, one per participant who rated
 */
public record QuestionTally(int participants, List<Rating> ratings) {

    /** Rule b of docs/scoring.md: applicable ratings this many steps apart or more disagree. */
    public static final int DISAGREEMENT_STEPS = 2;

    public QuestionTally {
        ratings = List.copyOf(ratings);
        if (ratings.size() > participants) {
            throw new IllegalArgumentException(ratings.size() + " ratings from " + participants + " participants");
        }
    }

    public static QuestionTally of(int participants, Collection<Rating> ratings) {
        return new QuestionTally(participants, List.copyOf(ratings));
    }

    /** Rule b on the lowest and highest step of a question's applicable ratings. */
    public static boolean disagree(int lowestStep, int highestStep) {
        return highestStep - lowestStep >= DISAGREEMENT_STEPS;
    }

    public int ratedBy() {
        return ratings.size();
    }

    public boolean everyoneRated() {
        return participants > 0 && ratings.size() == participants;
    }

    /** The lowest applicable rating (NA aside). */
    public Optional<Rating> lowest() {
        return ratings.stream().filter(Rating::isApplicable).min(Rating::compareTo);
    }

    /** The highest applicable rating (NA aside). */
    public Optional<Rating> highest() {
        return ratings.stream().filter(Rating::isApplicable).max(Rating::compareTo);
    }

    /** Steps between the lowest and highest applicable rating; 0 with fewer than two. */
    public int steps() {
        return lowest().isEmpty() ? 0 : highest().get().step() - lowest().get().step();
    }

    public boolean disagreement() {
        return lowest().isPresent()
                && disagree(lowest().get().step(), highest().get().step());
    }

    /** The rating every participant gave, present only when all have rated and all alike. */
    public Optional<Rating> unanimous() {
        if (!everyoneRated() || ratings.stream().distinct().count() != 1) {
            return Optional.empty();
        }
        return Optional.of(ratings.get(0));
    }

    /**
     * The spread in words: "No ratings yet", "All rated FI" (everyone, alike), "Spread PI–FI (2
     * steps)", with "2 of 3 rated: " in front while some have not rated and ", 1 NA" after.
     */
    public String spreadText() {
        return spreadText(RatingScale.standard());
    }

    /** {@link #spreadText()} with ratings as the model shows them: "All rated Yes". */
    public String spreadText(RatingScale scale) {
        if (ratings.isEmpty()) {
            return "No ratings yet";
        }
        Optional<Rating> all = unanimous();
        if (all.isPresent()) {
            return "All rated " + scale.shown(all.get());
        }
        long na = ratings.stream().filter(rating -> !rating.isApplicable()).count();
        String notApplicable = scale.shown(Rating.NA);
        String spread;
        if (lowest().isEmpty()) {
            spread = notApplicable;
        } else {
            String low = scale.shown(lowest().get());
            spread = steps() == 0
                    ? "rated " + low
                    : "spread " + low + "–" + scale.shown(highest().get()) + " (" + steps() + " step"
                            + (steps() == 1 ? "" : "s") + ")";
            spread += na == 0 ? "" : ", " + na + " " + notApplicable;
        }
        return everyoneRated() ? capitalized(spread) : ratedBy() + " of " + participants + " rated: " + spread;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
