package org.mlopsconsole.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries one workshop's answers to the {@code mlops-practices} model over to every other model:
 * a question's rating is the lowest rating among the practices-model questions of its primary
 * practices, unanswered if any of those is unanswered (or it has no primary practice). Related
 * links never change a derived rating. docs/crosswalk.md explains the method and its limits.
 */
public final class Crosswalk {

    /**
     * One model's derived verdict: how many of its questions got a rating from the practice
     * answers ({@code derived}), and the practices-model questions they came from. For the
     * practices model itself ({@code direct}), {@code derived} counts the questions answered.
     */
    public record Result(ScoreReport report, int questions, int derived, List<String> fromQuestions, boolean direct) {
        public Result {
            fromQuestions = List.copyOf(fromQuestions);
        }

        /**
         * What the verdict rests on, as every output says it: "12/40 derived from 5 practice
         * answers"; for the practices model, "2/52 answered".
         */
        public String describe() {
            String counted = derived + "/" + questions;
            if (direct) {
                return counted + " answered";
            }
            int sources = fromQuestions.size();
            return counted + " derived from " + sources + " practice answer" + (sources == 1 ? "" : "s");
        }
    }

    private final ModelCatalog catalog;

    public Crosswalk(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The practices model's report first, then each other model's, in catalog order. */
    public List<ScoreReport> scoreAll(Responses practiceResponses) {
        return deriveAll(practiceResponses).stream().map(Result::report).toList();
    }

    /** Like {@link #scoreAll}, with what each derived verdict rests on. */
    public List<Result> deriveAll(Responses practiceResponses) {
        MaturityModel practicesModel = catalog.practicesModel();
        ScoreReport practicesReport = Scorer.score(practicesModel, practiceResponses);
        int answered = (int) practicesReport.questions().stream()
                .filter(score -> score.rating().isPresent())
                .count();
        List<Result> results = new ArrayList<>();
        results.add(new Result(practicesReport, practicesReport.questions().size(), answered, List.of(), true));
        Map<String, List<Source>> sources = sourcesByPractice(practicesReport);
        for (MaturityModel model : catalog.models()) {
            if (!model.id().equals(practicesModel.id())) {
                results.add(derive(model, sources));
            }
        }
        return results;
    }

    /** Responses to {@code target} whose consensus holds the ratings derived from the report. */
    public Responses derive(MaturityModel target, ScoreReport practicesReport) {
        return responses(target, derivedRatings(target, sourcesByPractice(practicesReport)));
    }

    private Result derive(MaturityModel model, Map<String, List<Source>> sources) {
        Map<String, Rating> ratings = derivedRatings(model, sources);
        Set<String> from = new LinkedHashSet<>();
        model.questions()
                .filter(question -> ratings.containsKey(question.id()))
                .forEach(question -> question.primaryPractices()
                        .forEach(practice -> sources.getOrDefault(practice, List.of())
                                .forEach(source -> from.add(source.questionId()))));
        ScoreReport report = Scorer.score(model, responses(model, ratings));
        return new Result(report, (int) model.questions().count(), ratings.size(), List.copyOf(from), false);
    }

    private static Responses responses(MaturityModel target, Map<String, Rating> consensus) {
        return new Responses(target.id(), List.of(), consensus, Map.of());
    }

    private Map<String, Rating> derivedRatings(MaturityModel target, Map<String, List<Source>> sources) {
        Map<String, Rating> consensus = new LinkedHashMap<>();
        target.questions()
                .forEach(question ->
                        lowestRating(question, sources).ifPresent(rating -> consensus.put(question.id(), rating)));
        return consensus;
    }

    /** A practices-model question that asks about a practice, and its aggregated rating. */
    private record Source(String questionId, Optional<Rating> rating) {}

    private Map<String, List<Source>> sourcesByPractice(ScoreReport practicesReport) {
        Map<String, Optional<Rating>> ratingByQuestion = new HashMap<>();
        practicesReport.questions().forEach(score -> ratingByQuestion.put(score.id(), score.rating()));
        Map<String, List<Source>> byPractice = new HashMap<>();
        catalog.practicesModel().questions().forEach(question -> {
            for (String practice : question.primaryPractices()) {
                byPractice
                        .computeIfAbsent(practice, key -> new ArrayList<>())
                        .add(new Source(question.id(), ratingByQuestion.get(question.id())));
            }
        });
        return byPractice;
    }

    /** Lowest on NI &lt; PI &lt; LI &lt; FI over primary links; NA only when every one is NA. */
    private static Optional<Rating> lowestRating(Question question, Map<String, List<Source>> sources) {
        Rating lowest = null;
        boolean any = false;
        for (String practice : question.primaryPractices()) {
            List<Source> linked = sources.getOrDefault(practice, List.of());
            if (linked.isEmpty()) {
                return Optional.empty();
            }
            for (Source source : linked) {
                if (source.rating().isEmpty()) {
                    return Optional.empty();
                }
                any = true;
                Rating value = source.rating().get();
                if (value.isApplicable() && (lowest == null || value.step() < lowest.step())) {
                    lowest = value;
                }
            }
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(lowest == null ? Rating.NA : lowest);
    }
}
