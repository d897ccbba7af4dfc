package org.mlopsconsole.runtime;

import ai.onnxruntime.OrtEnvironment;

/** Facts about the ONNX Runtime this process runs models with. */
public final class OnnxRuntimeInfo {

    private OnnxRuntimeInfo() {}

    /** The native ONNX Runtime version; loads the native library on first call. */
    public static String version() {
        return OrtEnvironment.getEnvironment().getVersion();
    }
}
