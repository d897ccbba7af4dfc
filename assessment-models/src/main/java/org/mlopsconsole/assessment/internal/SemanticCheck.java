package org.mlopsconsole.assessment.internal;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ValidationError;

/**
 * The rules of the model format that a JSON Schema cannot say: unique ids, known levels, ratings
 * and practices, ascending levels, positive weights. Tolerates values of the wrong type, which the
 * schema check reports, so that one run finds every error.
 */
public final class SemanticCheck {

    private final LocatedDocument document;
    private final Set<String> knownPractices;
    private final List<ValidationError> errors = new ArrayList<>();

    private SemanticCheck(LocatedDocument document, Set<String> knownPractices) {
        this.document = document;
        this.knownPractices = knownPractices;
    }

    public static List<ValidationError> check(LocatedDocument document, Set<String> knownPractices) {
        SemanticCheck check = new SemanticCheck(document, knownPractices);
        check.run(document.root());
        return check.errors;
    }

    /**
     * What a model may leave out but a reader will miss: descriptions of levels and dimensions.
     * Reported by {@code models validate} as warnings; the model still loads.
     */
    public static List<ValidationError> warnings(LocatedDocument document) {
        List<ValidationError> warnings = new ArrayList<>();
        describe(document, "/levels", "level", warnings);
        describe(document, "/dimensions", "dimension", warnings);
        return warnings;
    }

    private static void describe(LocatedDocument document, String array, String kind, List<ValidationError> out) {
        JsonNode items = document.root().at(array);
        for (int i = 0; i < items.size(); i++) {
            JsonNode description = items.get(i).path("description");
            if (!description.isTextual() || description.asText().isBlank()) {
                out.add(document.errorAt(
                        child(array, i), kind + " \"" + items.get(i).path("id").asText() + "\" has no description"));
            }
        }
    }

    private void run(JsonNode root) {
        String scoring = root.path("scoring").asText();
        boolean staged = "staged".equals(scoring);
        boolean pointsMinimum = "points-minimum".equals(scoring);
        boolean byScore = "continuous".equals(scoring) || pointsMinimum;
        checkPassRatings(root.path("passRatings"));
        if (!pointsMinimum && root.has("ratingPoints")) {
            add("/ratingPoints", "ratingPoints apply to points-minimum models only; this one is " + scoring);
        }
        checkOffered(root.path("ratings"));
        Set<Integer> levelIds = checkLevels(root.path("levels"), byScore, pointsMinimum);
        Integer floor = levelIds.isEmpty() ? null : firstLevelId(root.path("levels"));
        checkDimensions(root.path("dimensions"), levelIds, staged ? floor : null, !pointsMinimum);
    }

    private void checkOffered(JsonNode ratings) {
        if (!ratings.isArray() || ratings.isEmpty()) {
            return;
        }
        boolean applicable = false;
        for (JsonNode rating : ratings) {
            applicable |=
                    Rating.parse(rating.asText()).filter(Rating::isApplicable).isPresent();
        }
        if (!applicable) {
            add("/ratings", "the model offers no rating but NA; offer at least one of FI, LI, PI, NI");
        }
    }

    private void checkPassRatings(JsonNode passRatings) {
        for (int i = 0; i < passRatings.size(); i++) {
            JsonNode rating = passRatings.get(i);
            if (rating.isTextual() && Rating.parse(rating.asText()).isEmpty()) {
                add(
                        child("/passRatings", i),
                        "unknown rating \"" + rating.asText() + "\" in passRatings; use FI, LI, PI, NI or NA");
            }
        }
    }

