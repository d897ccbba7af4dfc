package org.mlopsconsole.runtime.internal.engine;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InternalServingException;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.internal.repository.OnnxSignatureReader;

/**
 * Runs batches on one ONNX Runtime session: stacks the requests' inputs along dimension 0, runs the
 * session (thread-safe, so several workers share it) and splits the outputs back per request,
 * timing Triton's three compute phases.
 */
final class OnnxBatchExecutor implements AutoCloseable {

    /**
     * @param outputs one list per request, in the batch's order
     */
    record Executed(
            List<List<Tensor>> outputs, long computeInputNanos, long computeInferNanos, long computeOutputNanos) {}

    final ModelSignature signature;
    final OrtEnvironment environment;
    final OrtSession session;
    private final String model;
    private final OrtSession.SessionOptions options;

    private OnnxBatchExecutor(
            String model, OrtEnvironment environment, OrtSession.SessionOptions options, OrtSession session)
            throws OrtException {
        this.model = model;
        this.environment = environment;
        this.options = options;
        this.session = session;
        this.signature = OnnxSignatureReader.signatureOf(session, model);
    }

    /** @param label how messages name the version, e.g. {@code model/1} */
    static OnnxBatchExecutor open(String label, Path file, ModelConfig config) throws OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session = null;
        try {
            options.setIntraOpNumThreads(config.servingIntraOpThreads());
            options.setInterOpNumThreads(config.servingInterOpThreads());
            // Idle pool threads would spin waiting for the next operator: on a small machine they
            // take the cores the HTTP threads need to decode requests and write answers.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            session = environment.createSession(file.toString(), options);
            return new OnnxBatchExecutor(label, environment, options, session);
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session);
            options.close();
            throw e;
        }
    }

    Executed run(List<PreparedRequest> batch) throws OrtException {
        long started = System.nanoTime();
        PreparedRequest head = batch.get(0);
        int rows = batch.stream().mapToInt(request -> (int) request.batchSize).sum();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            for (int i = 0; i < head.inputs.size(); i++) {
                feeds.put(head.inputs.get(i).name(), stack(batch, i, rows));
            }
            long inputsReady = System.nanoTime();
            List<List<Tensor>> perRequest = new ArrayList<>();
            batch.forEach(ignored -> perRequest.add(new ArrayList<>()));
            long ran;
            try (OrtSession.Result result = session.run(feeds, head.outputs)) {
                ran = System.nanoTime();
                for (Map.Entry<String, OnnxValue> output : result) {
                    Tensor whole = OrtTensors.fromOnnx(output.getKey(), (OnnxTensor) output.getValue());
                    List<Tensor> parts = batch.size() == 1 ? List.of(whole) : split(whole, batch, rows);
                    for (int r = 0; r < batch.size(); r++) {
                        perRequest.get(r).add(parts.get(r));
                    }
                }
            }
            long finished = System.nanoTime();
            List<List<Tensor>> outputs = perRequest.stream().map(List::copyOf).toList();
            return new Executed(outputs, inputsReady - started, ran - inputsReady, finished - ran);
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    /** The i-th input of every request concatenated along dimension 0. */
    private OnnxTensor stack(List<PreparedRequest> batch, int input, int rows) throws OrtException {
        Tensor first = batch.get(0).inputs.get(input);
        if (batch.size() == 1) {
            return OrtTensors.toOnnx(environment, first.datatype(), first.shape(), first.data());
        }
        if (first.shape().length >= 2 && first.datatype() != DataType.BYTES && batch.get(0).padded) {
            return stackPadded(batch, input, rows);
        }
        int size = 0;
        for (PreparedRequest request : batch) {
            size += request.inputs.get(input).data().remaining();
        }
        ByteBuffer joined = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        for (PreparedRequest request : batch) {
            joined.put(request.inputs.get(input).data());
        }
        long[] shape = first.shape();
        shape[0] = rows;
        return OrtTensors.toOnnx(environment, first.datatype(), shape, joined.flip());
    }

    /**
     * Like {@link #stack} for requests whose dimension 1 differs (tokens of texts): each row is
     * copied to the start of a zero-filled row as long as the batch's longest.
     */
    private OnnxTensor stackPadded(List<PreparedRequest> batch, int input, int rows) throws OrtException {
        Tensor first = batch.get(0).inputs.get(input);
        long longest = 0;
        for (PreparedRequest request : batch) {
            longest = Math.max(longest, request.inputs.get(input).shape()[1]);
        }
        long[] shape = first.shape();
        long inner = 1;
        for (int d = 2; d < shape.length; d++) {
            inner *= shape[d];
        }
        int elementBytes = first.datatype().byteSize();
        int paddedRowBytes = Math.toIntExact(longest * inner * elementBytes);
        ByteBuffer joined =
                ByteBuffer.allocate(Math.multiplyExact(rows, paddedRowBytes)).order(ByteOrder.LITTLE_ENDIAN);
        for (PreparedRequest request : batch) {
            Tensor part = request.inputs.get(input);
            int rowBytes = Math.toIntExact(part.shape()[1] * inner * elementBytes);
            ByteBuffer data = part.data();
            for (long row = 0; row < part.shape()[0]; row++) {
                int start = joined.position();
                joined.put(data.slice(data.position(), rowBytes));
                data.position(data.position() + rowBytes);
                joined.position(start + paddedRowBytes);
            }
        }
        shape[0] = rows;
        shape[1] = longest;
        return OrtTensors.toOnnx(environment, first.datatype(), shape, joined.flip());
    }

    /** Splits a batched output back along dimension 0, one part per request. */
    private List<Tensor> split(Tensor whole, List<PreparedRequest> batch, int rows) {
        long[] shape = whole.shape();
        if (shape.length == 0 || shape[0] != rows) {
            throw new InternalServingException(String.format(
                    "output '%s' of model '%s' has first dimension %s, not the batch size %d, so it cannot be split",
                    whole.name(), model, shape.length == 0 ? "none" : Long.toString(shape[0]), rows));
        }
        long elementsPerRow = whole.elementCount() / rows;
        ByteBuffer data = whole.data();
        List<Tensor> parts = new ArrayList<>();
        for (PreparedRequest request : batch) {
            long[] partShape = shape.clone();
            partShape[0] = request.batchSize;
            int start = data.position();
            if (whole.datatype() == DataType.BYTES) {
                for (long e = 0; e < elementsPerRow * request.batchSize; e++) {
                    int length = data.getInt();
                    data.position(data.position() + length);
                }
            } else {
                data.position(start
                        + (int) (elementsPerRow
                                * request.batchSize
                                * whole.datatype().byteSize()));
            }
            ByteBuffer slice =
                    data.duplicate().position(start).limit(data.position()).slice();
            parts.add(new Tensor(whole.name(), whole.datatype(), partShape, slice));
        }
        return parts;
    }

    @Override
    public void close() {
        closeQuietly(session);
        options.close();
    }

    private static void closeQuietly(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // nothing more can be freed
            }
        }
    }
}
