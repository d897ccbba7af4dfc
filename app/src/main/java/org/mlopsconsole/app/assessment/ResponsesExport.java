package org.mlopsconsole.app.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.evidence.QuestionEvidence;
import org.mlopsconsole.reports.ResponsesJson;

/**
 * An assessment's responses file as the app and {@code assess show --format json} write it: the
 * responses (each participant's ratings and notes) and, when there is any, the optional top-level
 * {@code evidence} object (shared notes and links per question, in model order;
 * docs/maturity-model-format.md). Attached files stay in the workspace.
 */
public final class ResponsesExport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResponsesExport() {}

    public static String toJson(Responses responses, EvidenceBook evidence, MaturityModel model) {
        String json = ResponsesJson.toJson(responses, model);
        ObjectNode evidenceNode = evidenceNode(evidence, model);
        if (evidenceNode.isEmpty()) {
            return json;
        }
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(json);
            root.set("evidence", evidenceNode);
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("responses could not be written as JSON", e);
        }
    }

    private static ObjectNode evidenceNode(EvidenceBook book, MaturityModel model) {
        ObjectNode byQuestion = MAPPER.createObjectNode();
        for (Question question : model.questions().toList()) {
            QuestionEvidence evidence = book.of(question.id());
            if (evidence.sharedNote().isBlank() && evidence.links().isEmpty()) {
                continue;
            }
            ObjectNode node = byQuestion.putObject(question.id());
            if (!evidence.sharedNote().isBlank()) {
                node.put("note", evidence.sharedNote());
            }
            if (!evidence.links().isEmpty()) {
                ArrayNode links = node.putArray("links");
                for (EvidenceLink link : evidence.links()) {
                    ObjectNode l = links.addObject();
                    if (!link.title().isEmpty()) {
                        l.put("title", link.title());
                    }
                    l.put("url", link.url().toString());
                }
            }
        }
        return byQuestion;
    }
}
