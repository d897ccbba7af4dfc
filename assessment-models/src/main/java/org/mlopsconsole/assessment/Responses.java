package org.mlopsconsole.assessment;

import java.util.List;
import java.util.Map;

/**
 * The answers gathered for one model: each respondent's ratings, the ratings a workshop agreed on
 * ({@code consensus}, by question id) and the target level per dimension id.
 */
public record Responses(
        String model, List<Respondent> respondents, Map<String, Rating> consensus, Map<String, Integer> targets) {

    public Responses {
        respondents = List.copyOf(respondents);
        consensus = Map.copyOf(consensus);
        targets = Map.copyOf(targets);
    }

    /** Responses nobody has filled in yet. */
    public static Responses empty(String modelId) {
        return new Responses(modelId, List.of(), Map.of(), Map.of());
    }
}
