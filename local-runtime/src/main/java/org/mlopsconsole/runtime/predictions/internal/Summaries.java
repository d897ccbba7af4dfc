package org.mlopsconsole.runtime.predictions.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.internal.http.HalfFloats;
import org.mlopsconsole.runtime.predictions.TensorSummary;

/** Turns a tensor into what the log keeps of it, by the cut {@link TensorSummary} documents. */
public final class Summaries {

    private Summaries() {}

    public static List<TensorSummary> of(List<Tensor> tensors) {
        return tensors.stream().map(Summaries::of).toList();
    }

    public static TensorSummary of(Tensor tensor) {
        ByteBuffer data = tensor.data();
        long bytes = data.remaining();
        List<Long> shape = Arrays.stream(tensor.shape()).boxed().toList();
        if (tensor.elementCount() > TensorSummary.MAX_VALUES || bytes > TensorSummary.MAX_BYTES) {
            return new TensorSummary.Digest(tensor.name(), tensor.datatype(), shape, bytes, sha256(data));
        }
        if (tensor.datatype() == DataType.BYTES) {
            return new TensorSummary.Texts(tensor.name(), tensor.datatype(), shape, bytes, tensor.asStrings());
        }
        return new TensorSummary.Numbers(
                tensor.name(), tensor.datatype(), shape, bytes, numbers(tensor.datatype(), data));
    }

    private static List<Double> numbers(DataType type, ByteBuffer data) {
        List<Double> values = new ArrayList<>();
        while (data.remaining() >= type.byteSize()) {
            values.add(next(type, data));
        }
        return values;
    }

    private static double next(DataType type, ByteBuffer data) {
        return switch (type) {
            case BOOL -> data.get() != 0 ? 1 : 0;
            case UINT8 -> Byte.toUnsignedInt(data.get());
            case INT8 -> data.get();
            case UINT16 -> Short.toUnsignedInt(data.getShort());
            case INT16 -> data.getShort();
            case UINT32 -> Integer.toUnsignedLong(data.getInt());
            case INT32 -> data.getInt();
            case UINT64 -> Double.parseDouble(Long.toUnsignedString(data.getLong()));
            case INT64 -> data.getLong();
            case FP16 -> HalfFloats.fromHalf(data.getShort());
            case BF16 -> HalfFloats.fromBfloat16(data.getShort());
            case FP32 -> data.getFloat();
            case FP64 -> data.getDouble();
            case BYTES -> throw new IllegalArgumentException("BYTES tensors have no numbers");
        };
    }

    private static String sha256(ByteBuffer data) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
