package org.mlopsconsole.assessment.internal;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ValidationError;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.evidence.QuestionEvidence;

/** Reads a responses document and checks it against its model, collecting every error located. */
public final class ResponsesReader {

    private static final Set<String> ROOT_FIELDS = Set.of("model", "respondents", "consensus", "targets", "evidence");
    private static final Set<String> RESPONDENT_FIELDS = Set.of("id", "name", "role", "ratings", "notes");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("note", "links");
    private static final Set<String> LINK_FIELDS = Set.of("title", "url");

    private final LocatedDocument document;
    private final MaturityModel model;
    private final Set<String> questionIds = new HashSet<>();
    private final List<ValidationError> errors = new ArrayList<>();
    private final Map<String, QuestionEvidence> evidence = new LinkedHashMap<>();

    private ResponsesReader(LocatedDocument document, MaturityModel model) {
        this.document = document;
        this.model = model;
        model.questions().forEach(question -> questionIds.add(question.id()));
    }

    /** The responses, with {@code errors} receiving every problem; the result is unusable then. */
    public static Responses read(LocatedDocument document, MaturityModel model, List<ValidationError> errors) {
        if (!document.syntaxErrors().isEmpty()) {
            errors.addAll(document.syntaxErrors());
            return Responses.empty(model.id());
        }
        ResponsesReader reader = new ResponsesReader(document, model);
        Responses responses = reader.readRoot(document.root());
        errors.addAll(reader.errors);
        return responses;
    }

    /**
     * The shared evidence of the document's optional {@code evidence} object (per question a {@code
     * note} and {@code links}), with {@code errors} receiving every problem of the whole document.
     */
    public static EvidenceBook readEvidence(
            LocatedDocument document, MaturityModel model, List<ValidationError> errors) {
        if (!document.syntaxErrors().isEmpty()) {
            errors.addAll(document.syntaxErrors());
            return EvidenceBook.empty();
        }
        ResponsesReader reader = new ResponsesReader(document, model);
        reader.readRoot(document.root());
        errors.addAll(reader.errors);
        return new EvidenceBook(reader.evidence);
    }

    private Responses readRoot(JsonNode root) {
        if (!root.isObject()) {
            add("", "a responses file must be a JSON object with \"model\" and \"respondents\"");
            return Responses.empty(model.id());
        }
        unknownFields(root, "", ROOT_FIELDS);
        String modelId = requiredText(root, "", "model");
        if (modelId != null && !modelId.equals(model.id())) {
            add("/model", "these responses are for model \"" + modelId + "\", not \"" + model.id() + "\"");
        }
        List<Respondent> respondents = new ArrayList<>();
        JsonNode respondentNodes = root.path("respondents");
        if (respondentNodes.isMissingNode()) {
            add("", "required field \"respondents\" is missing (use [] when nobody answered yet)");
        } else if (!respondentNodes.isArray()) {
            add("/respondents", "must be an array of respondents");
        } else {
            Set<String> respondentIds = new HashSet<>();
            for (int i = 0; i < respondentNodes.size(); i++) {
                respondents.add(readRespondent(respondentNodes.get(i), child("/respondents", i), respondentIds));
            }
        }
        Map<String, Rating> consensus = ratings(root.path("consensus"), "/consensus");
        Map<String, Integer> targets = targets(root.path("targets"));
        forEachField(root.path("evidence"), "/evidence", this::readEvidence);
        return new Responses(model.id(), respondents, consensus, targets);
    }

    private Respondent readRespondent(JsonNode node, String pointer, Set<String> respondentIds) {
        if (!node.isObject()) {
            add(pointer, "a respondent must be an object with \"id\" and \"ratings\"");
            return new Respondent("", "", "", Map.of(), Map.of());
        }
        unknownFields(node, pointer, RESPONDENT_FIELDS);
        String id = requiredText(node, pointer, "id");
        if (id != null && !respondentIds.add(id)) {
            add(pointer + "/id", "duplicate respondent id \"" + id + "\"");
        }
        Map<String, String> notes = new LinkedHashMap<>();
        forEachField(node.path("notes"), pointer + "/notes", (questionId, value) -> {
            if (knownQuestion(questionId, child(pointer + "/notes", questionId))) {
                if (value.isTextual()) {
                    notes.put(questionId, value.asText());
                } else {
                    add(child(pointer + "/notes", questionId), "a note must be text");
                }
            }
        });
        return new Respondent(
                id == null ? "" : id,
                optionalText(node, pointer, "name"),
                optionalText(node, pointer, "role"),
                ratings(node.path("ratings"), pointer + "/ratings"),
                notes);
    }

