package org.mlopsconsole.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A validated maturity model: levels lowest first (the first is the floor) and dimensions.
 * {@code accessed} is the date a web source was read (ISO, empty for printed sources).
 */
public record MaturityModel(
        int schemaVersion,
        String id,
        String name,
        String version,
        String source,
        Optional<String> accessed,
        String description,
        ScoringMethod scoring,
        Set<Rating> passRatings,
        RatingScale ratingScale,
        List<Level> levels,
        List<Dimension> dimensions) {

    public MaturityModel {
        passRatings = Set.copyOf(passRatings);
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
    }

    /** A model on the standard rating scale, with no access date. */
    public MaturityModel(
            int schemaVersion,
            String id,
            String name,
            String version,
            String source,
            String description,
            ScoringMethod scoring,
            Set<Rating> passRatings,
            List<Level> levels,
            List<Dimension> dimensions) {
        this(
                schemaVersion,
                id,
                name,
                version,
                source,
                Optional.empty(),
                description,
                scoring,
                passRatings,
                RatingScale.standard(),
                levels,
                dimensions);
    }

    /**
     * Rule c of docs/scoring.md: whether an aggregated rating satisfies a question. NA always does;
     * otherwise a rating in {@code passRatings}, or in a points-minimum model FI only.
     */
    public boolean satisfiedBy(Rating rating) {
        if (rating == Rating.NA) {
            return true;
        }
        return scoring == ScoringMethod.POINTS_MINIMUM ? rating == Rating.FI : passRatings.contains(rating);
    }

    /** The ratings that satisfy a question besides NA, best first (FI, LI). */
    public List<Rating> passingRatings() {
        return Stream.of(Rating.FI, Rating.LI, Rating.PI, Rating.NI)
                .filter(this::satisfiedBy)
                .toList();
    }

    public Level floor() {
        return levels.get(0);
    }

    public Level top() {
        return levels.get(levels.size() - 1);
    }

    public Optional<Level> level(int levelId) {
        return levels.stream().filter(level -> level.id() == levelId).findFirst();
    }

    /** The position of a level in {@link #levels()}, or -1 when the model has no such level. */
    public int indexOfLevel(int levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id() == levelId) {
                return i;
            }
        }
        return -1;
    }

    /** Every question, dimension by dimension, in definition order. */
    public Stream<Question> questions() {
        return dimensions.stream().flatMap(dimension -> dimension.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }
}
