package org.mlopsconsole.assessment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes the JSON documents this module exports: indented, fields in the order they were put. */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new document of {@code format} and {@code version}, the first two fields of every file. */
    public static ObjectNode document(String format, int version) {
        ObjectNode root = object();
        root.put("format", format);
        root.put("formatVersion", version);
        return root;
    }

    public static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree built in memory cannot fail to write", e);
        }
    }
}
