package org.mlopsconsole.workspace.internal.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.InvalidInputException;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.DimensionRef;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.plan.Effort;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.plan.PlanStatus;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.tools.InventoryFiles;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.AssessmentStatus;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.CellField;
import org.mlopsconsole.workspace.EngagementArchive;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedAssessment;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedAttachment;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedChange;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedLink;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedOrganization;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedParticipant;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedTeam;
import org.mlopsconsole.workspace.EngagementArchive.Provenance;
import org.mlopsconsole.workspace.Names;
import org.mlopsconsole.workspace.StoredRiskOverride;

/**
 * Checks an engagement file's tree and builds the archive, collecting every problem as
 * {@code /json/pointer: what is wrong}. The result is only used when there is none.
 */
final class ArchiveReader {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    EngagementArchive archive(JsonNode root) {
        Provenance provenance = new Provenance(
                text(root, "/exportedBy", false).orElse(""),
                instant(root, "/exportedAt").orElse(Instant.EPOCH));
        boolean hasOrganization = root.has("organization");
        boolean hasAssessment = root.has("assessment");
        if (hasOrganization == hasAssessment) {
            problems.add("/: an engagement file holds either \"organization\" or \"assessment\"");
            return null;
        }
        if (hasOrganization) {
            return new EngagementArchive.OfOrganization(provenance, organization(root, "/organization"));
        }
        return new EngagementArchive.OfAssessment(provenance, assessment(root, "/assessment"));
    }

    private ArchivedOrganization organization(JsonNode root, String at) {
        List<ArchivedTeam> teams = new ArrayList<>();
        forEach(root, at + "/teams", team -> {
            List<ArchivedAssessment> assessments = new ArrayList<>();
            forEach(root, team + "/assessments", assessment -> assessments.add(assessment(root, assessment)));
            teams.add(new ArchivedTeam(name(root, team + "/name"), flag(root, team + "/archived"), assessments));
        });
        return new ArchivedOrganization(
                name(root, at + "/name"),
                flag(root, at + "/archived"),
                teams,
                document(root, at + "/raci", (where, json) -> RaciFiles.parse(where, json)),
                document(root, at + "/toolInventory", (where, json) -> InventoryFiles.parse(where, json)),
                challenges(root, at + "/challenges"));
    }

