package org.mlopsconsole.assessment.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlopsconsole.assessment.ValidationError;

/**
 * A JSON or YAML document read into a tree while remembering where each value starts, so that
 * errors found later on the tree can name a line and column by JSON pointer.
 */
public final class LocatedDocument {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;
    private final List<ValidationError> syntaxErrors;

    private LocatedDocument(
            String file, JsonNode root, Map<String, JsonLocation> locations, List<ValidationError> syntaxErrors) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.syntaxErrors = List.copyOf(syntaxErrors);
    }

    /** Parses {@code content}; YAML when the file name ends in .yaml or .yml, JSON otherwise. */
    public static LocatedDocument parse(String file, String content) {
        String lower = file.toLowerCase(Locale.ROOT);
        JsonFactory factory = lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
        Map<String, JsonLocation> locations = new HashMap<>();
        List<ValidationError> errors = new ArrayList<>();
        try (JsonParser parser = factory.createParser(content)) {
            if (parser.nextToken() == null) {
                errors.add(new ValidationError(file, "", 1, 1, "the file is empty"));
                return new LocatedDocument(file, NODES.missingNode(), locations, errors);
            }
            TreeReader reader = new TreeReader(file, parser, locations, errors);
            JsonNode root = reader.read("");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                errors.add(error(file, "", at, "unexpected content after the end of the document"));
            }
            return new LocatedDocument(file, root, locations, errors);
        } catch (JsonProcessingException e) {
            errors.add(error(
                    file,
                    "",
                    e.getLocation(),
                    "not valid " + (factory == YAML ? "YAML" : "JSON") + ": " + firstLines(e.getOriginalMessage())));
            return new LocatedDocument(file, NODES.missingNode(), locations, errors);
        } catch (IOException e) {
            errors.add(new ValidationError(file, "", 1, 1, "cannot be read: " + e.getMessage()));
            return new LocatedDocument(file, NODES.missingNode(), locations, errors);
        }
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** Errors that kept the document from being read; when any, the tree is missing. */
    public List<ValidationError> syntaxErrors() {
        return syntaxErrors;
    }

    /** An error at {@code pointer}, located at the nearest value the pointer or a parent names. */
    public ValidationError errorAt(String pointer, String message) {
        String located = pointer;
        while (!locations.containsKey(located) && !located.isEmpty()) {
            located = located.substring(0, Math.max(0, located.lastIndexOf('/')));
        }
        return error(file, pointer, locations.get(located), message);
    }

    /** The parser's message without the source excerpts YAML parsers add on indented lines. */
    private static String firstLines(String message) {
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    private static ValidationError error(String file, String pointer, JsonLocation at, String message) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new ValidationError(file, pointer, line, column, message);
    }

    /** Builds the tree token by token, recording each value's start and duplicate keys. */
    private static final class TreeReader {
        private final String file;
        private final JsonParser parser;
        private final Map<String, JsonLocation> locations;
        private final List<ValidationError> errors;

        TreeReader(String file, JsonParser parser, Map<String, JsonLocation> locations, List<ValidationError> errors) {
            this.file = file;
            this.parser = parser;
            this.locations = locations;
            this.errors = errors;
        }

        JsonNode read(String pointer) throws IOException {
            locations.put(pointer, parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return readObject(pointer);
                case START_ARRAY:
                    return readArray(pointer);
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(parser.getBooleanValue());
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    errors.add(error(file, pointer, parser.currentTokenLocation(), "unsupported value " + token));
                    return NODES.nullNode();
            }
        }

        private ObjectNode readObject(String pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                String childPointer = child(pointer, name);
                if (object.has(name)) {
                    errors.add(error(file, childPointer, keyAt, "duplicate key \"" + name + "\""));
                }
                object.set(name, read(childPointer));
            }
            return object;
        }

        private ArrayNode readArray(String pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(child(pointer, array.size())));
            }
            return array;
        }
    }
}
