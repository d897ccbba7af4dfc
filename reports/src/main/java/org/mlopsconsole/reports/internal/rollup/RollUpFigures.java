package org.mlopsconsole.reports.internal.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.reports.OrganizationRollUp;
import org.mlopsconsole.reports.OrganizationRollUp.TeamResult;

/**
 * The numbers every roll-up format shows, computed once. Levels are ordinal, so their median is
 * the lower of the two middle values; scores take the usual median. The weakest team of a
 * dimension has the lowest level there, then the lowest score; teams tied on both share the place.
 */
public final class RollUpFigures {

    /** One dimension across the teams. */
    public record Across(
            Dimension dimension,
            int medianLevel,
            int lowestLevel,
            int highestLevel,
            OptionalDouble medianScore,
            OptionalDouble lowestScore,
            OptionalDouble highestScore,
            List<String> weakestTeams) {}

    private static final Comparator<OptionalDouble> EMPTY_LAST =
            Comparator.comparingDouble(score -> score.orElse(Double.POSITIVE_INFINITY));

    private final OrganizationRollUp rollUp;
    private final List<Across> dimensions;

    public RollUpFigures(OrganizationRollUp rollUp) {
        this.rollUp = rollUp;
        List<Across> across = new ArrayList<>();
        for (int d = 0; d < rollUp.model().dimensions().size(); d++) {
            across.add(across(d));
        }
        this.dimensions = List.copyOf(across);
    }

    public OrganizationRollUp rollUp() {
        return rollUp;
    }

    public MaturityModel model() {
        return rollUp.model();
    }

    public List<TeamResult> teams() {
        return rollUp.teams();
    }

    /** Per dimension, in model order. */
    public List<Across> dimensions() {
        return dimensions;
    }

    /** Up to {@code count} dimensions, lowest median level first, then lowest median score. */
    public List<Across> weakestDimensions(int count) {
        return dimensions.stream()
                .sorted(Comparator.comparingInt(Across::medianLevel).thenComparing(Across::medianScore, EMPTY_LAST))
                .limit(count)
                .toList();
    }

    /** The lower median of the teams' overall levels. */
    public int medianOverallLevel() {
        return lowerMedian(teams().stream()
                .map(team -> team.score().overall().level().id())
                .toList());
    }

    public OptionalDouble medianOverallScore() {
        return median(
                teams().stream().map(team -> team.score().overall().score()).toList());
    }

    /** "3 (Defined)", or the bare number for a level the model does not have. */
    public String levelText(int levelId) {
        return model().level(levelId)
                .map(level -> level.id() + " (" + level.name() + ")")
                .orElse(String.valueOf(levelId));
    }

    public int topLevel() {
        return model().levels().get(model().levels().size() - 1).id();
    }

    private Across across(int index) {
        List<DimensionScore> scores = teams().stream()
                .map(team -> team.score().dimensions().get(index))
                .toList();
        List<Integer> levels = scores.stream().map(s -> s.level().id()).toList();
        List<OptionalDouble> values = scores.stream().map(DimensionScore::score).toList();
        List<Double> present = present(values);
        int lowest = levels.stream().mapToInt(Integer::intValue).min().orElseThrow();
        OptionalDouble lowestScoreAtLowestLevel = scores.stream()
                .filter(s -> s.level().id() == lowest)
                .map(DimensionScore::score)
                .min(EMPTY_LAST)
                .orElseThrow();
        List<String> weakest = new ArrayList<>();
        for (int t = 0; t < scores.size(); t++) {
            DimensionScore score = scores.get(t);
            if (score.level().id() == lowest && score.score().equals(lowestScoreAtLowestLevel)) {
                weakest.add(teams().get(t).team());
            }
        }
        return new Across(
                model().dimensions().get(index),
                lowerMedian(levels),
                lowest,
                levels.stream().mapToInt(Integer::intValue).max().orElseThrow(),
                median(values),
                present.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(present.get(0)),
                present.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(present.get(present.size() - 1)),
                List.copyOf(weakest));
    }

    /** The middle value, or the lower of the two middle ones: levels are ordinal. */
    static int lowerMedian(List<Integer> levels) {
        List<Integer> sorted = levels.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The middle of the present values, or the mean of the two middle ones; empty when none is. */
    static OptionalDouble median(List<OptionalDouble> values) {
        List<Double> sorted = present(values);
        int n = sorted.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    private static List<Double> present(List<OptionalDouble> values) {
        return values.stream()
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .sorted()
                .toList();
    }
}
