package org.mlopsconsole.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.mlopsconsole.runtime.internal.http.InferenceCodec;

/**
 * The Open Inference Protocol's JSON as the server reads and writes it, for callers that want the
 * same text in process (the desktop app's "try it" panel): one codec, so an in-process answer and
 * an HTTP answer to the same request agree, limits and refusals included.
 */
public final class OipJson {

    private static final ObjectMapper PRINTER = new ObjectMapper();

    private final InferenceCodec codec;

    private OipJson(ServerLimits limits) {
        this.codec = new InferenceCodec(limits.maxJsonDepth(), limits.maxTensorElements(), limits.maxRequestBytes());
    }

    /** With the server's default limits. */
    public static OipJson withDefaults() {
        return new OipJson(ServerLimits.defaults());
    }

    public static OipJson withLimits(ServerLimits limits) {
        return new OipJson(limits);
    }

    /**
     * Decodes an inference request for {@code served} (see {@link LocalRuntime#served}); throws an
     * {@link InvalidInputException} saying what is wrong, as the server answers 400.
     */
    public InferenceRequest decodeRequest(String json, ServedModel served) {
        return codec.decodeJson(json.getBytes(StandardCharsets.UTF_8), served);
    }

    /** The response as the server writes it: compact, flat data, model, version and id. */
    public String encodeResponse(InferenceResponse response) {
        return new String(codec.encodeJson(response), StandardCharsets.UTF_8);
    }

    /** A request with one example tensor per input; variable dimensions become 1. */
    public static String exampleRequest(ModelSignature signature) {
        ObjectNode root = PRINTER.createObjectNode();
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
                switch (spec.datatype()) {
                    case BOOL -> data.add(true);
                    case BYTES -> data.add("example");
                    case FP16, BF16, FP32, FP64 -> data.add(0.5);
                    default -> data.add(1);
                }
            }
        }
        return pretty(root.toString());
    }

    /** Indents a JSON text for reading; text that is not JSON is returned as it is. */
    public static String pretty(String json) {
        try {
            return PRINTER.writerWithDefaultPrettyPrinter().writeValueAsString(PRINTER.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
