package org.mlopsconsole.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.mlopsconsole.assessment.internal.ScoringEngine;

/** Scores responses against a model with the rules of docs/scoring.md. */
public final class Scorer {

    private Scorer() {}

    /**
     * The report for {@code responses}; throws {@link IllegalArgumentException} naming every
     * mismatch when they do not fit the model (see {@link #mismatches}).
     */
    public static ScoreReport score(MaturityModel model, Responses responses) {
        List<String> mismatches = mismatches(model, responses);
        if (!mismatches.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", mismatches));
        }
        return ScoringEngine.score(model, responses);
    }

    /**
     * What keeps {@code responses} from fitting {@code model}: another model's id, unknown question
     * or dimension ids, target levels the model does not have. Empty when they fit.
     */
    public static List<String> mismatches(MaturityModel model, Responses responses) {
        List<String> problems = new ArrayList<>();
        if (!model.id().equals(responses.model())) {
            problems.add("the responses are for model \"" + responses.model() + "\", not \"" + model.id() + "\"");
        }
        Set<String> questionIds = new HashSet<>();
        model.questions().forEach(question -> questionIds.add(question.id()));
        for (Respondent respondent : responses.respondents()) {
            unknown(respondent.ratings().keySet(), questionIds, "respondent " + respondent.id() + " rates", problems);
            unknown(respondent.notes().keySet(), questionIds, "respondent " + respondent.id() + " notes", problems);
        }
        unknown(responses.consensus().keySet(), questionIds, "consensus names", problems);
        new TreeMap<>(responses.targets()).forEach((dimensionId, level) -> {
            if (model.dimension(dimensionId).isEmpty()) {
                problems.add("targets name unknown dimension \"" + dimensionId + "\"");
            } else if (model.level(level).isEmpty()) {
                problems.add("target " + level + " for dimension \"" + dimensionId + "\" is not a level of the model");
            }
        });
        return problems;
    }

    private static void unknown(Set<String> ids, Set<String> known, String who, List<String> problems) {
        ids.stream()
                .filter(id -> !known.contains(id))
                .sorted()
                .forEach(id -> problems.add(who + " unknown question \"" + id + "\""));
    }
}
