package org.mlopsconsole.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A validated maturity model: levels lowest first (the first is the floor) and dimensions. */
public record MaturityModel(
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

    public MaturityModel {
        passRatings = Set.copyOf(passRatings);
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
    }

    public Level floor() {
        return levels.get(0);
    }

    public Optional<Level> level(int levelId) {
        return levels.stream().filter(level -> level.id() == levelId).findFirst();
    }

    /** Every question, dimension by dimension, in definition order. */
    public Stream<Question> questions() {
        return dimensions.stream().flatMap(dimension -> dimension.questions().stream());
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }
}
