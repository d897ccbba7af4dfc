package org.mlopsconsole.assessment.internal;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.mlopsconsole.assessment.DocumentValidationException;
import org.mlopsconsole.assessment.ValidationError;

/**
 * Reads the fields of a located JSON document of one {@code "format"} kind, collecting every
 * problem with its place, so that a reader reports all errors at once. Missing or wrong values
 * read as empty; the result is unusable when {@link #errors()} is not empty.
 */
public final class DocumentFields {

    private final LocatedDocument document;
    private final List<ValidationError> errors = new ArrayList<>();

    private DocumentFields(LocatedDocument document) {
        this.document = document;
    }

    /**
     * Reads {@code content} with {@code reader}, after checking that it is a JSON object whose
     * {@code "format"} is {@code format} and whose {@code "formatVersion"} this version reads.
     *
     * @param kind the file's kind in words, for the exception's summary
     * @throws DocumentValidationException listing every problem
     */
    public static <T> T read(
            String file, String content, String kind, String format, int version, Function<DocumentFields, T> reader) {
        LocatedDocument document = LocatedDocument.parse(file, content);
        if (!document.syntaxErrors().isEmpty()) {
            throw new DocumentValidationException(file, kind, document.syntaxErrors());
        }
        DocumentFields fields = new DocumentFields(document);
        T result = fields.checkFormat(kind, format, version) ? reader.apply(fields) : null;
        if (!fields.errors.isEmpty()) {
            throw new DocumentValidationException(file, kind, fields.errors);
        }
        return result;
    }

    /** Like {@link #read(String, String, String, String, int, Function)} on a file's UTF-8 text. */
    public static <T> T readFile(
            Path file, String kind, String format, int version, Function<DocumentFields, T> reader) {
        try {
            return read(file.toString(), TextFiles.read(file), kind, format, version, reader);
        } catch (TextFiles.UnreadableFileException e) {
            throw new DocumentValidationException(file.toString(), kind, List.of(e.error()));
        }
    }

    public JsonNode root() {
        return document.root();
    }

    public List<ValidationError> errors() {
        return List.copyOf(errors);
    }

    public void add(String pointer, String message) {
        errors.add(document.errorAt(pointer, message));
    }

    private boolean checkFormat(String kind, String format, int version) {
        JsonNode root = document.root();
        if (!root.isObject()) {
            add("", "a " + kind + " file must be a JSON object with \"format\": \"" + format + "\"");
            return false;
        }
        JsonNode actual = root.path("format");
        if (!actual.isTextual() || !actual.asText().equals(format)) {
            add(
                    actual.isMissingNode() ? "" : "/format",
                    "this is not a " + kind + " file: \"format\" must be \"" + format + "\""
                            + (actual.isTextual() ? ", not \"" + actual.asText() + "\"" : ""));
            return false;
        }
        JsonNode actualVersion = root.path("formatVersion");
        if (!actualVersion.isIntegralNumber() || actualVersion.asInt() < 1) {
            add(actualVersion.isMissingNode() ? "" : "/formatVersion", "\"formatVersion\" must be a whole number ≥ 1");
            return false;
        }
        if (actualVersion.asInt() > version) {
            add(
                    "/formatVersion",
                    "format version " + actualVersion.asInt() + " is newer than this version of MLOps Console reads ("
                            + version + ")");
            return false;
        }
        return true;
    }

    /** Reports every field of {@code node} that is not in {@code allowed}. */
    public void unknownFields(JsonNode node, String pointer, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                add(child(pointer, name), "unknown field \"" + name + "\"");
            }
        });
    }

    /** The text of a required field, or "" (with an error) when missing, blank or not text. */
    public String requiredText(JsonNode node, String pointer, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            add(pointer, "required field \"" + field + "\" is missing");
            return "";
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            add(child(pointer, field), "\"" + field + "\" must be non-empty text");
            return "";
        }
        return value.asText();
    }

    public String optionalText(JsonNode node, String pointer, String field) {
        JsonNode value = node.path(field);
        if (!value.isMissingNode() && !value.isTextual()) {
            add(child(pointer, field), "\"" + field + "\" must be text");
        }
        return value.isTextual() ? value.asText() : "";
    }

    public boolean optionalBoolean(JsonNode node, String pointer, String field) {
        JsonNode value = node.path(field);
        if (!value.isMissingNode() && !value.isBoolean()) {
            add(child(pointer, field), "\"" + field + "\" must be true or false");
        }
        return value.asBoolean(false);
    }

    /** An integer within {@code min..max}, or empty (with an error). */
    public Optional<Integer> requiredInt(JsonNode node, String pointer, String field, int min, int max) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            add(pointer, "required field \"" + field + "\" is missing");
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            add(child(pointer, field), "\"" + field + "\" must be a whole number from " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }

    /** The texts of an optional array field, each one reported where it is not text. */
    public List<String> texts(JsonNode node, String pointer, String field) {
        List<String> texts = new ArrayList<>();
        forEachElement(node, pointer, field, (element, at) -> {
            if (element.isTextual() && !element.asText().isBlank()) {
                texts.add(element.asText());
            } else {
                add(at, "must be non-empty text");
            }
        });
        return texts;
    }

    /** Calls {@code action} with each element of an optional array field and its pointer. */
    public void forEachElement(JsonNode node, String pointer, String field, BiConsumer<JsonNode, String> action) {
        JsonNode array = node.path(field);
        if (array.isMissingNode()) {
            return;
        }
        String at = child(pointer, field);
        if (!array.isArray()) {
            add(at, "\"" + field + "\" must be an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            action.accept(array.get(i), child(at, i));
        }
    }

    /** Calls {@code action} with each member of an optional object field, its value and pointer. */
    public void forEachMember(JsonNode node, String pointer, String field, MemberAction action) {
        JsonNode object = node.path(field);
        if (object.isMissingNode()) {
            return;
        }
        String at = child(pointer, field);
        if (!object.isObject()) {
            add(at, "\"" + field + "\" must be an object");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            action.accept(member.getKey(), member.getValue(), child(at, member.getKey()));
        }
    }

    /** Reports {@code id} when {@code seen} holds it already. */
    public void unique(String id, Set<String> seen, String pointer, String what) {
        if (!id.isEmpty() && !seen.add(id)) {
            add(pointer, "duplicate " + what + " id \"" + id + "\"");
        }
    }

    /** One member of a JSON object: its name, its value and where it is. */
    @FunctionalInterface
    public interface MemberAction {
        void accept(String name, JsonNode value, String pointer);
    }
}
