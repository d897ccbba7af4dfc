package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.runtime.Tensor;

/**
 * An inference request as the protocol's JSON (flat data, as clients send it), with the tensor
 * writer the server's answers use; for forwarding a request as KServe's payload logger does.
 */
public final class RequestJsonEncoder {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private RequestJsonEncoder() {}

    public static byte[] encode(Optional<String> id, List<Tensor> inputs) {
        long estimate = 128;
        for (Tensor input : inputs) {
            estimate += 64 + JsonTensors.estimatedBytes(input);
        }
        AnswerBuffer json = new AnswerBuffer((int) Math.min(estimate, 1 << 26));
        try (JsonGenerator out = FACTORY.createGenerator(json)) {
            out.writeStartObject();
            if (id.isPresent()) {
                out.writeStringField("id", id.get());
            }
            out.writeArrayFieldStart("inputs");
            for (Tensor input : inputs) {
                out.writeStartObject();
                out.writeStringField("name", input.name());
                out.writeArrayFieldStart("shape");
                for (long dimension : input.shape()) {
                    out.writeNumber(dimension);
                }
                out.writeEndArray();
                out.writeStringField("datatype", input.datatype().name());
                out.writeFieldName("data");
                JsonTensors.write(out, json, input);
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toByteArray();
    }
}
