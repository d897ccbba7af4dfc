package org.mlopsconsole.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.reports.internal.io.AtomicFiles;

/**
 * Writes responses in the engine's responses format (docs/maturity-model-format.md), keys in the
 * model's question order so that files diff well.
 */
public final class ResponsesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResponsesJson() {}

    public static String toJson(Responses responses, MaturityModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", responses.model());
        var respondents = root.putArray("respondents");
        for (Respondent respondent : responses.respondents()) {
            ObjectNode node = respondents.addObject();
            node.put("id", respondent.id());
            if (!respondent.name().isEmpty()) {
                node.put("name", respondent.name());
            }
            if (!respondent.role().isEmpty()) {
                node.put("role", respondent.role());
            }
            ObjectNode ratings = node.putObject("ratings");
            inModelOrder(respondent.ratings(), model).forEach((id, rating) -> ratings.put(id, rating.name()));
            if (!respondent.notes().isEmpty()) {
                ObjectNode notes = node.putObject("notes");
                inModelOrder(respondent.notes(), model).forEach(notes::put);
            }
        }
        ObjectNode consensus = root.putObject("consensus");
        inModelOrder(responses.consensus(), model).forEach((id, rating) -> consensus.put(id, rating.name()));
        ObjectNode targets = root.putObject("targets");
        model.dimensions().forEach(dimension -> {
            Integer target = responses.targets().get(dimension.id());
            if (target != null) {
                targets.put(dimension.id(), target);
            }
        });
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("responses could not be written as JSON", e);
        }
    }

    /** Writes the JSON to {@code target} through a temporary file, so it is never half written. */
    public static void write(Responses responses, MaturityModel model, Path target) throws IOException {
        byte[] json = toJson(responses, model).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(json));
    }

    private static <V> Map<String, V> inModelOrder(Map<String, V> byQuestion, MaturityModel model) {
        Map<String, Integer> position = new java.util.HashMap<>();
        model.questions().forEach(question -> position.put(question.id(), position.size()));
        Map<String, V> ordered = new java.util.TreeMap<>(
                Comparator.comparingInt((String id) -> position.getOrDefault(id, Integer.MAX_VALUE))
                        .thenComparing(Comparator.naturalOrder()));
        ordered.putAll(byQuestion);
        return ordered;
    }
}
