package org.mlopsconsole.runtime.internal.engine;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InternalServingException;
import org.mlopsconsole.runtime.Tensor;

/** Converts between the protocol's binary tensors and ONNX Runtime's (the benchmark engine feeds sessions with it too). */
public final class OrtTensors {

    private OrtTensors() {}

    public static OnnxTensor toOnnx(OrtEnvironment environment, DataType type, long[] shape, ByteBuffer data)
            throws OrtException {
        if (type == DataType.BYTES) {
            return OnnxTensor.createTensor(environment, decodeStrings(data), shape);
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(data.remaining()).order(ByteOrder.nativeOrder());
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN || type.byteSize() == 1) {
            direct.put(data.duplicate()).flip();
        } else {
            throw new InternalServingException("Big-endian hosts are not supported");
        }
        return OnnxTensor.createTensor(environment, direct, shape, javaType(type));
    }

    static Tensor fromOnnx(String name, OnnxTensor tensor) throws OrtException {
        TensorInfo info = tensor.getInfo();
        long[] shape = info.getShape();
        if (info.type == OnnxJavaType.STRING) {
            String[] flat = flatten(tensor.getValue());
            return Tensor.ofStrings(name, shape, flat);
        }
        ByteBuffer bytes = tensor.getByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        return new Tensor(name, dataType(info.type), shape, bytes);
    }

    static String[] decodeStrings(ByteBuffer data) {
        List<String> values = new ArrayList<>();
        ByteBuffer buffer = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            byte[] bytes = new byte[buffer.getInt()];
            buffer.get(bytes);
            values.add(new String(bytes, StandardCharsets.UTF_8));
        }
        return values.toArray(String[]::new);
    }

    private static String[] flatten(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out.toArray(String[]::new);
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof String text) {
            out.add(text);
        } else if (value instanceof Object[] array) {
            for (Object each : array) {
                collect(each, out);
            }
        }
    }

    static OnnxJavaType javaType(DataType type) {
        return switch (type) {
            case BOOL -> OnnxJavaType.BOOL;
            case UINT8 -> OnnxJavaType.UINT8;
            case INT8 -> OnnxJavaType.INT8;
            case INT16 -> OnnxJavaType.INT16;
            case INT32 -> OnnxJavaType.INT32;
            case INT64 -> OnnxJavaType.INT64;
            case FP16 -> OnnxJavaType.FLOAT16;
            case BF16 -> OnnxJavaType.BFLOAT16;
            case FP32 -> OnnxJavaType.FLOAT;
            case FP64 -> OnnxJavaType.DOUBLE;
            case BYTES -> OnnxJavaType.STRING;
            case UINT16, UINT32, UINT64 -> throw new InternalServingException(type + " is not supported");
        };
    }

    static DataType dataType(OnnxJavaType type) {
        return switch (type) {
            case BOOL -> DataType.BOOL;
            case UINT8 -> DataType.UINT8;
            case INT8 -> DataType.INT8;
            case INT16 -> DataType.INT16;
            case INT32 -> DataType.INT32;
            case INT64 -> DataType.INT64;
            case FLOAT16 -> DataType.FP16;
            case BFLOAT16 -> DataType.BF16;
            case FLOAT -> DataType.FP32;
            case DOUBLE -> DataType.FP64;
            case STRING -> DataType.BYTES;
            default -> throw new InternalServingException("ONNX Runtime returned an unsupported type " + type);
        };
    }
}
