package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.Tensor;

/**
 * Reads and writes the protocol's inference messages: JSON tensors (flat or nested data) and the
 * binary tensor data extension. Every limit is checked before memory is allocated for a tensor.
 */
final class InferenceCodec {

    private final ObjectMapper mapper;
    private final long maxTensorElements;

    InferenceCodec(int maxJsonDepth, long maxTensorElements) {
        // Tensors are mostly floats: Jackson's Schubfach writer and fast parser instead of the JDK's
        // Float.toString / parseFloat, which dominated the JSON cost of a MiniLM answer (6144 floats).
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxJsonDepth)
                        .build())
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .build();
        this.mapper = new ObjectMapper(factory);
        this.maxTensorElements = maxTensorElements;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** A decoded request and which outputs the client wants in binary form. */
    record Decoded(InferenceRequest request, boolean allOutputsBinary, Map<String, Boolean> outputBinary) {

        boolean binary(String output) {
            return outputBinary.getOrDefault(output, allOutputsBinary);
        }
    }

    JsonNode parse(byte[] body, int length) {
        try {
            JsonNode root = mapper.readTree(body, 0, length);
            if (root == null) {
                throw new InvalidInputException("the request body is empty; expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            if (detail.contains("Non-standard token")) {
                detail = "JSON has no NaN or Infinity (" + detail.split(":")[0]
                        + "); send such values as binary tensor data";
            }
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InvalidInputException("malformed JSON" + where + ": " + detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Decoded decode(byte[] body, OptionalLong headerLength, String model, OptionalLong version) {
        int jsonLength = body.length;
        if (headerLength.isPresent()) {
            long length = headerLength.getAsLong();
            if (length == 0) {
                throw new RawBinaryRequest();
            }
            if (length < 0 || length > body.length) {
                throw new InvalidInputException("Inference-Header-Content-Length " + length + " does not fit the "
                        + body.length + "-byte body");
            }
            jsonLength = (int) length;
        }
        JsonNode root = parse(body, jsonLength);
        if (!root.isObject()) {
            throw new InvalidInputException("the inference request must be a JSON object");
        }
        ByteBuffer binary =
                ByteBuffer.wrap(body, jsonLength, body.length - jsonLength).slice();
        JsonNode inputs = root.get("inputs");
        if (inputs == null || !inputs.isArray() || inputs.isEmpty()) {
            throw new InvalidInputException("the request needs \"inputs\": a non-empty array of tensors");
        }
        List<Tensor> tensors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            tensors.add(input(inputs.get(i), i, binary));
        }
        if (binary.hasRemaining()) {
            throw new InvalidInputException(binary.remaining()
                    + " bytes of binary data follow the JSON but no input claims them (binary_data_size)");
        }
        Optional<String> id = Optional.empty();
        if (root.has("id")) {
            if (!root.get("id").isTextual()) {
                throw new InvalidInputException("\"id\" must be a string");
            }
            id = Optional.of(root.get("id").textValue());
        }
        JsonNode parameters = root.path("parameters");
        OptionalLong timeout = OptionalLong.empty();
        if (parameters.has("timeout")) {
            JsonNode value = parameters.get("timeout");
            if (!value.isIntegralNumber() || value.longValue() < 0) {
                throw new InvalidInputException("parameters.timeout must be a whole number of microseconds");
            }
            if (value.longValue() > 0) {
                timeout = OptionalLong.of(value.longValue());
            }
        }
        boolean allBinary = parameters.path("binary_data_output").asBoolean(false);
        List<String> outputs = new ArrayList<>();
        Map<String, Boolean> outputBinary = new HashMap<>();
        JsonNode requested = root.path("outputs");
        if (!requested.isMissingNode() && !requested.isArray()) {
            throw new InvalidInputException("\"outputs\" must be an array of {\"name\": ...}");
        }
        for (JsonNode output : requested) {
            if (!output.path("name").isTextual()) {
                throw new InvalidInputException("every requested output needs a \"name\" string");
            }
            String name = output.get("name").textValue();
            outputs.add(name);
            JsonNode flag = output.path("parameters").path("binary_data");
            if (flag.isBoolean()) {
                outputBinary.put(name, flag.booleanValue());
            }
        }
        return new Decoded(
                new InferenceRequest(model, version, id, tensors, outputs, timeout), allBinary, outputBinary);
    }

    private Tensor input(JsonNode node, int index, ByteBuffer binary) {
        String where = "inputs[" + index + "]";
        if (!node.isObject() || !node.path("name").isTextual()) {
            throw new InvalidInputException(where + " needs a \"name\" string");
        }
        String name = node.get("name").textValue();
        where = "input '" + name + "'";
        DataType type = DataType.fromProtocolName(node.path("datatype").asText(""))
                .orElseThrow(() -> new InvalidInputException("input '" + name + "' has unknown datatype "
                        + node.path("datatype") + "; use one of " + Arrays.toString(DataType.values())));
        long[] shape = shape(node.get("shape"), where);
        long elements = elementCount(shape, where);
        JsonNode binarySize = node.path("parameters").path("binary_data_size");
        if (!binarySize.isMissingNode()) {
            if (node.has("data")) {
                throw new InvalidInputException(where + " has both \"data\" and binary_data_size");
            }
            return binaryInput(name, type, shape, elements, binarySize, binary);
        }
        JsonNode data = node.get("data");
        if (data == null) {
            throw new InvalidInputException(where + " has no \"data\" (nor parameters.binary_data_size)");
        }
        return new Tensor(name, type, shape, JsonTensors.read(data, type, elements, where));
    }

    private Tensor binaryInput(
            String name, DataType type, long[] shape, long elements, JsonNode binarySize, ByteBuffer binary) {
        if (!binarySize.isIntegralNumber() || binarySize.longValue() < 0) {
            throw new InvalidInputException("input '" + name + "': binary_data_size must be a byte count");
        }
        long size = binarySize.longValue();
        if (size > binary.remaining()) {
            throw new InvalidInputException(String.format(
                    "input '%s' claims %d bytes of binary data but only %d remain in the body",
                    name, size, binary.remaining()));
        }
        if (type != DataType.BYTES && size != elements * type.byteSize()) {
            throw new InvalidInputException(String.format(
                    "input '%s' has %d bytes of binary data but its shape %s of %s needs %d",
                    name, size, Arrays.toString(shape), type, elements * type.byteSize()));
        }
        ByteBuffer slice = binary.slice().limit((int) size).slice().order(ByteOrder.LITTLE_ENDIAN);
        binary.position(binary.position() + (int) size);
        return new Tensor(name, type, shape, slice);
    }

    private long[] shape(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new InvalidInputException(where + " needs a \"shape\": an array of dimension sizes");
        }
        long[] shape = new long[node.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode dimension = node.get(i);
            if (!dimension.isIntegralNumber() || !dimension.canConvertToLong() || dimension.longValue() < 0) {
                throw new InvalidInputException(
                        where + " has shape " + node + ": dimension " + i + " is not a non-negative integer");
            }
            shape[i] = dimension.longValue();
        }
        return shape;
    }

    private long elementCount(long[] shape, String where) {
        long count = 1;
        for (long dimension : shape) {
            try {
                count = Math.multiplyExact(count, dimension);
            } catch (ArithmeticException e) {
                count = Long.MAX_VALUE;
            }
            if (count > maxTensorElements) {
                throw new InvalidInputException(String.format(
                        "%s has shape %s, more than the %d elements a tensor may have",
                        where, Arrays.toString(shape), maxTensorElements));
            }
        }
        return count;
    }

    /** The response as JSON, followed by the binary outputs when any was asked for in binary. */
    Encoded encode(InferenceResponse response, Decoded request) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(256);
        List<ByteBuffer> binaries = new ArrayList<>();
        try (JsonGenerator out = mapper.getFactory().createGenerator(json)) {
            out.writeStartObject();
            out.writeStringField("model_name", response.model());
            out.writeStringField("model_version", Long.toString(response.version()));
            if (response.id().isPresent()) {
                out.writeStringField("id", response.id().get());
            }
            if (!response.parameters().isEmpty()) {
                out.writeObjectFieldStart("parameters");
                for (Map.Entry<String, String> parameter : response.parameters().entrySet()) {
                    out.writeStringField(parameter.getKey(), parameter.getValue());
                }
                out.writeEndObject();
            }
            out.writeArrayFieldStart("outputs");
            for (Tensor output : response.outputs()) {
                out.writeStartObject();
                out.writeStringField("name", output.name());
                out.writeStringField("datatype", output.datatype().name());
                out.writeArrayFieldStart("shape");
                for (long dimension : output.shape()) {
                    out.writeNumber(dimension);
                }
                out.writeEndArray();
                if (request.binary(output.name())) {
                    ByteBuffer data = output.data();
                    out.writeObjectFieldStart("parameters");
                    out.writeNumberField("binary_data_size", data.remaining());
                    out.writeEndObject();
                    binaries.add(data);
                } else {
                    out.writeFieldName("data");
                    JsonTensors.write(out, output);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (binaries.isEmpty()) {
            return new Encoded(json.toByteArray(), OptionalLong.empty());
        }
        int headerLength = json.size();
        for (ByteBuffer data : binaries) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            json.writeBytes(bytes);
        }
        return new Encoded(json.toByteArray(), OptionalLong.of(headerLength));
    }

    record Encoded(byte[] body, OptionalLong headerLength) {}

    /** Signals a raw binary request (header length 0): the body is one input's bytes. */
    static final class RawBinaryRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RawBinaryRequest() {
            super("raw binary request", null, false, false);
        }
    }

    /**
     * A raw binary request as Triton accepts it: the model has one input with at most one variable
     * dimension besides the batch (batch 1), or a BYTES input of shape [1]; every output returns as
     * binary.
     */
    Decoded decodeRaw(
            byte[] body,
            org.mlopsconsole.runtime.ModelSignature signature,
            int maxBatchSize,
            String model,
            OptionalLong version) {
        if (signature.inputs().size() != 1) {
            throw new InvalidInputException(
                    "a raw binary request (Inference-Header-Content-Length: 0) needs a model with"
                            + " exactly one input; '" + model + "' has "
                            + signature.inputs().size());
        }
        org.mlopsconsole.runtime.TensorSpec spec = signature.inputs().get(0);
        long[] shape = spec.shape().stream().mapToLong(Long::longValue).toArray();
        if (maxBatchSize > 0 && shape.length > 0) {
            shape[0] = 1;
        }
        ByteBuffer data;
        if (spec.datatype() == DataType.BYTES) {
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shape[i] < 0 ? 1 : shape[i];
            }
            if (Tensor.elementCount(shape) != 1) {
                throw new InvalidInputException("a raw binary BYTES input must have shape [1]; input '" + spec.name()
                        + "' has " + spec.shape());
            }
            data = ByteBuffer.allocate(4 + body.length)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(body.length)
                    .put(body)
                    .flip();
        } else {
            int variable = -1;
            long known = spec.datatype().byteSize();
            for (int i = 0; i < shape.length; i++) {
                if (shape[i] < 0) {
                    if (variable >= 0) {
                        throw new InvalidInputException("a raw binary request needs at most one variable dimension;"
                                + " input '" + spec.name() + "' has shape " + spec.shape());
                    }
                    variable = i;
                } else {
                    known *= shape[i];
                }
            }
            if (variable >= 0) {
                if (known == 0 || body.length % known != 0) {
                    throw new InvalidInputException(body.length + " bytes do not fill input '" + spec.name()
                            + "' of shape " + spec.shape() + " and datatype " + spec.datatype());
                }
                shape[variable] = body.length / known;
            }
            elementCount(shape, "input '" + spec.name() + "'");
            data = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        }
        Tensor input = new Tensor(spec.name(), spec.datatype(), shape, data);
        return new Decoded(
                new InferenceRequest(model, version, Optional.empty(), List.of(input), List.of(), OptionalLong.empty()),
                true,
                Map.of());
    }
}
