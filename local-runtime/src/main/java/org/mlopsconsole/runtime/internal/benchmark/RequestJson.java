package org.mlopsconsole.runtime.internal.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.mlopsconsole.runtime.Tensor;

/** Writes an Open Inference Protocol inference request in JSON, once per prepared request. */
final class RequestJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RequestJson() {}

    static byte[] encode(List<Tensor> inputs, boolean binaryOutput) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("inputs");
            for (Tensor tensor : inputs) {
                json.writeStartObject();
                json.writeStringField("name", tensor.name());
                json.writeArrayFieldStart("shape");
                for (long dimension : tensor.shape()) {
                    json.writeNumber(dimension);
                }
                json.writeEndArray();
                json.writeStringField("datatype", tensor.datatype().name());
                json.writeArrayFieldStart("data");
                writeValues(json, tensor);
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            if (binaryOutput) {
                json.writeObjectFieldStart("parameters");
                json.writeBooleanField("binary_data_output", true);
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeValues(JsonGenerator json, Tensor tensor) throws IOException {
        if (tensor.datatype() == org.mlopsconsole.runtime.DataType.BYTES) {
            for (String value : tensor.asStrings()) {
                json.writeString(value);
            }
            return;
        }
        ByteBuffer data = tensor.data();
        while (data.hasRemaining()) {
            switch (tensor.datatype()) {
                case BOOL -> json.writeBoolean(data.get() != 0);
                case INT8 -> json.writeNumber(data.get());
                case UINT8 -> json.writeNumber(data.get() & 0xff);
                case INT16 -> json.writeNumber(data.getShort());
                case UINT16 -> json.writeNumber(data.getShort() & 0xffff);
                case INT32 -> json.writeNumber(data.getInt());
                case UINT32 -> json.writeNumber(data.getInt() & 0xffffffffL);
                case INT64, UINT64 -> json.writeNumber(data.getLong());
                case FP32 -> json.writeNumber(data.getFloat());
                case FP64 -> json.writeNumber(data.getDouble());
                case BF16 -> json.writeNumber(Float.intBitsToFloat((data.getShort() & 0xffff) << 16));
                case FP16 -> json.writeNumber(fromHalf(data.getShort()));
                default -> throw new IllegalStateException(tensor.datatype() + " has no JSON form here");
            }
        }
    }

    /** Half precision back to float (normal numbers and zero; enough for generated inputs). */
    static float fromHalf(short half) {
        int bits = half & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0) {
            return Float.intBitsToFloat(sign);
        }
        return Float.intBitsToFloat(sign | (exponent - 15 + 127) << 23 | mantissa << 13);
    }
}
