package org.mlopsconsole.app.deployments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;

/**
 * The Open Inference Protocol's JSON for the "try it" panel: an example request built from a
 * signature, that request read back into a runtime request (for the in-process path), and a
 * runtime response written as the server would write it.
 */
final class InferenceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InferenceJson() {}

    /** A request with one example tensor per input; variable dimensions become 1. */
    static String exampleRequest(ModelSignature signature) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", "try-it");
        ArrayNode inputs = root.putArray("inputs");
        for (TensorSpec spec : signature.inputs()) {
            ObjectNode input = inputs.addObject();
            input.put("name", spec.name());
            ArrayNode shape = input.putArray("shape");
            long count = 1;
            for (long dimension : spec.shape()) {
                long example = dimension < 0 ? 1 : dimension;
                shape.add(example);
                count *= example;
            }
            input.put("datatype", spec.datatype().name());
            ArrayNode data = input.putArray("data");
            for (long i = 0; i < count; i++) {
                addExampleValue(data, spec.datatype());
            }
        }
        return write(root);
    }

    private static void addExampleValue(ArrayNode data, DataType type) {
        switch (type) {
            case BOOL -> data.add(true);
            case BYTES -> data.add("example");
            case FP16, BF16, FP32, FP64 -> data.add(0.5);
            default -> data.add(1);
        }
    }

    /** Reads a request as the server would (flat or nested data); only what the panel needs. */
    static InferenceRequest parseRequest(String model, OptionalLong version, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("inputs").isArray()) {
            throw new IllegalArgumentException("The request has no \"inputs\" array");
        }
        List<Tensor> inputs = new ArrayList<>();
        for (JsonNode input : root.path("inputs")) {
            inputs.add(tensor(input));
        }
        List<String> outputs = new ArrayList<>();
        root.path("outputs").forEach(output -> outputs.add(output.path("name").asText()));
        Optional<String> id = root.hasNonNull("id") ? Optional.of(root.get("id").asText()) : Optional.empty();
        return new InferenceRequest(model, version, id, inputs, outputs, OptionalLong.empty());
    }

    private static Tensor tensor(JsonNode input) {
        String name = input.path("name").asText("");
        String typeName = input.path("datatype").asText("");
        DataType type = DataType.fromProtocolName(typeName)
                .orElseThrow(() ->
                        new IllegalArgumentException("Input '" + name + "': unknown datatype '" + typeName + "'"));
        long[] shape = new long[input.path("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = input.path("shape").get(i).asLong();
        }
        List<JsonNode> values = new ArrayList<>();
        flatten(input.path("data"), values);
        return new Tensor(name, type, shape, encode(name, type, values));
    }

    private static void flatten(JsonNode node, List<JsonNode> values) {
        if (node.isArray()) {
            node.forEach(child -> flatten(child, values));
        } else if (!node.isMissingNode()) {
            values.add(node);
        }
    }

    private static ByteBuffer encode(String name, DataType type, List<JsonNode> values) {
        if (type == DataType.BYTES) {
            return Tensor.ofStrings(
                            name,
                            new long[] {values.size()},
                            values.stream().map(JsonNode::asText).toArray(String[]::new))
                    .data();
        }
        if (type == DataType.FP16 || type == DataType.BF16) {
            throw new IllegalArgumentException(
                    "Input '" + name + "': " + type + " runs only over HTTP here; start the server to try it");
        }
        ByteBuffer buffer = ByteBuffer.allocate(values.size() * type.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (JsonNode value : values) {
            switch (type) {
                case BOOL -> buffer.put((byte) (value.asBoolean() ? 1 : 0));
                case UINT8, INT8 -> buffer.put((byte) value.asInt());
                case UINT16, INT16 -> buffer.putShort((short) value.asInt());
                case UINT32, INT32 -> buffer.putInt(value.asInt());
                case UINT64, INT64 -> buffer.putLong(value.asLong());
                case FP32 -> buffer.putFloat((float) value.asDouble());
                case FP64 -> buffer.putDouble(value.asDouble());
                default -> throw new IllegalArgumentException("Input '" + name + "': " + type + " is not supported");
            }
        }
        return buffer.flip();
    }

    /** The response as the server writes it (compact, flat data), with the model, version and id. */
    static String response(InferenceResponse response) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model_name", response.model());
        root.put("model_version", Long.toString(response.version()));
        response.id().ifPresent(id -> root.put("id", id));
        if (!response.parameters().isEmpty()) {
            ObjectNode parameters = root.putObject("parameters");
            response.parameters().forEach(parameters::put);
        }
        ArrayNode outputs = root.putArray("outputs");
        for (Tensor tensor : response.outputs()) {
            ObjectNode output = outputs.addObject();
            output.put("name", tensor.name());
            output.put("datatype", tensor.datatype().name());
            ArrayNode shape = output.putArray("shape");
            for (long dimension : tensor.shape()) {
                shape.add(dimension);
            }
            decode(tensor, output.putArray("data"));
        }
        return root.toString();
    }

    private static void decode(Tensor tensor, ArrayNode data) {
        ByteBuffer buffer = tensor.data();
        while (buffer.hasRemaining()) {
            switch (tensor.datatype()) {
                case BOOL -> data.add(buffer.get() != 0);
                case UINT8 -> data.add(buffer.get() & 0xFF);
                case INT8 -> data.add(buffer.get());
                case UINT16 -> data.add(buffer.getShort() & 0xFFFF);
                case INT16 -> data.add(buffer.getShort());
                case UINT32 -> data.add(buffer.getInt() & 0xFFFFFFFFL);
                case INT32 -> data.add(buffer.getInt());
                case UINT64, INT64 -> data.add(buffer.getLong());
                case FP32 -> data.add(buffer.getFloat());
                case FP64 -> data.add(buffer.getDouble());
                case BYTES -> {
                    byte[] bytes = new byte[buffer.getInt()];
                    buffer.get(bytes);
                    data.add(new String(bytes, StandardCharsets.UTF_8));
                }
                default -> {
                    data.add("(" + tensor.datatype() + " data not shown)");
                    return;
                }
            }
        }
    }

    /** Indents a JSON text for reading; text that is not JSON is returned as it is. */
    static String pretty(String json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
