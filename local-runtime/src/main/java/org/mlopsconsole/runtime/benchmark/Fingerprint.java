package org.mlopsconsole.runtime.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine and software a result was measured with, so results from two machines (or two
 * settings) can be told apart and compared honestly.
 *
 * @param physicalCores empty where the OS does not say
 * @param memoryBytes total physical memory
 * @param providers the execution providers this ONNX Runtime build offers
 * @param gpu model and driver per GPU, when nvidia-smi finds any
 * @param modelSha256 of the model file (in process); empty for a remote model
 * @param target the target as results name it
 * @param server what the target's {@code GET /v2} said (name, version, extensions); empty in process
 * @param settings every setting of the run, as text
 */
public record Fingerprint(
        String cpuModel,
        int logicalCores,
        Optional<Integer> physicalCores,
        long memoryBytes,
        String os,
        String jvm,
        String onnxRuntimeVersion,
        List<String> providers,
        List<String> gpu,
        Optional<String> modelSha256,
        String target,
        Map<String, String> server,
        Map<String, String> settings) {

    public Fingerprint {
        providers = List.copyOf(providers);
        gpu = List.copyOf(gpu);
        server = Map.copyOf(server);
        settings = Map.copyOf(settings);
    }
}
