package org.mlopsconsole.assessment.challenges;

import java.util.List;
import org.mlopsconsole.assessment.internal.Codes;

/**
 * A challenge the client faces, rated. {@link #score()} is likelihood × impact (1–25).
 *
 * @param challenge the catalog id, or the register's own id for a challenge not in the catalog
 * @param likelihood 1 (rare) to 5 (almost certain)
 * @param impact 1 (negligible) to 5 (severe)
 * @param dimensions the assessment dimensions it threatens at this client
 * @param roadmapQuestions question ids of roadmap items that answer it
 */
public record RegisteredChallenge(
        String challenge,
        String name,
        int likelihood,
        int impact,
        List<DimensionRef> dimensions,
        List<String> roadmapQuestions,
        String notes) {

    /** The bands of the score: low 1–4, medium 5–9, high 10–16, critical 17–25. */
    public enum Band {
        LOW,
        MEDIUM,
        HIGH,
        CRITICAL;

        public String code() {
            return Codes.of(this);
        }
    }

    /** @throws IllegalArgumentException when likelihood or impact is outside 1–5 */
    public RegisteredChallenge {
        requireRating("likelihood", likelihood);
        requireRating("impact", impact);
        dimensions = List.copyOf(dimensions);
        roadmapQuestions = List.copyOf(roadmapQuestions);
    }

    /** A catalog challenge rated, with the dimensions the catalog links it to. */
    public static RegisteredChallenge of(Challenge challenge, int likelihood, int impact) {
        return new RegisteredChallenge(
                challenge.id(), challenge.name(), likelihood, impact, challenge.threatens(), List.of(), "");
    }

    public int score() {
        return likelihood * impact;
    }

    public Band band() {
        int score = score();
        return score <= 4 ? Band.LOW : score <= 9 ? Band.MEDIUM : score <= 16 ? Band.HIGH : Band.CRITICAL;
    }

    public RegisteredChallenge withRoadmapQuestions(List<String> questions) {
        return new RegisteredChallenge(challenge, name, likelihood, impact, dimensions, questions, notes);
    }

    private static void requireRating(String what, int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException(what + " must be from 1 to 5, not " + value);
        }
    }
}
