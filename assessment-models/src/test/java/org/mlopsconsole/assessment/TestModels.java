package org.mlopsconsole.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small models and responses built in code, so that each rule test shows its numbers (also the analysis tests). */
public final class TestModels {

    public static final List<Level> FIVE_LEVELS = List.of(
            new Level(1, "Initial", "", 0),
            new Level(2, "Repeatable", "", 20),
            new Level(3, "Defined", "", 40),
            new Level(4, "Managed", "", 60),
            new Level(5, "Optimizing", "", 80));

    private TestModels() {}

    public static Question question(String id, int level) {
        return question(id, level, 1.0);
    }

    public static Question question(String id, int level, double weight) {
        return new Question(id, level, "Statement " + id, "", weight, List.of());
    }

    public static Dimension dimension(String id, double weight, Question... questions) {
        return new Dimension(id, "Dimension " + id, "", weight, Arrays.asList(questions));
    }

    public static MaturityModel staged(Dimension... dimensions) {
        return model(ScoringMethod.STAGED, EnumSet.of(Rating.FI, Rating.LI), dimensions);
    }

    public static MaturityModel continuous(Dimension... dimensions) {
        return model(ScoringMethod.CONTINUOUS, EnumSet.of(Rating.FI, Rating.LI), dimensions);
    }

    public static MaturityModel model(ScoringMethod scoring, Set<Rating> passRatings, Dimension... dimensions) {
        return new MaturityModel(
                1, "test", "Test model", "1", "tests", "", scoring, passRatings, FIVE_LEVELS, List.of(dimensions));
    }

    /** A points-minimum model on {@code levels} (bands) and {@code scale}. */
    public static MaturityModel pointsMinimum(List<Level> levels, RatingScale scale, Dimension... dimensions) {
        return new MaturityModel(
                1,
                "test",
                "Points",
                "1",
                "tests",
                Optional.empty(),
                "",
                ScoringMethod.POINTS_MINIMUM,
                EnumSet.of(Rating.FI),
                scale,
                levels,
                List.of(dimensions));
    }

    /** Respondents r0, r1, ... where respondent i gives the i-th rating of each question's list. */
    public static Responses responses(Map<String, String> ratingsByQuestion) {
        return responses(ratingsByQuestion, Map.of(), Map.of());
    }

    /**
     * {@code ratingsByQuestion} maps a question id to comma-separated ratings, one per respondent;
     * "-" means that respondent did not rate it.
     */
    public static Responses responses(
            Map<String, String> ratingsByQuestion, Map<String, Rating> consensus, Map<String, Integer> targets) {
        Map<Integer, Map<String, Rating>> byRespondent = new LinkedHashMap<>();
        ratingsByQuestion.forEach((questionId, list) -> {
            if (list.isBlank()) {
                return;
            }
            String[] codes = list.split(",");
            for (int i = 0; i < codes.length; i++) {
                String code = codes[i].trim();
                Map<String, Rating> ratings = byRespondent.computeIfAbsent(i, key -> new HashMap<>());
                if (!code.equals("-")) {
                    ratings.put(questionId, Rating.valueOf(code));
                }
            }
        });
        List<Respondent> respondents = new ArrayList<>();
        byRespondent.forEach(
                (index, ratings) -> respondents.add(new Respondent("r" + index, "", "", ratings, Map.of())));
        return new Responses("test", respondents, consensus, targets);
    }
}
