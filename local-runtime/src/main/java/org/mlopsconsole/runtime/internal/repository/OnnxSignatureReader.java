package org.mlopsconsole.runtime.internal.repository;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.TensorSpec;

/** Reads a model's inputs and outputs through ONNX Runtime, refusing what cannot be served. */
public final class OnnxSignatureReader {

    private OnnxSignatureReader() {}

    /** Opens the file once with ONNX Runtime; an invalid or unservable model is an error. */
    public static ModelSignature read(Path modelFile, String source) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = environment.createSession(modelFile.toString(), options)) {
            return signatureOf(session, source);
        } catch (OrtException e) {
            // ONNX Runtime names the file by its absolute path: say it as the caller names it
            String reason = String.valueOf(e.getMessage()).replace(modelFile.toString(), source);
            throw new InvalidInputException(source + " is not a model ONNX Runtime can load: " + reason, e);
        }
    }

    public static ModelSignature signatureOf(OrtSession session, String source) throws OrtException {
        return new ModelSignature(
                specs(session.getInputInfo(), source, "input"), specs(session.getOutputInfo(), source, "output"));
    }

    private static List<TensorSpec> specs(Map<String, NodeInfo> nodes, String source, String role) {
        List<TensorSpec> specs = new ArrayList<>();
        for (NodeInfo node : nodes.values()) {
            if (!(node.getInfo() instanceof TensorInfo tensor)) {
                throw new InvalidInputException(String.format(
                        "%s: %s '%s' is a %s, not a tensor; only tensor inputs and outputs can be served",
                        source, role, node.getName(), node.getInfo().getClass().getSimpleName()));
            }
            DataType type = dataType(tensor.onnxType);
            if (!type.supportedByOnnxRuntime()) {
                throw new InvalidInputException(String.format(
                        "%s: %s '%s' has type %s, which ONNX Runtime's Java API cannot exchange",
                        source, role, node.getName(), type));
            }
            List<Long> shape = Arrays.stream(tensor.getShape())
                    .map(dim -> dim < 0 ? -1 : dim)
                    .boxed()
                    .toList();
            specs.add(new TensorSpec(node.getName(), type, shape));
        }
        return specs;
    }

    static DataType dataType(TensorInfo.OnnxTensorType onnxType) {
        return switch (onnxType) {
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_BOOL -> DataType.BOOL;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT8 -> DataType.UINT8;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT16 -> DataType.UINT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT32 -> DataType.UINT32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_UINT64 -> DataType.UINT64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT8 -> DataType.INT8;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT16 -> DataType.INT16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT32 -> DataType.INT32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64 -> DataType.INT64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT16 -> DataType.FP16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_BFLOAT16 -> DataType.BF16;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT -> DataType.FP32;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_DOUBLE -> DataType.FP64;
            case ONNX_TENSOR_ELEMENT_DATA_TYPE_STRING -> DataType.BYTES;
            default -> throw new InvalidInputException("ONNX element type " + onnxType + " has no protocol datatype");
        };
    }
}
