package org.mlopsconsole.assessment;

import java.util.List;

/**
 * A statement respondents rate; it belongs to the level it gates in staged models (points-minimum
 * models need no level: their questions carry the floor's id). {@code evidence} says what an
 * assessor sees when it is fully implemented; {@code levelRationale} why it sits at its level.
 */
public record Question(
        String id,
        int level,
        String text,
        String guidance,
        double weight,
        List<PracticeLink> links,
        Basis basis,
        String evidence,
        String levelRationale) {

    public Question {
        links = List.copyOf(links);
    }

    /** A question with primary links to {@code practices} and nothing said about its basis. */
    public Question(String id, int level, String text, String guidance, double weight, List<String> practices) {
        this(
                id,
                level,
                text,
                guidance,
                weight,
                practices.stream().map(PracticeLink::primary).toList(),
                new Basis.Unstated(),
                "",
                "");
    }

    /** Every linked practice id, primary and related, in file order. */
    public List<String> practices() {
        return links.stream().map(PracticeLink::practice).toList();
    }

    /** The practice ids the crosswalk derives this question's rating from. */
    public List<String> primaryPractices() {
        return links.stream()
                .filter(PracticeLink::isPrimary)
                .map(PracticeLink::practice)
                .toList();
    }
}
