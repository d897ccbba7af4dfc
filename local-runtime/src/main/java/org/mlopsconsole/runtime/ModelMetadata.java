package org.mlopsconsole.runtime;

import java.util.List;

/** The protocol's model metadata: the served versions, the platform and the signature. */
public record ModelMetadata(String name, List<String> versions, String platform, ModelSignature signature) {

    /** The protocol's name for ONNX models. */
    public static final String ONNX_PLATFORM = "onnx_onnxv1";

    /** A pipeline's platform: Triton's name for a model that chains others. */
    public static final String PIPELINE_PLATFORM = "ensemble";

    public ModelMetadata {
        versions = List.copyOf(versions);
    }
}
