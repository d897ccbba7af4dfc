package org.mlopsconsole.assessment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.Basis;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.PracticeLink;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;
import org.mlopsconsole.assessment.ScoringMethod;

/** Turns a tree that passed validation into model records, filling in the documented defaults. */
public final class ModelMapper {

    private static final Set<Rating> DEFAULT_PASS_RATINGS = EnumSet.of(Rating.FI, Rating.LI);

    private ModelMapper() {}

    public static MaturityModel toModel(JsonNode root) {
        List<Level> levels = levels(root.path("levels"));
        JsonNode accessed = root.path("accessed");
        return new MaturityModel(
                root.path("schemaVersion").asInt(),
                root.path("id").asText(),
                root.path("name").asText(),
                root.path("version").asText(),
                root.path("source").asText(),
                accessed.isTextual() ? Optional.of(accessed.asText()) : Optional.empty(),
                root.path("description").asText(),
                ScoringMethod.parse(root.path("scoring").asText()).orElseThrow(),
                passRatings(root.path("passRatings")),
                ratingScale(root),
                levels,
                dimensions(root.path("dimensions"), levels.get(0).id()));
    }

    private static RatingScale ratingScale(JsonNode root) {
        List<Rating> offered = new ArrayList<>();
        root.path("ratings")
                .forEach(code -> offered.add(Rating.parse(code.asText()).orElseThrow()));
        if (offered.isEmpty()) {
            offered.addAll(RatingScale.standard().offered());
        }
        Map<Rating, String> labels = new EnumMap<>(Rating.class);
        root.path("ratingLabels")
                .properties()
                .forEach(entry -> labels.put(
                        Rating.parse(entry.getKey()).orElseThrow(),
                        entry.getValue().asText()));
        Map<Rating, Double> points = new EnumMap<>(Rating.class);
        root.path("ratingPoints")
                .properties()
                .forEach(entry -> points.put(
                        Rating.parse(entry.getKey()).orElseThrow(),
                        entry.getValue().asDouble()));
        return new RatingScale(offered, labels, points);
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

    private static List<Dimension> dimensions(JsonNode node, int floor) {
        List<Dimension> dimensions = new ArrayList<>();
        node.forEach(dimension -> dimensions.add(new Dimension(
                dimension.path("id").asText(),
                dimension.path("name").asText(),
                dimension.path("description").asText(""),
                dimension.path("weight").asDouble(1.0),
                questions(dimension.path("questions"), floor))));
        return dimensions;
    }

    /** Questions without a level (allowed in points-minimum models) carry the floor's id. */
    private static List<Question> questions(JsonNode node, int floor) {
        List<Question> questions = new ArrayList<>();
        node.forEach(question -> questions.add(new Question(
                question.path("id").asText(),
                question.path("level").asInt(floor),
                question.path("text").asText(),
                question.path("guidance").asText(""),
                question.path("weight").asDouble(1.0),
                links(question.path("practices")),
                basis(question.path("basis")),
                question.path("evidence").asText(""),
                question.path("levelRationale").asText(""))));
        return questions;
    }

    private static List<PracticeLink> links(JsonNode practices) {
        List<PracticeLink> links = new ArrayList<>();
        practices.forEach(practice -> links.add(
                practice.isTextual()
                        ? PracticeLink.primary(practice.asText())
                        : new PracticeLink(
                                practice.path("id").asText(),
                                "related".equals(practice.path("link").asText())
                                        ? PracticeLink.Kind.RELATED
                                        : PracticeLink.Kind.PRIMARY,
                                practice.path("rationale").asText(""))));
        return links;
    }

    private static Basis basis(JsonNode basis) {
        if (basis.has("source")) {
            return new Basis.Source(basis.path("source").asText());
        }
        if (basis.has("operationalization")) {
            return new Basis.Operationalization(basis.path("operationalization").asText());
        }
        return new Basis.Unstated();
    }
}