    private Set<Integer> checkLevels(JsonNode levels, boolean byScore, boolean pointsMinimum) {
        Set<Integer> ids = new HashSet<>();
        Integer previousId = null;
        Double previousMinScore = null;
        for (int i = 0; i < levels.size(); i++) {
            JsonNode level = levels.get(i);
            String pointer = child("/levels", i);
            JsonNode id = level.path("id");
            if (id.isIntegralNumber()) {
                int value = id.asInt();
                if (!ids.add(value)) {
                    add(pointer + "/id", "duplicate level id " + value);
                } else if (previousId != null && value <= previousId) {
                    add(
                            pointer + "/id",
                            "levels must be listed lowest first with ascending ids: " + value + " follows "
                                    + previousId);
                }
                previousId = value;
            }
            JsonNode minScore = level.path("minScore");
            // A points-minimum floor is given at score 0 whatever its minScore says.
            boolean floorOfPoints = pointsMinimum && i == 0;
            if (byScore && !floorOfPoints && minScore.isMissingNode()) {
                add(pointer, "a level of a model scored by score thresholds needs \"minScore\"");
            } else if (byScore && !floorOfPoints && minScore.isNumber()) {
                double value = minScore.asDouble();
                // Points-minimum levels apply strictly above their minScore, so two equal ones would overlap.
                boolean ascending = previousMinScore == null
                        || (pointsMinimum ? value > previousMinScore : value >= previousMinScore);
                if (!ascending) {
                    add(
                            pointer + "/minScore",
                            "levels not ascending: minScore " + format(value)
                                    + (pointsMinimum ? " is not above" : " is below") + " the previous level's "
                                    + format(previousMinScore));
                }
                previousMinScore = value;
            }
        }
        return ids;
    }

    private static Integer firstLevelId(JsonNode levels) {
        JsonNode id = levels.path(0).path("id");
        return id.isIntegralNumber() ? id.asInt() : null;
    }

    private void checkDimensions(
            JsonNode dimensions, Set<Integer> levelIds, Integer stagedFloor, boolean levelRequired) {
        Map<String, String> dimensionIds = new HashMap<>();
        Map<String, String> questionIds = new HashMap<>();
        for (int d = 0; d < dimensions.size(); d++) {
            JsonNode dimension = dimensions.get(d);
            String pointer = child("/dimensions", d);
            checkUnique(dimension.path("id"), pointer + "/id", "dimension", dimensionIds);
            checkWeight(dimension.path("weight"), pointer + "/weight");
            JsonNode questions = dimension.path("questions");
            if (questions.isArray() && questions.isEmpty()) {
                add(
                        pointer + "/questions",
                        "dimension \"" + dimension.path("id").asText() + "\" has no questions");
            }
            for (int q = 0; q < questions.size(); q++) {
                checkQuestion(
                        questions.get(q),
                        child(pointer + "/questions", q),
                        levelIds,
                        stagedFloor,
                        levelRequired,
                        questionIds);
            }
        }
    }

    private void checkQuestion(
            JsonNode question,
            String pointer,
            Set<Integer> levelIds,
            Integer stagedFloor,
            boolean levelRequired,
            Map<String, String> questionIds) {
        checkUnique(question.path("id"), pointer + "/id", "question", questionIds);
        checkWeight(question.path("weight"), pointer + "/weight");
        JsonNode level = question.path("level");
        if (levelRequired && level.isMissingNode()) {
            add(pointer, "a question of a staged or continuous model needs \"level\"");
        } else if (level.isIntegralNumber()) {
            int value = level.asInt();
            if (!levelIds.contains(value)) {
                add(pointer + "/level", "level " + value + " is not one of the model's levels " + levelIds);
            } else if (stagedFloor != null && value == stagedFloor) {
                add(
                        pointer + "/level",
                        "question at the floor level " + value
                                + " of a staged model: every organization is at the floor, so it can gate nothing");
            }
        }
        JsonNode practices = question.path("practices");
        for (int p = 0; p < practices.size(); p++) {
            JsonNode practice = practices.get(p);
            JsonNode id = practice.isObject() ? practice.path("id") : practice;
            if (id.isTextual() && !knownPractices.contains(id.asText())) {
                add(child(pointer + "/practices", p), "unknown practice id \"" + id.asText() + "\"");
            }
        }
    }

    private void checkUnique(JsonNode id, String pointer, String kind, Map<String, String> seen) {
        if (!id.isTextual()) {
            return;
        }
        String first = seen.putIfAbsent(id.asText(), pointer);
        if (first != null) {
            add(pointer, "duplicate " + kind + " id \"" + id.asText() + "\" (first at " + first + ")");
        }
    }

    private void checkWeight(JsonNode weight, String pointer) {
        if (weight.isNumber() && weight.asDouble() <= 0) {
            add(pointer, "weight must be greater than 0, found " + weight.asText());
        }
    }

    private void add(String pointer, String message) {
        errors.add(document.errorAt(pointer, message));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
