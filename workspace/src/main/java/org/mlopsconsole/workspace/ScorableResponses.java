package org.mlopsconsole.workspace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;

/**
 * A workspace assessment's saved responses, as the model it uses today can score them. A bundled
 * model may be revised after a workshop: ratings and notes of questions it no longer asks, and
 * targets of dimensions or levels it no longer has, stay saved in the workspace but are left out
 * here, so that scoring never fails on them; {@link #notice()} says what was left out.
 *
 * @param responses the saved responses without what the model no longer has
 * @param staleRatings how many saved ratings (a participant's or a consensus) were left out
 * @param staleTargets how many saved targets were left out
 */
public record ScorableResponses(MaturityModel model, Responses responses, int staleRatings, int staleTargets) {

    /** The part of {@code saved} that {@code model} can score. */
    public static ScorableResponses of(MaturityModel model, Responses saved) {
        Set<String> asked = new HashSet<>();
        model.questions().forEach(question -> asked.add(question.id()));
        int[] stale = {0};
        List<Respondent> respondents = saved.respondents().stream()
                .map(respondent -> new Respondent(
                        respondent.id(),
                        respondent.name(),
                        respondent.role(),
                        kept(respondent.ratings(), asked, stale),
                        kept(respondent.notes(), asked, new int[1])))
                .toList();
        Map<String, Rating> consensus = kept(saved.consensus(), asked, stale);
        Map<String, Integer> targets = new HashMap<>();
        saved.targets().forEach((dimension, level) -> {
            if (model.dimension(dimension).isPresent() && model.level(level).isPresent()) {
                targets.put(dimension, level);
            }
        });
        Responses scorable = new Responses(saved.model(), respondents, consensus, targets);
        return new ScorableResponses(model, scorable, stale[0], saved.targets().size() - targets.size());
    }

    private static <V> Map<String, V> kept(Map<String, V> byQuestion, Set<String> asked, int[] leftOut) {
        Map<String, V> kept = new HashMap<>();
        byQuestion.forEach((question, value) -> {
            if (asked.contains(question)) {
                kept.put(question, value);
            } else {
                leftOut[0]++;
            }
        });
        return kept;
    }

    /**
     * "2 saved ratings are for questions model Google MLOps no longer asks; they stay saved but are
     * not scored.", or empty when nothing was left out.
     */
    public Optional<String> notice() {
        if (staleRatings == 0 && staleTargets == 0) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        if (staleRatings > 0) {
            text.append(staleRatings == 1 ? "1 saved rating is" : staleRatings + " saved ratings are")
                    .append(" for questions model ")
                    .append(model.name())
                    .append(" no longer asks");
        }
        if (staleTargets > 0) {
            text.append(text.isEmpty() ? "" : "; ")
                    .append(staleTargets == 1 ? "1 saved target is" : staleTargets + " saved targets are")
                    .append(" for dimensions or levels model ")
                    .append(model.name())
                    .append(" no longer has");
        }
        return Optional.of(text.append(": they stay saved but are not scored.").toString());
    }
}
