package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.Tensor;

/** Tensor data as JSON values: read flat or nested, written flat in row-major order. */
final class JsonTensors {

    private JsonTensors() {}

    static ByteBuffer read(JsonNode data, DataType type, long elements, String where) {
        if (type == DataType.BYTES) {
            return readBytes(data, elements, where);
        }
        ByteBuffer buffer =
                ByteBuffer.allocate(Math.toIntExact(elements * type.byteSize())).order(ByteOrder.LITTLE_ENDIAN);
        long found = fill(data, type, buffer, where, 0, elements);
        if (found != elements) {
            throw lengthMismatch(where, found, elements);
        }
        return buffer.flip();
    }

    private static long fill(JsonNode node, DataType type, ByteBuffer buffer, String where, long index, long expected) {
        if (node.isArray()) {
            long next = index;
            for (JsonNode child : node) {
                next = fill(child, type, buffer, where, next, expected);
            }
            return next;
        }
        if (index >= expected) {
            throw new InvalidInputException(where + " holds more values than its shape needs (" + expected + ")");
        }
        put(node, type, buffer, where, index);
        return index + 1;
    }

    private static void put(JsonNode value, DataType type, ByteBuffer buffer, String where, long index) {
        switch (type) {
            case BOOL -> {
                if (!value.isBoolean()) {
                    throw wrongValue(where, index, value, type, "true or false");
                }
                buffer.put((byte) (value.booleanValue() ? 1 : 0));
            }
            case UINT8 -> buffer.put((byte) integer(value, where, index, type, 0, 255));
            case INT8 -> buffer.put((byte) integer(value, where, index, type, Byte.MIN_VALUE, Byte.MAX_VALUE));
            case INT16 -> buffer.putShort((short) integer(value, where, index, type, Short.MIN_VALUE, Short.MAX_VALUE));
            case UINT16 -> buffer.putShort((short) integer(value, where, index, type, 0, 65535));
            case INT32 -> buffer.putInt((int) integer(value, where, index, type, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case UINT32 -> buffer.putInt((int) integer(value, where, index, type, 0, 0xffffffffL));
            case INT64, UINT64 -> buffer.putLong(integer(value, where, index, type, Long.MIN_VALUE, Long.MAX_VALUE));
            case FP16 -> buffer.putShort(HalfFloats.toHalf(floatValue(value, where, index, type)));
            case BF16 -> buffer.putShort(HalfFloats.toBfloat16(floatValue(value, where, index, type)));
            case FP32 -> buffer.putFloat(floatValue(value, where, index, type));
            case FP64 -> {
                if (!value.isNumber()) {
                    throw wrongValue(where, index, value, type, "a number");
                }
                buffer.putDouble(value.doubleValue());
            }
            case BYTES -> throw new IllegalStateException("BYTES are read separately");
        }
    }

    private static long integer(JsonNode value, String where, long index, DataType type, long min, long max) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongValue(where, index, value, type, "an integer");
        }
        long number = value.longValue();
        if (number < min || number > max) {
            throw wrongValue(where, index, value, type, "an integer from " + min + " to " + max);
        }
        return number;
    }

    private static float floatValue(JsonNode value, String where, long index, DataType type) {
        if (!value.isNumber()) {
            throw wrongValue(where, index, value, type, "a number");
        }
        float number = value.floatValue();
        if (Float.isInfinite(number)) {
            throw wrongValue(where, index, value, type, "a number within the FP32 range");
        }
        return number;
    }

    private static ByteBuffer readBytes(JsonNode data, long elements, String where) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long found = collectStrings(data, out, where, 0, elements);
        if (found != elements) {
            throw lengthMismatch(where, found, elements);
        }
        return ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long collectStrings(
            JsonNode node, ByteArrayOutputStream out, String where, long index, long expected) {
        if (node.isArray()) {
            long next = index;
            for (JsonNode child : node) {
                next = collectStrings(child, out, where, next, expected);
            }
            return next;
        }
        if (index >= expected) {
            throw new InvalidInputException(where + " holds more values than its shape needs (" + expected + ")");
        }
        if (!node.isTextual()) {
            throw wrongValue(where, index, node, DataType.BYTES, "a string");
        }
        byte[] bytes = node.textValue().getBytes(StandardCharsets.UTF_8);
        ByteBuffer length =
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length);
        out.writeBytes(length.array());
        out.writeBytes(bytes);
        return index + 1;
    }

    private static InvalidInputException lengthMismatch(String where, long found, long expected) {
        return new InvalidInputException(where + " holds " + found + " values but its shape needs " + expected);
    }

    private static InvalidInputException wrongValue(
            String where, long index, JsonNode value, DataType type, String needed) {
        String shown = value.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return new InvalidInputException(String.format(
                "%s: value %s at index %d is not valid for %s; expected %s", where, shown, index, type, needed));
    }

    static void write(JsonGenerator out, Tensor tensor) throws IOException {
        ByteBuffer data = tensor.data();
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
            case FP16 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(HalfFloats.fromHalf(data.getShort()));
                }
            }
            case BF16 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(HalfFloats.fromBfloat16(data.getShort()));
                }
            }
            case FP32 -> {
                while (data.hasRemaining()) {
                    out.writeNumber(data.getFloat());
                }
            }
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
}
