package org.mlopsconsole.runtime.internal.cli;

import org.mlopsconsole.runtime.OnnxRuntimeInfo;
import org.mlopsconsole.runtime.internal.http.RuntimeVersion;
import picocli.CommandLine.IVersionProvider;

/** What {@code mlops-runtime --version} prints: this runtime's, Java's and ONNX Runtime's versions. */
public final class RuntimeVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "mlops-runtime " + RuntimeVersion.version(),
            "Java " + System.getProperty("java.version"),
            "ONNX Runtime " + onnxRuntimeVersion()
        };
    }

    private static String onnxRuntimeVersion() {
        try {
            return OnnxRuntimeInfo.version();
        } catch (RuntimeException | LinkageError e) {
            // a platform without the native library can still say what it is
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
