package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;

/**
 * Tensor data read straight from the JSON token stream, flat or nested, into the protocol's binary
 * form: no tree of JSON nodes is built, and a value past the shape's count is refused as it
 * arrives. When a tensor's data comes before its datatype or shape, its values wait in a compact
 * form (9 bytes a value, counted twice for the
 * arrays' growth) that counts against the same byte budget.
 */
final class TensorValues {

    private TensorValues() {}

    /** Bytes a request may still decode into; shared by its tensors. */
    static final class Budget {
        private final long limit;
        private long remaining;

        Budget(long limit) {
            this.limit = limit;
            this.remaining = limit;
        }

        void take(long bytes, String where) {
            if (bytes > remaining) {
                throw new InvalidInputException(
                        where + " would take the request past the " + limit + " bytes of tensor data it may decode to");
            }
            remaining -= bytes;
        }
    }

    /** Receives one tensor's values in order and checks each against the datatype. */
    interface Sink {
        void integer(long value);

        void bigInteger(BigInteger value);

        void decimal(double value);

        void bool(boolean value);

        void text(String value);
    }

    /** Streams the current value (an array or a scalar) of the parser into the sink; returns the count. */
    static long stream(JsonParser parser, Sink sink) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_ARRAY) {
            dispatch(parser, token, sink);
            return 1;
        }
        long count = 0;
        int depth = 0;
        do {
            if (token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_ARRAY) {
                depth--;
            } else {
                dispatch(parser, token, sink);
                count++;
            }
            if (depth == 0) {
                return count;
            }
            token = parser.nextToken();
        } while (token != null);
        return count;
    }

    private static void dispatch(JsonParser parser, JsonToken token, Sink sink) throws IOException {
        switch (token) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    sink.bigInteger(parser.getBigIntegerValue());
                } else {
                    sink.integer(parser.getLongValue());
                }
            }
            case VALUE_NUMBER_FLOAT -> sink.decimal(parser.getDoubleValue());
            case VALUE_TRUE -> sink.bool(true);
            case VALUE_FALSE -> sink.bool(false);
            case VALUE_STRING -> sink.text(parser.getText());
            default -> sink.text(null); // objects, null: no datatype takes them
        }
    }

    static boolean floating(DataType type) {
        return type == DataType.FP16 || type == DataType.BF16 || type == DataType.FP32 || type == DataType.FP64;
    }

    /** A typed sink for exactly {@code expected} values of {@code type}. */
    static Typed typed(DataType type, long expected, String where, Budget budget) {
        return new Typed(type, expected, where, budget);
    }

    static final class Typed implements Sink {
        private final DataType type;
        private final long expected;
        private final String where;
        private final Budget budget;
        private final ByteBuffer fixed;
        private final ByteArrayOutputStream strings;
        private long index;

        private Typed(DataType type, long expected, String where, Budget budget) {
            this.type = type;
            this.expected = expected;
            this.where = where;
            this.budget = budget;
            if (type == DataType.BYTES) {
                this.fixed = null;
                this.strings = new ByteArrayOutputStream();
            } else {
                long bytes = expected * type.byteSize();
                budget.take(bytes, where);
                this.fixed = ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN);
                this.strings = null;
            }
        }

        ByteBuffer finish() {
            if (index != expected) {
                throw new InvalidInputException(where + " holds " + index + " values but its shape needs " + expected);
            }
            return type == DataType.BYTES
                    ? ByteBuffer.wrap(strings.toByteArray()).order(ByteOrder.LITTLE_ENDIAN)
                    : fixed.flip();
        }

        private void next() {
            if (index >= expected) {
                throw new InvalidInputException(where + " holds more values than its shape needs (" + expected + ")");
            }
        }

        @Override
        public void integer(long value) {
            next();
            switch (type) {
                case UINT8 -> fixed.put((byte) range(value, 0, 255, Long.toString(value)));
                case INT8 -> fixed.put((byte) range(value, Byte.MIN_VALUE, Byte.MAX_VALUE, Long.toString(value)));
                case INT16 ->
                    fixed.putShort((short) range(value, Short.MIN_VALUE, Short.MAX_VALUE, Long.toString(value)));
                case UINT16 -> fixed.putShort((short) range(value, 0, 65535, Long.toString(value)));
                case INT32 ->
                    fixed.putInt((int) range(value, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.toString(value)));
                case UINT32 -> fixed.putInt((int) range(value, 0, 0xffffffffL, Long.toString(value)));
                case INT64 -> fixed.putLong(value);
                case UINT64 -> fixed.putLong(range(value, 0, Long.MAX_VALUE, Long.toString(value)));
                case FP16, BF16, FP32, FP64 -> {
                    decimalValue(value, Long.toString(value));
                    return;
                }
                case BOOL -> throw wrong(Long.toString(value), "true or false");
                case BYTES -> throw wrong(Long.toString(value), "a string");
            }
            index++;
        }

        @Override
        public void bigInteger(BigInteger value) {
            next();
            if (type == DataType.UINT64 && value.signum() >= 0 && value.bitLength() <= 64) {
                fixed.putLong(value.longValue());
                index++;
                return;
            }
            if (floating(type)) {
                decimalValue(value.doubleValue(), value.toString());
                return;
            }
            throw wrong(value.toString(), type == DataType.BOOL ? "true or false" : rangeText());
        }

        @Override
        public void decimal(double value) {
            next();
            if (!floating(type)) {
                throw wrong(Double.toString(value), type == DataType.BOOL ? "true or false" : "an integer");
            }
            decimalValue(value, Double.toString(value));
        }

        private void decimalValue(double value, String shown) {
            switch (type) {
                case FP64 -> fixed.putDouble(value);
                case FP32 -> fixed.putFloat(float32(value, shown));
                case FP16 -> fixed.putShort(HalfFloats.toHalf(float32(value, shown)));
                case BF16 -> fixed.putShort(HalfFloats.toBfloat16(float32(value, shown)));
                default -> throw new IllegalStateException(type + " is not a floating-point type");
            }
            index++;
        }

        private float float32(double value, String shown) {
            float number = (float) value;
            if (Float.isInfinite(number)) {
                throw wrong(shown, "a number within the FP32 range");
            }
            return number;
        }

        @Override
        public void bool(boolean value) {
            next();
            if (type != DataType.BOOL) {
                throw wrong(Boolean.toString(value), expectation());
            }
            fixed.put((byte) (value ? 1 : 0));
            index++;
        }

        @Override
        public void text(String value) {
            next();
            if (type != DataType.BYTES || value == null) {
                throw wrong(value == null ? "null" : "\"" + value + "\"", expectation());
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            budget.take(4L + bytes.length, where);
            strings.writeBytes(ByteBuffer.allocate(4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(bytes.length)
                    .array());
            strings.writeBytes(bytes);
            index++;
        }

        private long range(long value, long min, long max, String shown) {
            if (value < min || value > max) {
                throw wrong(shown, "an integer from " + min + " to " + max);
            }
            return value;
        }

        private String rangeText() {
            return type == DataType.UINT64 ? "an integer from 0 to 18446744073709551615" : "an integer";
        }

        private String expectation() {
            return switch (type) {
                case BOOL -> "true or false";
                case BYTES -> "a string";
                case FP16, BF16, FP32, FP64 -> "a number";
                default -> "an integer";
            };
        }

        private InvalidInputException wrong(String shown, String needed) {
            String value = shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
            return new InvalidInputException(String.format(
                    "%s: value %s at index %d is not valid for %s; expected %s", where, value, index, type, needed));
        }
    }

    /** Values kept until the tensor's datatype and shape are known. */
    static final class Deferred implements Sink {
        private static final byte INTEGER = 0;
        private static final byte BIG = 1;
        private static final byte DECIMAL = 2;
        private static final byte BOOL = 3;
        private static final byte TEXT = 4;

        private final long maxValues;
        private final String where;
        private final Budget budget;
        private byte[] kinds = new byte[64];
        private long[] values = new long[64];
        private final List<Object> objects = new ArrayList<>();
        private int size;

        Deferred(long maxValues, String where, Budget budget) {
            this.maxValues = maxValues;
            this.where = where;
            this.budget = budget;
        }

        private void add(byte kind, long value) {
            if (size >= maxValues) {
                throw new InvalidInputException(
                        where + " holds more than the " + maxValues + " elements a tensor may have");
            }
            // 9 bytes a value, twice: the arrays double as they grow, so both copies live for a moment
            budget.take(18, where);
            if (size == kinds.length) {
                kinds = Arrays.copyOf(kinds, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            kinds[size] = kind;
            values[size++] = value;
        }

        @Override
        public void integer(long value) {
            add(INTEGER, value);
        }

        @Override
        public void bigInteger(BigInteger value) {
            add(BIG, objects.size());
            objects.add(value);
        }

        @Override
        public void decimal(double value) {
            add(DECIMAL, Double.doubleToRawLongBits(value));
        }

        @Override
        public void bool(boolean value) {
            add(BOOL, value ? 1 : 0);
        }

        @Override
        public void text(String value) {
            add(TEXT, objects.size());
            objects.add(value == null ? NULL : value);
        }

        private static final Object NULL = new Object();

        void replay(Sink sink) {
            for (int i = 0; i < size; i++) {
                long value = values[i];
                switch (kinds[i]) {
                    case INTEGER -> sink.integer(value);
                    case BIG -> sink.bigInteger((BigInteger) objects.get((int) value));
                    case DECIMAL -> sink.decimal(Double.longBitsToDouble(value));
                    case BOOL -> sink.bool(value != 0);
                    default -> {
                        Object text = objects.get((int) value);
                        sink.text(text == NULL ? null : (String) text);
                    }
                }
            }
        }
    }
}
