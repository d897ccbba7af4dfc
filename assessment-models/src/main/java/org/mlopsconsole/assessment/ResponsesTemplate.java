package org.mlopsconsole.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An empty responses file for a model, ready to be filled in by hand or by the workshop UI. */
public final class ResponsesTemplate {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResponsesTemplate() {}

    /**
     * {@code {"model": id, "respondents": [], "consensus": {}, "targets": {}}}: valid as it is, and
     * scoring it gives every question {@code unanswered}.
     */
    public static String json(MaturityModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", model.id());
        root.putArray("respondents");
        root.putObject("consensus");
        root.putObject("targets");
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
