package org.mlopsconsole.workspace;

/** Where a stored benchmark ran its model. */
public enum BenchmarkTargetKind {
    /** ONNX Runtime in the benchmarking process: no server in between. */
    IN_PROCESS,
    /** An Open Inference Protocol server over HTTP. */
    HTTP
}
