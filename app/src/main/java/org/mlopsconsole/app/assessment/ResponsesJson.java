package org.mlopsconsole.app.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;

/**
 * Writes responses in the engine's responses format (the one {@code ResponsesLoader} reads and
 * {@code mlops-console assess score} scores); the engine has a reader and a template, no writer.
 */
public final class ResponsesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResponsesJson() {}

    /** Keys sorted, so two exports of the same responses are byte for byte the same. */
    public static String write(Responses responses) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", responses.model());
        var respondents = root.putArray("respondents");
        for (Respondent respondent : responses.respondents()) {
            ObjectNode node = respondents.addObject();
            node.put("id", respondent.id());
            node.put("name", respondent.name());
            node.put("role", respondent.role());
            ObjectNode ratings = node.putObject("ratings");
            new TreeMap<>(respondent.ratings()).forEach((question, rating) -> ratings.put(question, rating.name()));
            ObjectNode notes = node.putObject("notes");
            new TreeMap<>(respondent.notes()).forEach(notes::put);
        }
        ObjectNode consensus = root.putObject("consensus");
        new TreeMap<>(responses.consensus()).forEach((question, rating) -> consensus.put(question, rating.name()));
        ObjectNode targets = root.putObject("targets");
        new TreeMap<>(responses.targets()).forEach(targets::put);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("responses could not be written as JSON", e);
        }
    }
}
