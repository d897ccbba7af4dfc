package org.mlopsconsole.assessment.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreStatus;

/**
 * Teams of one organization rolled up, all scored on the same model. Only rated verdicts count:
 * per dimension the median level is the lower of the two middle levels of the teams rated there
 * (levels are ordinal), the median score the usual median of their scores; a team whose dimension
 * is not applicable or not assessed is named as such and left out of the figures. The weakest team
 * of a dimension has the lowest level there, then the lowest score; teams tied on both share the
 * place.
 */
public final class RollUp {

    /** One team's latest assessment. */
    public record Team(String name, ScoreReport score) {}

    /** A team without a verdict somewhere, and which status it has there. */
    public record NotRated(String team, ScoreStatus status) {

        /** "Data team (not assessed)". */
        public String text() {
            return team + " (" + status.words() + ")";
        }
    }

    /** One dimension across the teams; levels and scores over the rated teams only. */
    public record DimensionFigures(
            Dimension dimension,
            int ratedTeams,
            Optional<Level> medianLevel,
            Optional<Level> lowestLevel,
            Optional<Level> highestLevel,
            OptionalDouble medianScore,
            OptionalDouble lowestScore,
            OptionalDouble highestScore,
            List<String> weakestTeams,
            List<NotRated> notRated) {

        public DimensionFigures {
            weakestTeams = List.copyOf(weakestTeams);
            notRated = List.copyOf(notRated);
        }

        public boolean isRated() {
            return ratedTeams > 0;
        }

        /** The weakest teams, then those without a level here: "Fraud; not rated: Labs (not applicable)". */
        public String weakestText() {
            String weakest = String.join(", ", weakestTeams);
            if (notRated.isEmpty()) {
                return weakest;
            }
            String others = notRated.stream().map(NotRated::text).collect(Collectors.joining(", "));
            return weakest.isEmpty() ? "not rated: " + others : weakest + "; not rated: " + others;
        }
    }

    private final MaturityModel model;
    private final List<Team> teams;
    private final List<DimensionFigures> dimensions;

    private RollUp(MaturityModel model, List<Team> teams) {
        this.model = model;
        this.teams = List.copyOf(teams);
        List<DimensionFigures> figures = new ArrayList<>();
        for (int d = 0; d < model.dimensions().size(); d++) {
            figures.add(figures(d));
        }
        this.dimensions = List.copyOf(figures);
    }

    /** Throws {@link IllegalArgumentException} when a team was scored on another model or another set of dimensions. */
    public static RollUp of(MaturityModel model, List<Team> teams) {
        List<String> expected = model.dimensions().stream().map(Dimension::id).toList();
        for (Team team : teams) {
            ScoreReport score = team.score();
            if (!score.model().equals(model.id())) {
                throw new IllegalArgumentException("team \"" + team.name() + "\" was scored on model \"" + score.model()
                        + "\", not \"" + model.id() + "\": a roll-up needs every team on the same model");
            }
            List<String> actual =
                    score.dimensions().stream().map(DimensionScore::id).toList();
            if (!expected.equals(actual)) {
                throw new IllegalArgumentException("the score of team \"" + team.name() + "\" has dimensions "
                        + String.join(", ", actual) + " but model \"" + model.id() + "\" has "
                        + String.join(", ", expected));
            }
        }
        return new RollUp(model, teams);
    }

    public MaturityModel model() {
        return model;
    }

    public List<Team> teams() {
        return teams;
    }

    /** Per dimension, in model order. */
    public List<DimensionFigures> dimensions() {
        return dimensions;
    }

    /**
     * Up to {@code count} dimensions with a rated team, lowest median level first, then lowest
     * median score, then model order.
     */
    public List<DimensionFigures> weakestDimensions(int count) {
        return dimensions.stream()
                .filter(DimensionFigures::isRated)
                .sorted(Comparator.comparingInt((DimensionFigures d) ->
                                model.levels().indexOf(d.medianLevel().orElseThrow()))
                        .thenComparingDouble(d -> d.medianScore().orElse(Double.POSITIVE_INFINITY)))
                .limit(count)
                .toList();
    }

    /** How many teams have an overall verdict. */
    public int ratedTeams() {
        return (int)
                teams.stream().filter(team -> team.score().overall().isRated()).count();
    }

    /** The lower median of the rated teams' overall levels; empty when no team is rated. */
    public Optional<Level> medianOverallLevel() {
        return lowerMedian(teams.stream()
                .map(team -> team.score().overall().level())
                .flatMap(Optional::stream)
                .toList());
    }

    /** The median of the rated teams' overall scores. */
    public OptionalDouble medianOverallScore() {
        return median(teams.stream().map(team -> team.score().overall().score()).toList());
    }

    /** The teams without an overall verdict, in team order. */
    public List<NotRated> notRatedOverall() {
        return teams.stream()
                .filter(team -> !team.score().overall().isRated())
                .map(team -> new NotRated(team.name(), team.score().overall().status()))
                .toList();
    }

    private DimensionFigures figures(int index) {
        List<Team> rated = new ArrayList<>();
        List<NotRated> notRated = new ArrayList<>();
        for (Team team : teams) {
            DimensionScore score = team.score().dimensions().get(index);
            if (score.isRated()) {
                rated.add(team);
            } else {
                notRated.add(new NotRated(team.name(), score.status()));
            }
        }
        List<Level> levels = rated.stream()
                .map(team -> team.score().dimensions().get(index).level().orElseThrow())
                .toList();
        List<OptionalDouble> scores = rated.stream()
                .map(team -> team.score().dimensions().get(index).score())
                .toList();
        List<Double> present = present(scores);
        Comparator<Team> weakestFirst = Comparator.comparingInt((Team team) -> model.levels()
                        .indexOf(team.score().dimensions().get(index).level().orElseThrow()))
                .thenComparingDouble(
                        team -> team.score().dimensions().get(index).score().orElse(Double.POSITIVE_INFINITY));
        List<String> weakest = rated.stream()
                .filter(team -> rated.stream().noneMatch(other -> weakestFirst.compare(other, team) < 0))
                .map(Team::name)
                .toList();
        return new DimensionFigures(
                model.dimensions().get(index),
                rated.size(),
                lowerMedian(levels),
                levels.stream().min(byPosition()),
                levels.stream().max(byPosition()),
                median(scores),
                present.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(present.get(0)),
                present.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(present.get(present.size() - 1)),
                weakest,
                notRated);
    }

    private Comparator<Level> byPosition() {
        return Comparator.comparingInt(model.levels()::indexOf);
    }

    /** The middle level, or the lower of the two middle ones: levels are ordinal. */
    private Optional<Level> lowerMedian(List<Level> levels) {
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        List<Level> sorted = levels.stream().sorted(byPosition()).toList();
        return Optional.of(sorted.get((sorted.size() - 1) / 2));
    }

    /** The middle of the present values, or the mean of the two middle ones; empty when none is. */
    private static OptionalDouble median(List<OptionalDouble> values) {
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
