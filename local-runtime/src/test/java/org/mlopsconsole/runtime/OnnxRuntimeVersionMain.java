package org.mlopsconsole.runtime;

/** Prints the ONNX Runtime version: the child process of {@link LongCommandLineTest}. */
public final class OnnxRuntimeVersionMain {

    private OnnxRuntimeVersionMain() {}

    public static void main(String[] args) {
        System.out.println("ONNX Runtime " + OnnxRuntimeInfo.version());
    }
}
