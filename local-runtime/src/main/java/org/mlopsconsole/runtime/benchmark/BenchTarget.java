package org.mlopsconsole.runtime.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** What a benchmark drives: ONNX Runtime in this process (the ceiling), or any OIP server over HTTP. */
public sealed interface BenchTarget {

    /** How results name the target, e.g. {@code minilm.onnx} or {@code http://host:8000 model m}. */
    String label();

    /** A model file run by ONNX Runtime directly, with no server in between. */
    record OnnxFile(Path model) implements BenchTarget {
        @Override
        public String label() {
            return String.valueOf(model.getFileName());
        }
    }

    /**
     * A model on an Open Inference Protocol (KServe v2 REST) server: this runtime, Triton or KServe.
     *
     * @param version empty for the server's choice
     * @param binaryOutput ask for the outputs in the binary tensor data extension instead of JSON
     * @param bearerToken sent as {@code Authorization: Bearer} when present
     */
    record OipHttp(
            URI baseUrl, String model, Optional<String> version, boolean binaryOutput, Optional<String> bearerToken)
            implements BenchTarget {

        public OipHttp(URI baseUrl, String model) {
            this(baseUrl, model, Optional.empty(), false, Optional.empty());
        }

        public OipHttp withBinaryOutput(boolean binary) {
            return new OipHttp(baseUrl, model, version, binary, bearerToken);
        }

        @Override
        public String label() {
            return baseUrl + " model " + model
                    + version.map(v -> " version " + v).orElse("");
        }

        @Override
        public String toString() {
            // never print the token
            return "OipHttp[" + label() + (binaryOutput ? ", binary output" : "") + "]";
        }
    }
}
