package org.mlopsconsole.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries one workshop's answers to the {@code mlops-practices} model over to every other model:
 * a question's rating is the lowest rating among the practices-model questions that share one of
 * its practices, unanswered if any of those is unanswered (or none exists).
 */
public final class Crosswalk {

    private final ModelCatalog catalog;

    public Crosswalk(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The practices model's report first, then each other model's, in catalog order. */
    public List<ScoreReport> scoreAll(Responses practiceResponses) {
        MaturityModel practicesModel = catalog.practicesModel();
        ScoreReport practicesReport = Scorer.score(practicesModel, practiceResponses);
        List<ScoreReport> reports = new ArrayList<>();
        reports.add(practicesReport);
        for (MaturityModel model : catalog.models()) {
            if (!model.id().equals(practicesModel.id())) {
                reports.add(Scorer.score(model, derive(model, practicesReport)));
            }
        }
        return reports;
    }

    /** Responses to {@code target} whose consensus holds the ratings derived from the report. */
    public Responses derive(MaturityModel target, ScoreReport practicesReport) {
        Map<String, List<Optional<Rating>>> ratingsByPractice = ratingsByPractice(practicesReport);
        Map<String, Rating> consensus = new LinkedHashMap<>();
        target.questions()
                .forEach(question -> lowestRating(question, ratingsByPractice)
                        .ifPresent(rating -> consensus.put(question.id(), rating)));
        return new Responses(target.id(), List.of(), consensus, Map.of());
    }

    private Map<String, List<Optional<Rating>>> ratingsByPractice(ScoreReport practicesReport) {
        Map<String, Optional<Rating>> ratingByQuestion = new HashMap<>();
        practicesReport.questions().forEach(score -> ratingByQuestion.put(score.id(), score.rating()));
        Map<String, List<Optional<Rating>>> byPractice = new HashMap<>();
        catalog.practicesModel().questions().forEach(question -> {
            for (String practice : question.practices()) {
                byPractice.computeIfAbsent(practice, key -> new ArrayList<>()).add(ratingByQuestion.get(question.id()));
            }
        });
        return byPractice;
    }

    /** Lowest on NI &lt; PI &lt; LI &lt; FI; NA only when every linked rating is NA. */
    private static Optional<Rating> lowestRating(
            Question question, Map<String, List<Optional<Rating>>> ratingsByPractice) {
        Rating lowest = null;
        boolean any = false;
        for (String practice : question.practices()) {
            List<Optional<Rating>> ratings = ratingsByPractice.getOrDefault(practice, List.of());
            if (ratings.isEmpty()) {
                return Optional.empty();
            }
            for (Optional<Rating> rating : ratings) {
                if (rating.isEmpty()) {
                    return Optional.empty();
                }
                any = true;
                Rating value = rating.get();
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
