package org.mlopsconsole.runtime.internal.engine;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelConfig.WarmupData;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;

/**
 * Triton's model warmup: runs made with generated inputs before a version is reported ready, so
 * what ONNX Runtime initialises on the first run is not paid by the first request.
 */
final class OnnxWarmup {

    private OnnxWarmup() {}

    static void run(OnnxBatchExecutor executor, ModelConfig.Warmup warmup, long seed) throws OrtException {
        int runs = Math.max(1, warmup.count());
        Random random = new Random(seed);
        for (int run = 0; run < runs; run++) {
            Map<String, OnnxTensor> feeds = new HashMap<>();
            try {
                for (TensorSpec spec : executor.signature.inputs()) {
                    feeds.put(spec.name(), tensor(executor.environment, spec, warmup, random));
                }
                try (OrtSession.Result ignored = executor.session.run(feeds)) {
                    // the run itself is the point
                }
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
        }
    }

    private static OnnxTensor tensor(
            OrtEnvironment environment, TensorSpec spec, ModelConfig.Warmup warmup, Random random) throws OrtException {
        long[] shape = new long[spec.shape().size()];
        for (int i = 0; i < shape.length; i++) {
            long dimension = spec.shape().get(i);
            shape[i] = dimension >= 0 ? dimension : (i == 0 ? warmup.batchSize() : 1);
        }
        int elements = Math.toIntExact(Tensor.elementCount(shape));
        if (spec.datatype() == DataType.BYTES) {
            String[] values = new String[elements];
            Arrays.fill(values, "");
            return OnnxTensor.createTensor(environment, values, shape);
        }
        ByteBuffer data =
                ByteBuffer.allocate(elements * spec.datatype().byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        if (warmup.data() == WarmupData.RANDOM) {
            fillRandom(data, spec.datatype(), random);
        }
        return OrtTensors.toOnnx(environment, spec.datatype(), shape, data.rewind());
    }

    /** Small values only: random token ids or indices must stay valid for the model. */
    private static void fillRandom(ByteBuffer data, DataType type, Random random) {
        while (data.hasRemaining()) {
            switch (type) {
                case FP32 -> data.putFloat(random.nextFloat());
                case FP64 -> data.putDouble(random.nextDouble());
                case INT64 -> data.putLong(random.nextInt(10));
                case INT32 -> data.putInt(random.nextInt(10));
                case INT16, FP16, BF16 -> data.putShort((short) (type == DataType.INT16 ? random.nextInt(10) : 0));
                case BOOL, UINT8, INT8 ->
                    data.put((byte) (type == DataType.BOOL ? random.nextInt(2) : random.nextInt(10)));
                default -> data.put((byte) 0);
            }
        }
    }
}
