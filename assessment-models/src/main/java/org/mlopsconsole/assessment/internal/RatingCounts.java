package org.mlopsconsole.assessment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;

/**
 * How many respondents gave each rating to each question. Tallied respondent by respondent, walking
 * each one's own ratings, because looking every question up in every respondent's map touches
 * memory at random and was several times slower for a thousand respondents.
 */
final class RatingCounts {

    private static final int NA_SLOT = 4;
    private static final int SLOTS = 5;

    private final int[] counts;

    private RatingCounts(int questionCount) {
        this.counts = new int[questionCount * SLOTS];
    }

    static RatingCounts tally(List<Question> questions, List<Respondent> respondents) {
        Map<String, Integer> indexById = new HashMap<>(questions.size() * 2);
        for (int i = 0; i < questions.size(); i++) {
            indexById.put(questions.get(i).id(), i);
        }
        RatingCounts tally = new RatingCounts(questions.size());
        for (Respondent respondent : respondents) {
            for (Map.Entry<String, Rating> rating : respondent.ratings().entrySet()) {
                Integer index = indexById.get(rating.getKey());
                if (index != null) {
                    tally.add(index, rating.getValue());
                }
            }
        }
        return tally;
    }

    private void add(int questionIndex, Rating rating) {
        int slot = rating.isApplicable() ? rating.step() : NA_SLOT;
        counts[questionIndex * SLOTS + slot]++;
    }

    /** Respondents who gave the question the rating at {@code step} (0 NI to 3 FI). */
    int count(int questionIndex, int step) {
        return counts[questionIndex * SLOTS + step];
    }

    /** Respondents who gave the question any rating, NA included. */
    int ratedBy(int questionIndex) {
        int total = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            total += counts[questionIndex * SLOTS + slot];
        }
        return total;
    }
}