    /** A RACI or an inventory, checked by its own format's reader, its errors placed under {@code at}. */
    private <T> Optional<T> document(JsonNode root, String at, java.util.function.BiFunction<String, String, T> parse) {
        JsonNode node = root.at(at);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(at, node.toString()));
        } catch (InvalidInputException e) {
            problems.add(at + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private ChallengeRegister challenges(JsonNode root, String at) {
        List<RegisteredChallenge> entries = new ArrayList<>();
        forEach(root, at, c -> {
            List<DimensionRef> dimensions = new ArrayList<>();
            forEach(
                    root,
                    c + "/dimensions",
                    d -> text(root, d, true)
                            .ifPresent(ref -> DimensionRef.parse(ref)
                                    .ifPresentOrElse(
                                            dimensions::add,
                                            () -> problems.add(d + ": \"" + ref + "\" is not model/dimension"))));
            List<String> questions = new ArrayList<>();
            forEach(root, c + "/roadmapQuestions", q -> text(root, q, true).ifPresent(questions::add));
            try {
                entries.add(new RegisteredChallenge(
                        text(root, c + "/challenge", true).orElse(""),
                        text(root, c + "/name", true).orElse(""),
                        root.at(c + "/likelihood").asInt(0),
                        root.at(c + "/impact").asInt(0),
                        dimensions,
                        questions,
                        text(root, c + "/notes", false).orElse("")));
            } catch (IllegalArgumentException e) {
                problems.add(c + ": " + e.getMessage());
            }
        });
        try {
            return new ChallengeRegister(entries);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
            return new ChallengeRegister(List.of());
        }
    }

    private ArchivedAssessment assessment(JsonNode root, String at) {
        String modelId = text(root, at + "/model", true).orElse("");
        Optional<String> customModel = text(root, at + "/customModel", false);
        Optional<MaturityModel> model = model(at, modelId, customModel);
        Set<String> questions = new HashSet<>();
        Set<String> dimensions = new HashSet<>();
        int topLevel = Integer.MAX_VALUE;
        if (model.isPresent()) {
            model.get().questions().map(Question::id).forEach(questions::add);
            model.get().dimensions().stream().map(Dimension::id).forEach(dimensions::add);
            topLevel = model.get().levels().stream()
                    .mapToInt(level -> level.id())
                    .max()
                    .orElse(0);
        }
        Function<String, Boolean> isQuestion = id -> model.isEmpty() || questions.contains(id);
        List<ArchivedParticipant> participants = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        forEach(root, at + "/participants", p -> {
            String key = text(root, p + "/key", true).orElse("");
            if (!key.isEmpty() && !keys.add(key)) {
                problems.add(p + "/key: \"" + key + "\" names a second participant");
            }
            participants.add(new ArchivedParticipant(
                    key,
                    name(root, p + "/name"),
                    text(root, p + "/role", false).orElse(""),
                    ratings(root, p + "/ratings", isQuestion),
                    notes(root, p + "/notes", isQuestion)));
        });
        Map<String, Integer> targets = new LinkedHashMap<>();
        int top = topLevel;
        entries(root, at + "/targets", (dimension, node, path) -> {
            if (model.isPresent() && !dimensions.contains(dimension)) {
                problems.add(path + ": the model has no dimension \"" + dimension + "\"");
            } else if (!node.canConvertToInt() || node.asInt() < 0 || node.asInt() > top) {
                problems.add(path + ": a target is a level of the model (0 to " + top + ")");
            } else {
                targets.put(dimension, node.asInt());
            }
        });
        List<ArchivedChange> history = new ArrayList<>();
        forEach(root, at + "/history", c -> {
            Optional<String> participant = text(root, c + "/participant", false);
            participant
                    .filter(key -> !keys.contains(key))
                    .ifPresent(key -> problems.add(
                            c + "/participant: \"" + key + "\" is not one of the assessment's participants"));
            history.add(new ArchivedChange(
                    field(root, c + "/field"),
                    participant,
                    text(root, c + "/participantName", false),
                    text(root, c + "/item", true).orElse(""),
                    text(root, c + "/old", false),
                    text(root, c + "/new", false),
                    text(root, c + "/by", true).orElse(""),
                    instant(root, c + "/at").orElse(Instant.EPOCH)));
        });
        return new ArchivedAssessment(
                name(root, at + "/title"),
                modelId,
                customModel,
                date(root, at + "/date"),
                name(root, at + "/facilitator"),
                status(root, at + "/status"),
                flag(root, at + "/archived"),
                participants,
                ratings(root, at + "/consensus", isQuestion),
                notes(root, at + "/evidence", isQuestion),
                targets,
                history,
                links(root, at + "/links", isQuestion),
                attachments(root, at + "/attachments", isQuestion),
                riskOverrides(root, at + "/riskOverrides", isQuestion),
                plan(root, at + "/plan"),
                previous(root, at + "/previous"));
    }

    // --- format 2: evidence links and files, risk overrides, the plan, the previous assessment ------

    private String question(JsonNode root, String at, Function<String, Boolean> isQuestion) {
        String question = text(root, at, true).orElse("");
        if (!question.isEmpty() && !isQuestion.apply(question)) {
            problems.add(at + ": the model has no question \"" + question + "\"");
        }
        return question;
    }

    private List<ArchivedLink> links(JsonNode root, String at, Function<String, Boolean> isQuestion) {
        List<ArchivedLink> links = new ArrayList<>();
        forEach(root, at, l -> {
            String question = question(root, l + "/question", isQuestion);
            String title = text(root, l + "/title", false).orElse("");
            String url = text(root, l + "/url", true).orElse("");
            Optional<Instant> addedAt = instant(root, l + "/at");
            String by = text(root, l + "/by", true).orElse("");
            try {
                links.add(new ArchivedLink(question, EvidenceLink.of(title, url), by, addedAt.orElse(Instant.EPOCH)));
            } catch (IllegalArgumentException e) {
                problems.add(l + "/url: " + e.getMessage());
            }
        });
        return links;
    }

    private List<ArchivedAttachment> attachments(JsonNode root, String at, Function<String, Boolean> isQuestion) {
        List<ArchivedAttachment> attachments = new ArrayList<>();
        forEach(root, at, a -> {
            String question = question(root, a + "/question", isQuestion);
            String fileName = text(root, a + "/fileName", true).orElse("");
            String mediaType = text(root, a + "/mediaType", true).orElse("");
            String sha256 = text(root, a + "/sha256", true).orElse("");
            String by = text(root, a + "/by", true).orElse("");
            Optional<Instant> addedAt = instant(root, a + "/at");
            byte[] content;
            try {
                content = Base64.getDecoder()
                        .decode(text(root, a + "/content", true).orElse(""));
            } catch (IllegalArgumentException e) {
                problems.add(a + "/content: not Base64 (" + e.getMessage() + ")");
                return;
            }
            if (!sha256(content).equals(sha256)) {
                problems.add(a + "/content: its SHA-256 is not the file's sha256; the file was changed or cut short");
                return;
            }
            try {
                attachments.add(new ArchivedAttachment(
                        question,
                        new AttachmentInfo(fileName, mediaType, content.length, sha256),
                        content,
                        by,
                        addedAt.orElse(Instant.EPOCH)));
            } catch (IllegalArgumentException e) {
                problems.add(a + ": " + e.getMessage());
            }
        });
        return attachments;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private List<StoredRiskOverride> riskOverrides(JsonNode root, String at, Function<String, Boolean> isQuestion) {
        List<StoredRiskOverride> overrides = new ArrayList<>();
        forEach(root, at, o -> {
            String question = question(root, o + "/question", isQuestion);
            Optional<String> risk = text(root, o + "/risk", true);
            String reason = text(root, o + "/reason", true).orElse("");
            String by = text(root, o + "/by", true).orElse("");
            Optional<Instant> setAt = instant(root, o + "/at");
            try {
                overrides.add(new StoredRiskOverride(
                        new RiskOverride(question, Risk.fromCode(risk.orElse("")), reason),
                        by,
                        setAt.orElse(Instant.EPOCH)));
            } catch (IllegalArgumentException e) {
                problems.add(o + ": " + e.getMessage());
            }
        });
        return overrides;
    }

    private List<PlanItem> plan(JsonNode root, String at) {
        List<PlanItem> plan = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEach(root, at, i -> {
            String id = text(root, i + "/id", true).orElse("");
            if (!id.isEmpty() && !ids.add(id)) {
                problems.add(i + "/id: \"" + id + "\" names a second plan item");
            }
            List<String> questions = new ArrayList<>();
            forEach(root, i + "/questions", q -> text(root, q, true).ifPresent(questions::add));
            Optional<String> person = text(root, i + "/ownerPerson", false);
            Optional<String> role = text(root, i + "/ownerRole", false);
            Optional<String> due = text(root, i + "/due", false);
            try {
                Owner owner = person.<Owner>map(Owner.Person::new)
                        .or(() -> role.map(Owner.Role::new))
                        .orElse(Owner.unassigned());
                plan.add(new PlanItem(
                        id,
                        text(root, i + "/title", true).orElse(""),
                        questions,
                        owner,
                        PlanStatus.fromCode(text(root, i + "/status", true).orElse("")),
                        due.map(LocalDate::parse),
                        Effort.fromCode(text(root, i + "/effort", true).orElse("")),
                        Phase.fromCode(text(root, i + "/phase", true).orElse("")),
                        flag(root, i + "/quickWin"),
                        text(root, i + "/notes", false).orElse("")));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(i + ": " + e.getMessage());
            }
        });
        return plan;
    }

    private OptionalInt previous(JsonNode root, String at) {
        JsonNode node = root.at(at);
        if (node.isMissingNode() || node.isNull()) {
            return OptionalInt.empty();
        }
        if (!node.canConvertToInt() || node.asInt() < 0) {
            problems.add(at + ": the position of the previous assessment in its team is required");
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.asInt());
    }

    /** The model the assessment names: its custom definition, or a bundled one. */
    private Optional<MaturityModel> model(String at, String modelId, Optional<String> customModel) {
        if (customModel.isPresent()) {
            String fileName =
                    customModel.get().stripLeading().startsWith("{") ? "custom-model.json" : "custom-model.yaml";
            var errors = AssessmentModels.validate(fileName, customModel.get());
            if (!errors.isEmpty()) {
                problems.add(at + "/customModel: not a valid maturity model ("
                        + errors.get(0).message() + ")");
                return Optional.empty();
            }
            MaturityModel model = AssessmentModels.parse(fileName, customModel.get());
            if (!model.id().equals(modelId)) {
                problems.add(at + "/model: \"" + modelId + "\" is not the custom model's id \"" + model.id() + "\"");
            }
            return Optional.of(model);
        }
        Optional<MaturityModel> bundled = ModelCatalog.bundled().find(modelId);
        if (bundled.isEmpty() && !modelId.isEmpty()) {
            problems.add(at + "/model: \"" + modelId + "\" is not a model bundled with this version, and the file"
                    + " carries no customModel");
        }
        return bundled;
    }

    // --- fields -----------------------------------------------------------------------------------

    private interface Entry {
        void accept(String key, JsonNode value, String path);
    }

    private void forEach(JsonNode root, String at, java.util.function.Consumer<String> element) {
        JsonNode node = root.at(at);
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isArray()) {
            problems.add(at + ": a list is required");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            element.accept(at + "/" + i);
        }
    }

    private void entries(JsonNode root, String at, Entry entry) {
        JsonNode node = root.at(at);
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            problems.add(at + ": an object is required");
            return;
        }
        node.fields()
                .forEachRemaining(
                        field -> entry.accept(field.getKey(), field.getValue(), at + "/" + escape(field.getKey())));
    }

    private Map<String, Rating> ratings(JsonNode root, String at, Function<String, Boolean> isQuestion) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        entries(root, at, (question, node, path) -> {
            if (!isQuestion.apply(question)) {
                problems.add(path + ": the model has no question \"" + question + "\"");
                return;
            }
            Optional<Rating> rating = node.isTextual() ? Rating.parse(node.asText()) : Optional.empty();
            rating.ifPresentOrElse(
                    value -> ratings.put(question, value),
                    () -> problems.add(path + ": \"" + node.asText() + "\" is not a rating (FI, LI, PI, NI or NA)"));
        });
        return ratings;
    }

    private Map<String, String> notes(JsonNode root, String at, Function<String, Boolean> isQuestion) {
        Map<String, String> notes = new LinkedHashMap<>();
        entries(root, at, (question, node, path) -> {
            if (!isQuestion.apply(question)) {
                problems.add(path + ": the model has no question \"" + question + "\"");
            } else if (!node.isTextual()) {
                problems.add(path + ": text is required");
            } else if (node.asText().length() > Assessments.MAX_NOTE_LENGTH) {
                problems.add(path + ": " + node.asText().length() + " characters; at most "
                        + Assessments.MAX_NOTE_LENGTH + " are allowed");
            } else {
                notes.put(question, node.asText());
            }
        });
        return notes;
    }

    private Optional<String> text(JsonNode root, String at, boolean required) {
        JsonNode node = root.at(at);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(at + ": required");
            }
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.add(at + ": text is required");
            return Optional.empty();
        }
        if (required && node.asText().isBlank()) {
            problems.add(at + ": must not be blank");
        }
        return Optional.of(node.asText());
    }

    /** A name as the workspace saves it (required, at most {@value Names#MAX_LENGTH} characters). */
    private String name(JsonNode root, String at) {
        String value = text(root, at, true).orElse("");
        if (Names.normalize(value).length() > Names.MAX_LENGTH) {
            problems.add(at + ": at most " + Names.MAX_LENGTH + " characters are allowed");
        }
        return value;
    }

    private boolean flag(JsonNode root, String at) {
        JsonNode node = root.at(at);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add(at + ": true or false is required");
        }
        return node.asBoolean();
    }

    private LocalDate date(JsonNode root, String at) {
        Optional<String> value = text(root, at, true);
        try {
            return value.map(LocalDate::parse).orElse(LocalDate.EPOCH);
        } catch (DateTimeParseException e) {
            problems.add(at + ": \"" + value.get() + "\" is not a date (YYYY-MM-DD)");
            return LocalDate.EPOCH;
        }
    }

    private Optional<Instant> instant(JsonNode root, String at) {
        Optional<String> value = text(root, at, true);
        try {
            return value.map(Instant::parse);
        } catch (DateTimeParseException e) {
            problems.add(at + ": \"" + value.get() + "\" is not a time (ISO 8601, UTC)");
            return Optional.empty();
        }
    }

    private AssessmentStatus status(JsonNode root, String at) {
        return constant(root, at, AssessmentStatus.class).orElse(AssessmentStatus.DRAFT);
    }

    private CellField field(JsonNode root, String at) {
        return constant(root, at, CellField.class).orElse(CellField.RATING);
    }

    private <E extends Enum<E>> Optional<E> constant(JsonNode root, String at, Class<E> type) {
        Optional<String> value = text(root, at, true);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.get())) {
                return Optional.of(constant);
            }
        }
        List<String> names =
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        problems.add(at + ": \"" + value.get() + "\" is not one of " + String.join(", ", names));
        return Optional.empty();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
