package org.mlopsconsole.runtime.internal.benchmark;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.benchmark.SessionSettings;
import org.mlopsconsole.runtime.internal.engine.OrtTensors;
import org.mlopsconsole.runtime.internal.repository.OnnxSignatureReader;

/** ONNX Runtime in this process, no server in between: the ceiling a server can approach. */
public final class OnnxTargetClient implements TargetClient {

    private final OrtEnvironment environment;
    private final OrtSession.SessionOptions options;
    private final OrtSession session;
    private final ModelSignature signature;
    private final List<OnnxTensor> created = new CopyOnWriteArrayList<>();

    private OnnxTargetClient(OrtEnvironment environment, OrtSession.SessionOptions options, OrtSession session)
            throws OrtException {
        this.environment = environment;
        this.options = options;
        this.session = session;
        this.signature = OnnxSignatureReader.signatureOf(session, "the model");
    }

    public static OnnxTargetClient open(Path model, SessionSettings settings) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            if (settings.intraOpThreads() > 0) {
                options.setIntraOpNumThreads(settings.intraOpThreads());
            }
            options.setOptimizationLevel(level(settings.optimization()));
            if (settings.provider() == SessionSettings.ExecutionProvider.CUDA) {
                addCuda(options);
            }
            return new OnnxTargetClient(environment, options, environment.createSession(model.toString(), options));
        } catch (OrtException e) {
            options.close();
            throw new InvalidInputException(
                    model.getFileName() + " cannot be opened by ONNX Runtime: " + e.getMessage(), e);
        }
    }

    private static void addCuda(OrtSession.SessionOptions options) {
        try {
            options.addCUDA(0);
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw new InvalidInputException(
                    "the CUDA execution provider is not available here (it needs the"
                            + " onnxruntime_gpu build and a GPU): " + e.getMessage(),
                    e);
        }
    }

    static OrtSession.SessionOptions.OptLevel level(SessionSettings.GraphOptimization optimization) {
        return switch (optimization) {
            case NONE -> OrtSession.SessionOptions.OptLevel.NO_OPT;
            case BASIC -> OrtSession.SessionOptions.OptLevel.BASIC_OPT;
            case EXTENDED -> OrtSession.SessionOptions.OptLevel.EXTENDED_OPT;
            case ALL -> OrtSession.SessionOptions.OptLevel.ALL_OPT;
        };
    }

    @Override
    public ModelSignature signature() {
        return signature;
    }

    @Override
    public Object prepare(List<Tensor> inputs) throws OrtException {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        for (Tensor tensor : inputs) {
            OnnxTensor onnx = OrtTensors.toOnnx(environment, tensor.datatype(), tensor.shape(), tensor.data());
            created.add(onnx);
            feeds.put(tensor.name(), onnx);
        }
        return Map.copyOf(feeds);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void call(Object prepared) throws OrtException {
        session.run((Map<String, OnnxTensor>) prepared).close();
    }

    @Override
    public boolean runsModelOnCallerThreads() {
        return true;
    }

    @Override
    public void close() {
        created.forEach(OnnxTensor::close);
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session only fails when it is already closed
        }
        options.close();
    }
}