    private void readEvidence(String questionId, JsonNode node) {
        String pointer = child("/evidence", questionId);
        if (!knownQuestion(questionId, pointer)) {
            return;
        }
        if (!node.isObject()) {
            add(pointer, "evidence must be an object with \"note\" and \"links\"");
            return;
        }
        unknownFields(node, pointer, EVIDENCE_FIELDS);
        QuestionEvidence read = QuestionEvidence.empty(questionId).withSharedNote(optionalText(node, pointer, "note"));
        JsonNode links = node.path("links");
        if (!links.isMissingNode() && !links.isArray()) {
            add(pointer + "/links", "must be an array of {\"title\", \"url\"}");
        } else if (links.isArray()) {
            for (int i = 0; i < links.size(); i++) {
                String at = child(pointer + "/links", i);
                JsonNode link = links.get(i);
                if (!link.isObject()) {
                    add(at, "a link must be an object with \"title\" and \"url\"");
                    continue;
                }
                unknownFields(link, at, LINK_FIELDS);
                String url = requiredText(link, at, "url");
                if (url == null) {
                    continue;
                }
                try {
                    read = read.withLink(EvidenceLink.of(optionalText(link, at, "title"), url));
                } catch (IllegalArgumentException e) {
                    add(at + "/url", e.getMessage());
                }
            }
        }
        evidence.put(questionId, read);
    }

    private Map<String, Rating> ratings(JsonNode node, String pointer) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        forEachField(node, pointer, (questionId, value) -> {
            String at = child(pointer, questionId);
            boolean known = knownQuestion(questionId, at);
            Rating rating = value.isTextual() ? Rating.parse(value.asText()).orElse(null) : null;
            if (rating == null) {
                add(at, "invalid rating " + value + " for question \"" + questionId + "\"; use FI, LI, PI, NI or NA");
            } else if (known) {
                ratings.put(questionId, rating);
            }
        });
        return ratings;
    }

    private Map<String, Integer> targets(JsonNode node) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        forEachField(node, "/targets", (dimensionId, value) -> {
            String at = child("/targets", dimensionId);
            if (model.dimension(dimensionId).isEmpty()) {
                add(at, "unknown dimension \"" + dimensionId + "\" in model \"" + model.id() + "\"");
            } else if (!value.isIntegralNumber() || model.level(value.asInt()).isEmpty()) {
                add(at, "target " + value + " is not a level id of model \"" + model.id() + "\"");
            } else {
                targets.put(dimensionId, value.asInt());
            }
        });
        return targets;
    }

    private boolean knownQuestion(String questionId, String pointer) {
        if (questionIds.contains(questionId)) {
            return true;
        }
        add(pointer, "unknown question \"" + questionId + "\" in model \"" + model.id() + "\"");
        return false;
    }

    private void forEachField(JsonNode node, String pointer, BiConsumer<String, JsonNode> action) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            add(pointer, "must be an object keyed by id");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            action.accept(field.getKey(), field.getValue());
        }
    }

    private void unknownFields(JsonNode node, String pointer, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                add(child(pointer, name), "unknown field \"" + name + "\"");
            }
        });
    }

    private String requiredText(JsonNode node, String pointer, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            add(pointer, "required field \"" + field + "\" is missing");
            return null;
        }
        if (!value.isTextual()) {
            add(child(pointer, field), "\"" + field + "\" must be text");
            return null;
        }
        return value.asText();
    }

    private String optionalText(JsonNode node, String pointer, String field) {
        JsonNode value = node.path(field);
        if (!value.isMissingNode() && !value.isTextual()) {
            add(child(pointer, field), "\"" + field + "\" must be text");
        }
        return value.isTextual() ? value.asText() : "";
    }

    private void add(String pointer, String message) {
        errors.add(document.errorAt(pointer, message));
    }
}
