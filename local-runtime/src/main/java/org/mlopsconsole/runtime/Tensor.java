package org.mlopsconsole.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A named tensor in the protocol's binary form: row-major, little-endian, no padding; a BYTES
 * element is a 4-byte little-endian length followed by its bytes. The buffer is read-only for the
 * runtime; {@link #data()} hands out a duplicate positioned at 0.
 */
public record Tensor(String name, DataType datatype, long[] shape, ByteBuffer data) {

    public Tensor {
        shape = shape.clone();
        data = data.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public ByteBuffer data() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN).rewind();
    }

    public long elementCount() {
        return elementCount(shape);
    }

    public static long elementCount(long[] shape) {
        long count = 1;
        for (long dimension : shape) {
            count = Math.multiplyExact(count, dimension);
        }
        return count;
    }

    public static Tensor ofFloats(String name, long[] shape, float... values) {
        ByteBuffer buffer = allocate(values.length * 4L);
        buffer.asFloatBuffer().put(values);
        return new Tensor(name, DataType.FP32, shape, buffer);
    }

    public static Tensor ofDoubles(String name, long[] shape, double... values) {
        ByteBuffer buffer = allocate(values.length * 8L);
        buffer.asDoubleBuffer().put(values);
        return new Tensor(name, DataType.FP64, shape, buffer);
    }

    public static Tensor ofLongs(String name, long[] shape, long... values) {
        ByteBuffer buffer = allocate(values.length * 8L);
        buffer.asLongBuffer().put(values);
        return new Tensor(name, DataType.INT64, shape, buffer);
    }

    public static Tensor ofInts(String name, long[] shape, int... values) {
        ByteBuffer buffer = allocate(values.length * 4L);
        buffer.asIntBuffer().put(values);
        return new Tensor(name, DataType.INT32, shape, buffer);
    }

    public static Tensor ofStrings(String name, long[] shape, String... values) {
        List<byte[]> encoded = new ArrayList<>();
        long size = 0;
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            encoded.add(bytes);
            size += 4 + bytes.length;
        }
        ByteBuffer buffer = allocate(size);
        for (byte[] bytes : encoded) {
            buffer.putInt(bytes.length).put(bytes);
        }
        return new Tensor(name, DataType.BYTES, shape, buffer.flip());
    }

    public float[] asFloats() {
        requireType(DataType.FP32);
        float[] values = new float[data.remaining() / 4];
        data().asFloatBuffer().get(values);
        return values;
    }

    public long[] asLongs() {
        requireType(DataType.INT64);
        long[] values = new long[data.remaining() / 8];
        data().asLongBuffer().get(values);
        return values;
    }

    /** BYTES elements decoded as UTF-8. */
    public List<String> asStrings() {
        requireType(DataType.BYTES);
        List<String> values = new ArrayList<>();
        ByteBuffer buffer = data();
        while (buffer.hasRemaining()) {
            byte[] bytes = new byte[buffer.getInt()];
            buffer.get(bytes);
            values.add(new String(bytes, StandardCharsets.UTF_8));
        }
        return values;
    }

    private void requireType(DataType expected) {
        if (datatype != expected) {
            throw new IllegalStateException(name + " holds " + datatype + ", not " + expected);
        }
    }

    private static ByteBuffer allocate(long size) {
        return ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor that
                && name.equals(that.name)
                && datatype == that.datatype
                && Arrays.equals(shape, that.shape)
                && data().equals(that.data());
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + datatype.hashCode()) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + " " + datatype + Arrays.toString(shape) + " (" + data.remaining() + " bytes)";
    }
}
