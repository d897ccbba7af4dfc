package org.mlopsconsole.workspace.internal.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.tools.InventoryFiles;
import org.mlopsconsole.workspace.EngagementArchive;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedAssessment;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedChange;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedOrganization;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedParticipant;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedTeam;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.StoredRiskOverride;

/**
 * Engagement files: one JSON document, {@code "format": "mlops-console-engagement"} with a
 * {@code formatVersion}, and either an {@code organization} or an {@code assessment}. Keys are
 * sorted so that two exports of the same data are the same file.
 */
public final class ArchiveFiles {

    public static final String FORMAT = "mlops-console-engagement";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArchiveFiles() {}

    public static void write(EngagementArchive archive, Path file) {
        byte[] json = toJson(archive).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        try {
            Path folder = target.getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, json);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new EngagementException("Cannot write " + file + ": " + e.getMessage());
        }
    }

    public static EngagementArchive read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw rejected(file.toString(), "it is not UTF-8 text (is it an engagement file?)");
        } catch (IOException e) {
            throw new EngagementException("Cannot read " + file + ": " + e.getMessage() + "; nothing was imported.");
        }
        return parse(file.toString(), text);
    }

    /** Reads {@code text}; {@code source} names it in messages. */
    public static EngagementArchive parse(String source, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new EngagementException(source + " is not valid JSON"
                    + (location == null
                            ? ""
                            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage() + "; nothing was imported.");
        }
        if (root == null || !root.isObject()) {
            throw rejected(source, "it is not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText())) {
            throw rejected(
                    source,
                    "it is not an MLOps Console engagement file (it lacks \"format\": \"" + FORMAT + "\")"
                            + hint(root));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw rejected(source, "/formatVersion: a whole number is required");
        }
        if (version.asInt() > EngagementArchive.FORMAT_VERSION) {
            throw rejected(
                    source,
                    "it was written by a newer MLOps Console (format version " + version.asInt()
                            + "); this version reads version " + EngagementArchive.FORMAT_VERSION);
        }
        if (version.asInt() < 1) {
            throw rejected(source, "/formatVersion: " + version.asInt() + " is not a format version");
        }
        ArchiveReader reader = new ArchiveReader();
        EngagementArchive archive = reader.archive(root);
        if (!reader.problems().isEmpty()) {
            throw rejected(source, reader.problems());
        }
        return archive;
    }

    /** Why a known kind of file is not an engagement file. */
    private static String hint(JsonNode root) {
        if (root.has("respondents") && root.has("model")) {
            return ": it looks like a responses file, which 'assess score' and 'report --responses' read";
        }
        if (root.has("dimensions") && root.has("levels")) {
            return ": it looks like a maturity model, which 'models validate' checks";
        }
        return "";
    }

    private static EngagementException rejected(String source, String reason) {
        return new EngagementException(source + " cannot be imported: " + reason + "; nothing was imported.");
    }

    private static EngagementException rejected(String source, java.util.List<String> problems) {
        int shown = Math.min(problems.size(), 10);
        StringBuilder message = new StringBuilder(source + " cannot be imported: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "; nothing was imported.");
        problems.subList(0, shown)
                .forEach(problem ->
                        message.append(System.lineSeparator()).append("  ").append(problem));
        if (shown < problems.size()) {
            message.append(System.lineSeparator())
                    .append("  ... and ")
                    .append(problems.size() - shown)
                    .append(" more");
        }
        return new EngagementException(message.toString());
    }

    // --- writing ------------------------------------------------------------------------------------

    /** The RACI and the inventory as their own file formats, so each reads as a file of its own would. */
    private static void writeRolesAndTools(ObjectNode node, ArchivedOrganization organization) {
        try {
            if (organization.raci().isPresent()) {
                node.set(
                        "raci",
                        MAPPER.readTree(RaciFiles.json(organization.raci().get())));
            }
            if (organization.inventory().isPresent()) {
                node.set(
                        "toolInventory",
                        MAPPER.readTree(
                                InventoryFiles.json(organization.inventory().get())));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a RACI or tool inventory could not be written as JSON", e);
        }
        if (organization.challenges().entries().isEmpty()) {
            return;
        }
        ArrayNode challenges = node.putArray("challenges");
        for (RegisteredChallenge entry : organization.challenges().entries()) {
            ObjectNode c = challenges.addObject();
            c.put("challenge", entry.challenge());
            c.put("name", entry.name());
            c.put("likelihood", entry.likelihood());
            c.put("impact", entry.impact());
            ArrayNode dimensions = c.putArray("dimensions");
            entry.dimensions().forEach(ref -> dimensions.add(ref.toString()));
            ArrayNode questions = c.putArray("roadmapQuestions");
            entry.roadmapQuestions().forEach(questions::add);
            c.put("notes", entry.notes());
        }
    }

    static String toJson(EngagementArchive archive) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", EngagementArchive.FORMAT_VERSION);
        root.put("exportedBy", archive.provenance().exportedBy());
        root.put("exportedAt", archive.provenance().exportedAt().toString());
        if (archive instanceof EngagementArchive.OfOrganization of) {
            ObjectNode organization = root.putObject("organization");
            organization.put("name", of.organization().name());
            organization.put("archived", of.organization().archived());
            ArrayNode teams = organization.putArray("teams");
            for (ArchivedTeam team : of.organization().teams()) {
                ObjectNode node = teams.addObject();
                node.put("name", team.name());
                node.put("archived", team.archived());
                ArrayNode assessments = node.putArray("assessments");
                team.assessments().forEach(assessment -> writeAssessment(assessments.addObject(), assessment));
            }
            writeRolesAndTools(organization, of.organization());
        } else {
            writeAssessment(root.putObject("assessment"), ((EngagementArchive.OfAssessment) archive).assessment());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an engagement could not be written as JSON", e);
        }
    }

    private static void writeAssessment(ObjectNode node, ArchivedAssessment assessment) {
        node.put("title", assessment.title());
        node.put("model", assessment.modelId());
        assessment.customModel().ifPresent(definition -> node.put("customModel", definition));
        node.put("date", assessment.date().toString());
        node.put("facilitator", assessment.facilitator());
        node.put("status", assessment.status().name());
        node.put("archived", assessment.archived());
        ArrayNode participants = node.putArray("participants");
        for (ArchivedParticipant participant : assessment.participants()) {
            ObjectNode p = participants.addObject();
            p.put("key", participant.key());
            p.put("name", participant.name());
            p.put("role", participant.role());
            writeMap(p.putObject("ratings"), participant.ratings(), Enum::name);
            writeMap(p.putObject("notes"), participant.notes(), text -> text);
        }
        writeMap(node.putObject("consensus"), assessment.consensus(), Enum::name);
        writeMap(node.putObject("evidence"), assessment.evidence(), text -> text);
        ObjectNode targets = node.putObject("targets");
        new TreeMap<>(assessment.targets()).forEach(targets::put);
        ArrayNode history = node.putArray("history");
        for (ArchivedChange change : assessment.history()) {
            ObjectNode c = history.addObject();
            c.put("field", change.field().name());
            change.participantKey().ifPresent(key -> c.put("participant", key));
            change.participantName().ifPresent(name -> c.put("participantName", name));
            c.put("item", change.itemId());
            change.oldValue().ifPresent(value -> c.put("old", value));
            change.newValue().ifPresent(value -> c.put("new", value));
            c.put("by", change.changedBy());
            c.put("at", change.changedAt().toString());
        }
        writeFollowThrough(node, assessment);
    }

    /** Format 2: evidence links and files, risk overrides, the plan and the previous assessment. */
    private static void writeFollowThrough(ObjectNode node, ArchivedAssessment assessment) {
        ArrayNode links = node.putArray("links");
        for (EngagementArchive.ArchivedLink link : assessment.links()) {
            ObjectNode l = links.addObject();
            l.put("question", link.questionId());
            l.put("title", link.link().title());
            l.put("url", link.link().url().toString());
            l.put("by", link.addedBy());
            l.put("at", link.addedAt().toString());
        }
        ArrayNode attachments = node.putArray("attachments");
        for (EngagementArchive.ArchivedAttachment attachment : assessment.attachments()) {
            ObjectNode a = attachments.addObject();
            a.put("question", attachment.questionId());
            a.put("fileName", attachment.info().fileName());
            a.put("mediaType", attachment.info().mediaType());
            a.put("size", attachment.info().sizeBytes());
            a.put("sha256", attachment.info().sha256());
            a.put("content", Base64.getEncoder().encodeToString(attachment.content()));
            a.put("by", attachment.addedBy());
            a.put("at", attachment.addedAt().toString());
        }
        ArrayNode overrides = node.putArray("riskOverrides");
        for (StoredRiskOverride stored : assessment.riskOverrides()) {
            ObjectNode o = overrides.addObject();
            o.put("question", stored.override().questionId());
            o.put("risk", stored.override().risk().code());
            o.put("reason", stored.override().reason());
            o.put("by", stored.setBy());
            o.put("at", stored.setAt().toString());
        }
        ArrayNode plan = node.putArray("plan");
        for (PlanItem item : assessment.plan()) {
            ObjectNode i = plan.addObject();
            i.put("id", item.id());
            i.put("title", item.title());
            ArrayNode questions = i.putArray("questions");
            item.questionIds().forEach(questions::add);
            if (item.owner() instanceof Owner.Person person) {
                i.put("ownerPerson", person.name());
            } else if (item.owner() instanceof Owner.Role role) {
                i.put("ownerRole", role.role());
            }
            i.put("status", item.status().code());
            item.due().ifPresent(due -> i.put("due", due.toString()));
            i.put("effort", item.effort().code());
            i.put("phase", item.phase().code());
            i.put("quickWin", item.quickWin());
            i.put("notes", item.notes());
        }
        assessment.previousInTeam().ifPresent(position -> node.put("previous", position));
    }

    private static <V> void writeMap(
            ObjectNode node, Map<String, V> values, java.util.function.Function<V, String> text) {
        new TreeMap<>(values).forEach((key, value) -> node.put(key, text.apply(value)));
    }

    static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
