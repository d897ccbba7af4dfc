package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.Tensor;

/** Tensor data written as flat JSON arrays in row-major order; {@link TensorValues} reads them. */
final class JsonTensors {

    private JsonTensors() {}

    /**
     * Writes the tensor's data array as the generator's next value. Float arrays go straight into
     * {@code sink}, the generator's own stream, through {@link FloatText}: the generator is told a
     * value follows (it writes the separator) and flushed, then the array is appended after it.
     */
    static void write(JsonGenerator out, AnswerBuffer sink, Tensor tensor) throws IOException {
        ByteBuffer data = tensor.data();
        if (tensor.datatype() == DataType.FP32
                || tensor.datatype() == DataType.FP16
                || tensor.datatype() == DataType.BF16) {
            out.writeRawValue("");
            out.flush();
            sink.appendFloatArray(data, tensor.datatype());
            return;
        }
        out.writeStartArray();
        switch (tensor.datatype()) {
            case BOOL -> {
                while (data.hasRemaining()) {
                    out.writeBoolean(data.get() != 0);
                }
            }
            case UINT8 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.get() & 0xff);
                }
            }
            case INT8 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.get());
                }
            }
            case INT16 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.getShort());
                }
            }
            case UINT16 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.getShort() & 0xffff);
                }
            }
            case INT32 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.getInt());
                }
            }
            case UINT32 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.getInt() & 0xffffffffL);
                }
            }
            case INT64 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.getLong());
                }
            }
            case UINT64 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(new java.math.BigInteger(Long.toUnsignedString(data.getLong())));
                }
            }
            case FP16, BF16, FP32 -> throw new IllegalStateException("written by FloatText");
            case FP64 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.getDouble());
                }
            }
            case BYTES -> {
                for (String value : tensor.asStrings()) {
                    out.writeString(value);
                }
            }
        }
        out.writeEndArray();
    }

    /** Bytes a tensor's JSON array is likely to take, to size the answer's buffer once. */
    static int estimatedBytes(Tensor tensor) {
        long elements = tensor.elementCount();
        long each = switch (tensor.datatype()) {
            case FP16, BF16, FP32, FP64 -> 14;
            case BYTES -> 16;
            default -> 6;
        };
        return (int) Math.min(1 << 26, elements * each + 16);
    }
}
