package org.mlopsconsole.runtime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs a model straight through ONNX Runtime, the reference the runtime's answers must equal. */
final class DirectOnnx implements AutoCloseable {

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    DirectOnnx(Path model) throws OrtException {
        session = environment.createSession(model.toString(), new OrtSession.SessionOptions());
    }

    float[] runFloats(Map<String, Object> inputs, String output) throws OrtException {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            for (Map.Entry<String, Object> input : inputs.entrySet()) {
                feeds.put(input.getKey(), tensor(input.getValue()));
            }
            try (OrtSession.Result result = session.run(feeds)) {
                OnnxTensor tensor = (OnnxTensor) result.get(output).orElseThrow();
                FloatBuffer buffer = tensor.getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                return values;
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(Object value) throws OrtException {
        if (value instanceof Tensor tensor && tensor.datatype() == DataType.FP32) {
            return OnnxTensor.createTensor(environment, FloatBuffer.wrap(tensor.asFloats()), tensor.shape());
        }
        if (value instanceof Tensor tensor && tensor.datatype() == DataType.INT64) {
            return OnnxTensor.createTensor(environment, LongBuffer.wrap(tensor.asLongs()), tensor.shape());
        }
        throw new IllegalArgumentException("unsupported test input " + value);
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
