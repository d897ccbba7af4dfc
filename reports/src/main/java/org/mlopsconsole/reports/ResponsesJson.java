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
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.reports.internal.io.AtomicFiles;

/**
 * Writes responses in the engine's responses format (docs/maturity-model-format.md), keys in the
 * model's question order so that files diff well.
 */
public final class ResponsesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResponsesJson() {}

    public static String toJson(Responses responses, MaturityModel model) {
        return toJson(responses, model, EvidenceBook.empty());
    }

    /**
     * The responses with the workshop's {@code evidence}: an {@code "evidence"} object holding, per
     * question, the shared {@code note} and the {@code links} ({@code ResponsesLoader.parseEvidence}
     * reads it back); attachments stay in the workspace and are not written. Participants' own notes
     * are in each respondent's {@code notes}, as always.
     */
    public static String toJson(Responses responses, MaturityModel model, EvidenceBook evidence) {
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
        writeEvidence(root, model, evidence);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("responses could not be written as JSON", e);
        }
    }

    /** Writes the JSON to {@code target} through a temporary file, so it is never half written. */
    public static void write(Responses responses, MaturityModel model, Path target) throws IOException {
        write(responses, model, EvidenceBook.empty(), target);
    }

    /** Writes the JSON with the evidence (see {@link #toJson(Responses, MaturityModel, EvidenceBook)}). */
    public static void write(Responses responses, MaturityModel model, EvidenceBook evidence, Path target)
            throws IOException {
        byte[] json = toJson(responses, model, evidence).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(json));
    }

    private static void writeEvidence(ObjectNode root, MaturityModel model, EvidenceBook evidence) {
        ObjectNode byQuestion = MAPPER.createObjectNode();
        inModelOrder(evidence.byQuestion(), model).forEach((id, question) -> {
            if (question.sharedNote().isBlank() && question.links().isEmpty()) {
                return;
            }
            ObjectNode node = byQuestion.putObject(id);
            if (!question.sharedNote().isBlank()) {
                node.put("note", question.sharedNote());
            }
            if (!question.links().isEmpty()) {
                var links = node.putArray("links");
                for (EvidenceLink link : question.links()) {
                    ObjectNode entry = links.addObject();
                    if (!link.title().isEmpty()) {
                        entry.put("title", link.title());
                    }
                    entry.put("url", link.url().toString());
                }
            }
        });
        if (!byQuestion.isEmpty()) {
            root.set("evidence", byQuestion);
        }
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
