package org.mlopsconsole.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoringMethod;

/** Turns a tree that passed validation into model records, filling in the documented defaults. */
public final class ModelMapper {

    private static final Set<Rating> DEFAULT_PASS_RATINGS = EnumSet.of(Rating.FI, Rating.LI);

    private ModelMapper() {}

    public static MaturityModel toModel(JsonNode root) {
        return new MaturityModel(
                root.path("schemaVersion").asInt(),
                root.path("id").asText(),
                root.path("name").asText(),
                root.path("version").asText(),
                root.path("source").asText(),
                root.path("description").asText(),
                ScoringMethod.parse(root.path("scoring").asText()).orElseThrow(),
                passRatings(root.path("passRatings")),
                levels(root.path("levels")),
                dimensions(root.path("dimensions")));
    }

    private static Set<Rating> passRatings(JsonNode node) {
        if (node.isMissingNode()) {
            return DEFAULT_PASS_RATINGS;
        }
        Set<Rating> ratings = EnumSet.noneOf(Rating.class);
        node.forEach(code -> ratings.add(Rating.parse(code.asText()).orElseThrow()));
        return ratings;
    }

    private static List<Level> levels(JsonNode node) {
        List<Level> levels = new ArrayList<>();
        node.forEach(level -> levels.add(new Level(
                level.path("id").asInt(),
                level.path("name").asText(),
                level.path("description").asText(""),
                level.path("minScore").asDouble(0))));
        return levels;
    }

    private static List<Dimension> dimensions(JsonNode node) {
        List<Dimension> dimensions = new ArrayList<>();
        node.forEach(dimension -> dimensions.add(new Dimension(
                dimension.path("id").asText(),
                dimension.path("name").asText(),
                dimension.path("description").asText(""),
                dimension.path("weight").asDouble(1.0),
                questions(dimension.path("questions")))));
        return dimensions;
    }

    private static List<Question> questions(JsonNode node) {
        List<Question> questions = new ArrayList<>();
        node.forEach(question -> {
            List<String> practices = new ArrayList<>();
            question.path("practices").forEach(practice -> practices.add(practice.asText()));
            questions.add(new Question(
                    question.path("id").asText(),
                    question.path("level").asInt(),
                    question.path("text").asText(),
                    question.path("guidance").asText(""),
                    question.path("weight").asDouble(1.0),
                    practices));
        });
        return questions;
    }
}
