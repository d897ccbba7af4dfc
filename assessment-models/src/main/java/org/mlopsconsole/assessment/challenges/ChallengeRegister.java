package org.mlopsconsole.assessment.challenges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;

/** The challenges a client faces, each once. */
public record ChallengeRegister(List<RegisteredChallenge> entries) {

    /** @throws IllegalArgumentException when a challenge appears twice */
    public ChallengeRegister {
        entries = List.copyOf(entries);
        Set<String> ids = new HashSet<>();
        entries.forEach(entry -> {
            if (!ids.add(entry.challenge())) {
                throw new IllegalArgumentException("challenge \"" + entry.challenge() + "\" is registered twice");
            }
        });
    }

    /** Highest score first; ties by impact, then in register order. */
    public List<RegisteredChallenge> byScore() {
        return entries.stream()
                .sorted(Comparator.comparingInt(RegisteredChallenge::score)
                        .thenComparingInt(RegisteredChallenge::impact)
                        .reversed())
                .toList();
    }

    /**
     * Every link that names nothing in {@code models}: dimensions of unknown models or unknown
     * dimensions, and roadmap question ids no model of the catalog has; empty when all resolve.
     */
    public List<String> unresolvedLinks(ModelCatalog models) {
        Set<String> questions = new HashSet<>();
        models.models().stream().flatMap(MaturityModel::questions).forEach(question -> questions.add(question.id()));
        List<String> problems = new ArrayList<>();
        entries.forEach(entry -> {
            entry.dimensions().stream()
                    .filter(ref -> ref.resolve(models).isEmpty())
                    .forEach(ref -> problems.add(entry.challenge() + ": unknown dimension " + ref));
            entry.roadmapQuestions().stream()
                    .filter(id -> !questions.contains(id))
                    .forEach(id -> problems.add(entry.challenge() + ": unknown question " + id));
        });
        return problems;
    }
}
