package org.mlopsconsole.runtime.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.mlopsconsole.runtime.DataType;

/**
 * An answer's bytes: sized once from its tensors (growing from a small buffer copied a MiniLM
 * answer, 70 KB, about nine times), float arrays written straight into it by {@link FloatText},
 * and its array extended by the binary outputs.
 */
final class AnswerBuffer extends ByteArrayOutputStream {

    AnswerBuffer(int size) {
        super(size);
    }

    byte[] buffer() {
        return buf;
    }

    /** Appends an FP32, FP16 or BF16 tensor's values as a flat JSON array. */
    void appendFloatArray(ByteBuffer data, DataType type) {
        room(2);
        buf[count++] = '[';
        boolean first = true;
        while (data.hasRemaining()) {
            float value = switch (type) {
                case FP16 -> HalfFloats.fromHalf(data.getShort());
                case BF16 -> HalfFloats.fromBfloat16(data.getShort());
                default -> data.getFloat();
            };
            room(FloatText.MAX_LENGTH + 2);
            if (!first) {
                buf[count++] = ',';
            }
            first = false;
            count = FloatText.write(value, buf, count);
        }
        buf[count++] = ']';
    }

    private void room(int bytes) {
        if (count + bytes > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + bytes));
        }
    }
}
