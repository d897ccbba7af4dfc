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

    private void run(JsonNode root) {
        boolean staged = "staged".equals(root.path("scoring").asText());
        boolean continuous = "continuous".equals(root.path("scoring").asText());
        checkPassRatings(root.path("passRatings"));
        Set<Integer> levelIds = checkLevels(root.path("levels"), continuous);
        Integer floor = levelIds.isEmpty() ? null : firstLevelId(root.path("levels"));
        checkDimensions(root.path("dimensions"), levelIds, staged ? floor : null);
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

    private Set<Integer> checkLevels(JsonNode levels, boolean continuous) {
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
            if (continuous && minScore.isMissingNode()) {
                add(pointer, "a level of a continuous model needs \"minScore\"");
            } else if (continuous && minScore.isNumber()) {
                double value = minScore.asDouble();
                if (previousMinScore != null && value < previousMinScore) {
                    add(
                            pointer + "/minScore",
                            "levels not ascending: minScore " + format(value) + " is below the previous level's "
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

    private void checkDimensions(JsonNode dimensions, Set<Integer> levelIds, Integer stagedFloor) {
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
                checkQuestion(questions.get(q), child(pointer + "/questions", q), levelIds, stagedFloor, questionIds);
            }
        }
    }

    private void checkQuestion(
            JsonNode question,
            String pointer,
            Set<Integer> levelIds,
            Integer stagedFloor,
            Map<String, String> questionIds) {
        checkUnique(question.path("id"), pointer + "/id", "question", questionIds);
        checkWeight(question.path("weight"), pointer + "/weight");
        JsonNode level = question.path("level");
        if (level.isIntegralNumber()) {
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
            if (practice.isTextual() && !knownPractices.contains(practice.asText())) {
                add(child(pointer + "/practices", p), "unknown practice id \"" + practice.asText() + "\"");
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
