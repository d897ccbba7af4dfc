package org.mlopsconsole.runtime.benchmark;

import java.util.List;
import java.util.Locale;
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

    /** In process (ONNX Runtime here) rather than a server over HTTP: the result swept session settings. */
    public boolean inProcess() {
        return settings.containsKey("sessions") || modelSha256.isPresent();
    }

    /** The model's name: the file name without {@code .onnx} in process, the server's model name otherwise. */
    public String modelName() {
        if (inProcess()) {
            return target.toLowerCase(Locale.ROOT).endsWith(".onnx")
                    ? target.substring(0, target.length() - ".onnx".length())
                    : target;
        }
        int model = target.indexOf(" model ");
        if (model < 0) {
            return target;
        }
        String name = target.substring(model + " model ".length());
        int version = name.indexOf(" version ");
        return version < 0 ? name : name.substring(0, version);
    }

    /** One line for lists, e.g. {@code AMD EPYC 7B13, 2 logical cores, 23.5 GiB, Linux 6.1, ONNX Runtime 1.28.0}. */
    public String machineSummary() {
        return String.format(
                Locale.ROOT,
                "%s, %d logical cores, %.1f GiB, %s, ONNX Runtime %s%s",
                cpuModel,
                logicalCores,
                memoryBytes / (1024.0 * 1024 * 1024),
                os,
                onnxRuntimeVersion,
                gpu.isEmpty() ? "" : ", GPU " + String.join("; ", gpu));
    }
}
