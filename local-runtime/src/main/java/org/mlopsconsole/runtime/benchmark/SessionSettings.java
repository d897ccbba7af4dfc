package org.mlopsconsole.runtime.benchmark;

import java.util.Locale;

/**
 * ONNX Runtime session options an in-process benchmark sweeps.
 *
 * @param intraOpThreads 0 for ONNX Runtime's default (one per physical core)
 */
public record SessionSettings(int intraOpThreads, GraphOptimization optimization, ExecutionProvider provider) {

    public SessionSettings {
        if (intraOpThreads < 0) {
            throw new IllegalArgumentException("intra-op threads must be 0 (default) or more");
        }
    }

    public static SessionSettings defaults() {
        return new SessionSettings(0, GraphOptimization.ALL, ExecutionProvider.CPU);
    }

    public SessionSettings withIntraOpThreads(int threads) {
        return new SessionSettings(threads, optimization, provider);
    }

    public String label() {
        return String.format(
                Locale.ROOT,
                "%s intra, opt %s, %s",
                intraOpThreads == 0 ? "default" : Integer.toString(intraOpThreads),
                optimization.name().toLowerCase(Locale.ROOT),
                provider.name().toLowerCase(Locale.ROOT));
    }

    /** ONNX Runtime's graph optimization levels. */
    public enum GraphOptimization {
        NONE,
        BASIC,
        EXTENDED,
        ALL
    }

    /** CPU always; CUDA only where the onnxruntime_gpu build and a GPU are present. */
    public enum ExecutionProvider {
        CPU,
        CUDA
    }
}
