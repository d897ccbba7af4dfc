package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;

/**
 * Reads and writes the protocol's inference messages: JSON tensors (flat or nested data) and the
 * binary tensor data extension. Requests are read from the body's stream with Jackson's streaming
 * parser: shapes are checked against the element and batch limits as they arrive, before any
 * tensor memory is allocated, and values go straight into their binary buffers. Duplicate keys and
 * anything after the JSON document are refused.
 */
public final class InferenceCodec {

    private static final int MAX_OUTPUTS = 1024;
    private static final int MAX_PARAMETERS = 256;
    private static final int MAX_SMALL_TOKENS = 4096;

    private final JsonFactory factory;
    private final ObjectMapper mapper;
    private final long maxTensorElements;
    private final long maxDecodedBytes;

    public InferenceCodec(int maxJsonDepth, long maxTensorElements, long maxDecodedBytes) {
        // Tensors are mostly floats: Jackson's Schubfach writer and fast parser instead of the JDK's
        // Float.toString / parseFloat, which dominated the JSON cost of a MiniLM answer (6144 floats).
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxJsonDepth)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, maxDecodedBytes * 2))
                        .build())
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // binary tensor data may follow the JSON in the same stream
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxTensorElements = maxTensorElements;
        this.maxDecodedBytes = maxDecodedBytes;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** A JSON inference request (no binary data) decoded exactly as the server decodes it. */
    public InferenceRequest decodeJson(byte[] json, ServedModel served) {
        try {
            Decoded decoded = decode(new ByteArrayInputStream(json), OptionalLong.empty(), served);
            return ((Tensors) decoded).request();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response as the server writes it when no output is asked for in binary. */
    public byte[] encodeJson(InferenceResponse response) {
        return encode(response, new Tensors(InferenceRequest.of(response.model(), List.of()), false, Map.of()))
                .body();
    }

    /** What a request body decoded to: tensors, or a raw binary body that needs the model's signature. */
    sealed interface Decoded permits Tensors, RawBinary {}

    /** A decoded request and which outputs the client wants in binary form. */
    record Tensors(InferenceRequest request, boolean allOutputsBinary, Map<String, Boolean> outputBinary)
            implements Decoded {

        boolean binary(String output) {
            return outputBinary.getOrDefault(output, allOutputsBinary);
        }
    }

    /** A raw binary request (Inference-Header-Content-Length: 0): the body is one input's bytes. */
    record RawBinary(byte[] body) implements Decoded {}

    /** A whole small JSON document (load and index bodies), strict as the inference requests are. */
    JsonNode parse(InputStream body) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new InvalidInputException("the request body is empty; expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode parse(byte[] body) {
        return parse(new ByteArrayInputStream(body));
    }

    static InvalidInputException malformed(JsonProcessingException e) {
        // Jackson appends "(start marker at [Source: ...])": parser internals, not the client's concern.
        String detail = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*$", "");
        if (detail.contains("Non-standard token")) {
            detail = "JSON has no NaN or Infinity (" + detail.split(":")[0]
                    + "); send such values as binary tensor data";
        }
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return new InvalidInputException("malformed JSON" + where + ": " + detail, e);
    }

    /**
     * Decodes an inference request from its body. The stream's own failures (the client left, the
     * body is too large or too slow) pass through as they are.
     */
    Decoded decode(InputStream body, OptionalLong headerLength, ServedModel served) throws IOException {
        if (headerLength.isPresent() && headerLength.getAsLong() == 0) {
            return new RawBinary(body.readAllBytes());
        }
        if (headerLength.isPresent() && headerLength.getAsLong() < 0) {
            throw new InvalidInputException("Inference-Header-Content-Length must not be negative");
        }
        InputStream json = headerLength.isPresent() ? new BoundedStream(body, headerLength.getAsLong()) : body;
        TensorValues.Budget budget = new TensorValues.Budget(maxDecodedBytes);
        RequestReader reader = new RequestReader(served.name(), served.maxBatchSize(), budget);
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException("the inference request must be a JSON object");
            }
            reader.read(parser);
            if (parser.nextToken() != null) {
                throw new InvalidInputException("malformed JSON: something follows the request's JSON object");
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (headerLength.isPresent() && ((BoundedStream) json).remaining() > 0) {
            throw new InvalidInputException(
                    "Inference-Header-Content-Length " + headerLength.getAsLong() + " is longer than the body's JSON");
        }
        List<Tensor> tensors = new ArrayList<>();
        for (PendingInput input : reader.inputs) {
            tensors.add(input.tensor(body, budget));
        }
        if (body.read() >= 0) {
            throw new InvalidInputException("binary data follows the JSON but no input claims it (binary_data_size)");
        }
        return new Tensors(
                new InferenceRequest(
                        served.name(), served.version(), reader.id, tensors, reader.outputs, reader.timeout),
                reader.allBinary,
                reader.outputBinary);
    }

    /** The request object's fields, read in any order. */
    private final class RequestReader {
        private final String model;
        private final int maxBatchSize;
        private final TensorValues.Budget budget;
        private final List<PendingInput> inputs = new ArrayList<>();
        private Optional<String> id = Optional.empty();
        private OptionalLong timeout = OptionalLong.empty();
        private boolean allBinary;
        private boolean sawInputs;
        private final List<String> outputs = new ArrayList<>();
        private final Map<String, Boolean> outputBinary = new HashMap<>();

        RequestReader(String model, int maxBatchSize, TensorValues.Budget budget) {
            this.model = model;
            this.maxBatchSize = maxBatchSize;
            this.budget = budget;
        }

        void read(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "inputs" -> inputs(parser, value);
                    case "id" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new InvalidInputException("\"id\" must be a string");
                        }
                        id = Optional.of(parser.getText());
                    }
                    case "parameters" -> parameters(small(parser, "parameters"));
                    case "outputs" -> outputs(small(parser, "outputs"));
                    default -> parser.skipChildren();
                }
            }
            if (!sawInputs || inputs.isEmpty()) {
                throw new InvalidInputException("the request needs \"inputs\": a non-empty array of tensors");
            }
        }

        private void inputs(JsonParser parser, JsonToken value) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                throw new InvalidInputException("the request needs \"inputs\": a non-empty array of tensors");
            }
            sawInputs = true;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                inputs.add(input(parser, inputs.size()));
            }
        }

        private PendingInput input(JsonParser parser, int index) throws IOException {
            PendingInput input = new PendingInput(index);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(input.where() + " needs a \"name\" string");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "name" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new InvalidInputException(input.where() + " needs a \"name\" string");
                        }
                        input.name = parser.getText();
                    }
                    case "datatype" -> input.datatype(value == JsonToken.VALUE_STRING ? parser.getText() : null);
                    case "shape" -> input.shape(small(parser, "shape"), model, maxBatchSize);
                    case "parameters" -> input.parameters(small(parser, "parameters"));
                    case "data" -> input.data(parser, budget);
                    default -> parser.skipChildren();
                }
            }
            input.complete();
            return input;
        }

        private void parameters(JsonNode parameters) {
            if (!parameters.isObject() || parameters.size() > MAX_PARAMETERS) {
                throw new InvalidInputException(
                        "\"parameters\" must be an object of at most " + MAX_PARAMETERS + " values");
            }
            if (parameters.has("timeout")) {
                JsonNode value = parameters.get("timeout");
                if (!value.isIntegralNumber() || value.longValue() < 0) {
                    throw new InvalidInputException("parameters.timeout must be a whole number of microseconds");
                }
                if (value.longValue() > 0) {
                    timeout = OptionalLong.of(value.longValue());
                }
            }
            allBinary = parameters.path("binary_data_output").asBoolean(false);
        }

        private void outputs(JsonNode requested) {
            if (!requested.isArray() || requested.size() > MAX_OUTPUTS) {
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
        }
    }

    /**
     * A small part of the request (shape, parameters, outputs) as a tree, refused past
     * {@link #MAX_SMALL_TOKENS} tokens: a tree costs many times its JSON, so only tensor data may be large.
     */
    private JsonNode small(JsonParser parser, String what) throws IOException {
        try (TokenBuffer buffer = new TokenBuffer(parser)) {
            int depth = 0;
            int tokens = 0;
            JsonToken token = parser.currentToken();
            while (token != null) {
                if (++tokens > MAX_SMALL_TOKENS) {
                    throw new InvalidInputException(
                            "\"" + what + "\" is larger than this server reads (" + MAX_SMALL_TOKENS + " values)");
                }
                buffer.copyCurrentEvent(parser);
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    break;
                }
                token = parser.nextToken();
            }
            try (JsonParser copy = buffer.asParser()) {
                return mapper.readTree(copy);
            }
        }
    }

    /** One input as it is read: its data may come before its datatype and shape. */
    private final class PendingInput {
        private final int index;
        private String name;
        private DataType type;
        private String typeText;
        private boolean typeGiven;
        private long[] shape;
        private long elements;
        private JsonNode binarySize;
        private boolean hasData;
        private TensorValues.Typed typed;
        private TensorValues.Deferred deferred;
        private ByteBuffer data;

        PendingInput(int index) {
            this.index = index;
        }

        String where() {
            return name == null ? "inputs[" + index + "]" : "input '" + name + "'";
        }

        void datatype(String text) {
            typeGiven = true;
            typeText = text;
            type = text == null ? null : DataType.fromProtocolName(text).orElse(null);
        }

        private DataType requireType() {
            if (type == null) {
                String given = !typeGiven
                        ? "no datatype"
                        : "unknown datatype " + (typeText == null ? "null" : "\"" + typeText + "\"");
                throw new InvalidInputException(
                        where() + " has " + given + "; use one of " + Arrays.toString(DataType.values()));
            }
            return type;
        }

        void shape(JsonNode node, String model, int maxBatchSize) {
            shape = InferenceCodec.this.shape(node, where());
            elements = elementCount(shape, where());
            if (maxBatchSize > 0 && shape.length > 0 && shape[0] > maxBatchSize) {
                throw new InvalidInputException(String.format(
                        "%s has batch size %d, more than model '%s' allows (max_batch_size %d)",
                        where(), shape[0], model, maxBatchSize));
            }
        }

        void parameters(JsonNode parameters) {
            JsonNode size = parameters.path("binary_data_size");
            if (!size.isMissingNode()) {
                binarySize = size;
            }
        }

        void data(JsonParser parser, TensorValues.Budget budget) throws IOException {
            hasData = true;
            if (type != null && shape != null) {
                typed = TensorValues.typed(type, elements, where(), budget);
                TensorValues.stream(parser, typed);
            } else {
                deferred = new TensorValues.Deferred(maxTensorElements, where(), budget);
                TensorValues.stream(parser, deferred);
            }
        }

        void complete() {
            if (name == null) {
                throw new InvalidInputException(where() + " needs a \"name\" string");
            }
            requireType();
            if (shape == null) {
                throw new InvalidInputException(where() + " needs a \"shape\": an array of dimension sizes");
            }
            if (binarySize != null) {
                if (hasData) {
                    throw new InvalidInputException(where() + " has both \"data\" and binary_data_size");
                }
                return;
            }
            if (!hasData) {
                throw new InvalidInputException(where() + " has no \"data\" (nor parameters.binary_data_size)");
            }
            if (deferred != null) {
                // the deferred values already took their share of the budget
                typed = TensorValues.typed(type, elements, where(), new TensorValues.Budget(Long.MAX_VALUE));
                deferred.replay(typed);
                deferred = null;
            }
            data = typed.finish();
        }

        Tensor tensor(InputStream body, TensorValues.Budget budget) throws IOException {
            if (binarySize == null) {
                return new Tensor(name, type, shape, data);
            }
            if (!binarySize.isIntegralNumber() || binarySize.longValue() < 0) {
                throw new InvalidInputException(where() + ": binary_data_size must be a byte count");
            }
            long size = binarySize.longValue();
            if (type != DataType.BYTES && size != elements * type.byteSize()) {
                throw new InvalidInputException(String.format(
                        "input '%s' has %d bytes of binary data but its shape %s of %s needs %d",
                        name, size, Arrays.toString(shape), type, elements * type.byteSize()));
            }
            budget.take(size, where());
            byte[] bytes = body.readNBytes((int) size);
            if (bytes.length < size) {
                throw new InvalidInputException(String.format(
                        "input '%s' claims %d bytes of binary data but only %d remain in the body",
                        name, size, bytes.length));
            }
            return new Tensor(name, type, shape, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        }
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

    /** The first {@code length} bytes of a stream, and not one more. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedStream(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        long remaining() {
            return remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }
    }

    /** The response as JSON, followed by the binary outputs when any was asked for in binary. */
    Encoded encode(InferenceResponse response, Tensors request) {
        long estimate = 256;
        for (Tensor output : response.outputs()) {
            estimate += request.binary(output.name()) ? 64 : 64 + JsonTensors.estimatedBytes(output);
        }
        AnswerBuffer json = new AnswerBuffer((int) Math.min(estimate, 1 << 26));
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
                    JsonTensors.write(out, json, output);
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
        int total = headerLength;
        for (ByteBuffer data : binaries) {
            total += data.remaining();
        }
        byte[] body = Arrays.copyOf(json.buffer(), total);
        int at = headerLength;
        for (ByteBuffer data : binaries) {
            int length = data.remaining();
            data.get(body, at, length);
            at += length;
        }
        return new Encoded(body, OptionalLong.of(headerLength));
    }

    record Encoded(byte[] body, OptionalLong headerLength) {}

    /**
     * A raw binary request as Triton accepts it: the model has one input with at most one variable
     * dimension besides the batch (batch 1), or a BYTES input of shape [1]; every output returns as
     * binary.
     */
    Tensors decodeRaw(RawBinary raw, ServedModel served) {
        byte[] body = raw.body();
        ModelSignature signature = served.signature();
        int maxBatchSize = served.maxBatchSize();
        String model = served.name();
        if (signature.inputs().size() != 1) {
            throw new InvalidInputException(
                    "a raw binary request (Inference-Header-Content-Length: 0) needs a model with"
                            + " exactly one input; '" + model + "' has "
                            + signature.inputs().size());
        }
        TensorSpec spec = signature.inputs().get(0);
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
        return new Tensors(
                new InferenceRequest(
                        model, served.version(), Optional.empty(), List.of(input), List.of(), OptionalLong.empty()),
                true,
                Map.of());
    }
}
