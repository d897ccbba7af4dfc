package org.mlopsconsole.runtime.predictions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.predictions.GroundTruth;
import org.mlopsconsole.runtime.predictions.Outcome;
import org.mlopsconsole.runtime.predictions.OutcomeReport;
import org.mlopsconsole.runtime.predictions.OutcomeWindow;
import org.mlopsconsole.runtime.predictions.Outcomes;
import org.mlopsconsole.runtime.predictions.PredictionRecord;
import org.mlopsconsole.runtime.predictions.TensorSummary;

/**
 * The prediction log's JSON, the one codec for its files, the workspace's columns and the HTTP
 * answers: snake_case fields as the inference protocol writes them.
 */
public final class PredictionJsonCodec {

    /** The most outcomes one POST may carry. */
    public static final int MAX_OUTCOMES = 10_000;

    private static final int MAX_ID_LENGTH = 200;
    private static final int MAX_LABEL_LENGTH = 200;

    private final ObjectMapper mapper = new ObjectMapper();

    public PredictionJsonCodec() {
        mapper.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(16).build());
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public ObjectNode record(PredictionRecord record) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", record.id());
        node.put("request_id", record.requestId());
        record.clientId().ifPresent(id -> node.put("client_id", id));
        node.put("time", record.time().toString());
        node.put("model", record.model());
        node.put("version", record.version());
        record.variant().ifPresent(variant -> node.put("variant", variant));
        node.put("latency_us", record.latencyMicros());
        node.set("inputs", summaries(record.inputs()));
        node.set("outputs", summaries(record.outputs()));
        return node;
    }

    public PredictionRecord record(JsonNode node) {
        return new PredictionRecord(
                node.path("id").asText(),
                node.path("request_id").asLong(),
                optionalText(node, "client_id"),
                Instant.parse(node.path("time").asText()),
                node.path("model").asText(),
                node.path("version").asLong(),
                optionalText(node, "variant"),
                node.path("latency_us").asLong(),
                summaries(node.path("inputs")),
                summaries(node.path("outputs")));
    }

    public ArrayNode summaries(List<TensorSummary> summaries) {
        ArrayNode array = mapper.createArrayNode();
        for (TensorSummary summary : summaries) {
            ObjectNode node = array.addObject();
            node.put("name", summary.name());
            node.put("datatype", summary.datatype().name());
            ArrayNode shape = node.putArray("shape");
            summary.shape().forEach(shape::add);
            node.put("byte_size", summary.byteSize());
            if (summary instanceof TensorSummary.Numbers numbers) {
                ArrayNode data = node.putArray("data");
                numbers.values().forEach(data::add);
            } else if (summary instanceof TensorSummary.Texts texts) {
                ArrayNode data = node.putArray("data");
                texts.values().forEach(data::add);
            } else if (summary instanceof TensorSummary.Digest digest) {
                node.put("sha256", digest.sha256());
            }
        }
        return array;
    }

    public List<TensorSummary> summaries(JsonNode array) {
        List<TensorSummary> summaries = new ArrayList<>();
        for (JsonNode node : array) {
            String name = node.path("name").asText();
            DataType type = DataType.fromProtocolName(node.path("datatype").asText())
                    .orElseThrow(() ->
                            new IllegalArgumentException("unknown datatype " + node.path("datatype") + " in the log"));
            List<Long> shape = new ArrayList<>();
            node.path("shape").forEach(dimension -> shape.add(dimension.asLong()));
            long bytes = node.path("byte_size").asLong();
            if (node.has("sha256")) {
                summaries.add(new TensorSummary.Digest(
                        name, type, shape, bytes, node.get("sha256").asText()));
            } else if (type == DataType.BYTES) {
                List<String> values = new ArrayList<>();
                node.path("data").forEach(value -> values.add(value.asText()));
                summaries.add(new TensorSummary.Texts(name, type, shape, bytes, values));
            } else {
                List<Double> values = new ArrayList<>();
                node.path("data").forEach(value -> values.add(value.asDouble()));
                summaries.add(new TensorSummary.Numbers(name, type, shape, bytes, values));
            }
        }
        return summaries;
    }

    public ObjectNode outcome(Outcome outcome) {
        ObjectNode node = mapper.createObjectNode();
        node.put("model", outcome.model());
        node.put("id", outcome.id());
        truth(node, outcome.truth());
        node.put("received", outcome.receivedAt().toString());
        return node;
    }

    public Outcome outcome(JsonNode node) {
        return new Outcome(
                node.path("model").asText(),
                node.path("id").asText(),
                truth(node),
                Instant.parse(node.path("received").asText()));
    }

    /** Writes {@code label} or {@code value}. */
    public static void truth(ObjectNode node, GroundTruth truth) {
        if (truth instanceof GroundTruth.Label label) {
            node.put("label", label.label());
        } else if (truth instanceof GroundTruth.Value value) {
            node.put("value", value.value());
        }
    }

    private static GroundTruth truth(JsonNode node) {
        return node.has("label")
                ? new GroundTruth.Label(node.get("label").asText())
                : new GroundTruth.Value(node.path("value").asDouble());
    }

    /**
     * Reads {@code [{"id": "...", "label": ...}]} or {@code "value"} for regression; throws an
     * {@link InvalidInputException} naming the item and field at fault.
     */
    public List<Outcomes.Reported> reported(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("the outcomes are not JSON: " + firstLine(e));
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(
                    "send the outcomes as a JSON array: [{\"id\": \"<request id>\", \"label\": ...}]");
        }
        if (root.size() > MAX_OUTCOMES) {
            throw new InvalidInputException(
                    "at most " + MAX_OUTCOMES + " outcomes per request, not " + root.size() + "; send them in parts");
        }
        List<Outcomes.Reported> reported = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            reported.add(reported(root.get(i), i));
        }
        return reported;
    }

    private static Outcomes.Reported reported(JsonNode item, int index) {
        String where = "outcome " + index;
        if (!item.isObject()) {
            throw new InvalidInputException(where + " is not an object with \"id\" and \"label\" or \"value\"");
        }
        JsonNode id = item.get("id");
        if (id == null
                || !(id.isTextual() || id.isIntegralNumber())
                || id.asText().isBlank()) {
            throw new InvalidInputException(where + ": \"id\" must be the request's id, a non-empty string");
        }
        if (id.asText().length() > MAX_ID_LENGTH) {
            throw new InvalidInputException(where + ": \"id\" is longer than " + MAX_ID_LENGTH + " characters");
        }
        JsonNode label = item.get("label");
        JsonNode value = item.get("value");
        if ((label == null) == (value == null)) {
            throw new InvalidInputException(where + " (id " + id.asText()
                    + "): give either \"label\" (classification) or \"value\" (regression)");
        }
        if (label != null) {
            if (!(label.isTextual() || label.isIntegralNumber() || label.isBoolean())
                    || label.asText().isEmpty()) {
                throw new InvalidInputException(
                        where + " (id " + id.asText() + "): \"label\" must be a string, an integer or a boolean");
            }
            if (label.asText().length() > MAX_LABEL_LENGTH) {
                throw new InvalidInputException(
                        where + " (id " + id.asText() + "): \"label\" is longer than " + MAX_LABEL_LENGTH);
            }
            String text = label.isBoolean() ? (label.asBoolean() ? "1" : "0") : label.asText();
            return new Outcomes.Reported(id.asText(), new GroundTruth.Label(text));
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new InvalidInputException(where + " (id " + id.asText() + "): \"value\" must be a finite number");
        }
        return new Outcomes.Reported(id.asText(), new GroundTruth.Value(value.asDouble()));
    }

    public ObjectNode report(OutcomeReport report) {
        ObjectNode node = mapper.createObjectNode();
        node.put("model", report.model());
        node.put("received", report.received());
        node.put("joined", report.joined());
        ArrayNode unknown = node.putArray("unknown_ids");
        report.unknownIds().forEach(unknown::add);
        ArrayNode duplicates = node.putArray("duplicate_ids");
        report.duplicateIds().forEach(duplicates::add);
        return node;
    }

    public ObjectNode window(OutcomeWindow window) {
        ObjectNode node = mapper.createObjectNode();
        node.put("from", window.from().toString());
        node.put("to", window.to().toString());
        node.put("joined", window.joined());
        node.put("unscored", window.unscored());
        window.classification().ifPresent(c -> {
            ObjectNode each = node.putObject("classification");
            each.put("count", c.count());
            each.put("accuracy", c.accuracy());
            each.put("macro_f1", c.macroF1());
            ArrayNode classes = each.putArray("classes");
            c.classes().forEach(classes::add);
        });
        window.regression()
                .ifPresent(r -> node.putObject("regression")
                        .put("count", r.count())
                        .put("mae", r.meanAbsoluteError())
                        .put("rmse", r.rootMeanSquaredError()));
        return node;
    }

    public String text(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always prints", e);
        }
    }

    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a prediction log entry: " + firstLine(e), e);
        }
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
