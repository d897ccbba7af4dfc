package org.mlopsconsole.app.assessment.agenda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How far the workshop got in one dimension: its questions settled out of all. */
public record DimensionProgress(String dimension, int settled, int questions) {

    /** One question of the workshop: its dimension and whether it is settled (consensus or all rated). */
    public record QuestionState(String dimension, boolean settled) {}

    public boolean done() {
        return settled == questions;
    }

    public double fraction() {
        return questions == 0 ? 1 : settled / (double) questions;
    }

    /** "3/8" */
    public String text() {
        return settled + "/" + questions;
    }

    /** The progress per dimension, in the order the dimensions first appear. */
    public static List<DimensionProgress> tally(List<QuestionState> questions) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (QuestionState question : questions) {
            int[] count = counts.computeIfAbsent(question.dimension(), ignored -> new int[2]);
            count[1]++;
            if (question.settled()) {
                count[0]++;
            }
        }
        List<DimensionProgress> result = new ArrayList<>();
        counts.forEach((dimension, count) -> result.add(new DimensionProgress(dimension, count[0], count[1])));
        return result;
    }
}
