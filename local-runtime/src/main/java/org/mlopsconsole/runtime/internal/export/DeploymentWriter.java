package org.mlopsconsole.runtime.internal.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelConfig.VersionPolicy;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelSignature;

/** Writes the Triton repository (and KServe manifest) into a staging folder, then moves it in place. */
public final class DeploymentWriter {

    private DeploymentWriter() {}

    public static List<Path> write(
            ModelRepository repository, String model, boolean kserve, Path out, String storageUri) {
        ModelRepository.requireValidName(model);
        List<Long> versions = repository.versions(model);
        ModelConfig config = repository.config(model);
        List<Long> exported = config.versionPolicy().select(versions);
        if (exported.isEmpty()) {
            throw new InvalidInputException("Model '" + model + "' has no version to export");
        }
        ModelSignature signature =
                repository.describe(model, exported.get(exported.size() - 1)).signature();
        Path target = out.toAbsolutePath().normalize();
        requireEmptyOrAbsent(target);
        Path staging;
        try {
            Files.createDirectories(target.getParent());
            staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write under " + target.getParent(), e);
        }
        List<Path> written = new ArrayList<>();
        try {
            for (long version : exported) {
                Path file = Path.of(model, Long.toString(version), ModelRepository.MODEL_FILE);
                Files.createDirectories(staging.resolve(file).getParent());
                Files.copy(repository.modelFile(model, version), staging.resolve(file));
                written.add(file);
            }
            Path pbtxt = Path.of(model, "config.pbtxt");
            Files.writeString(staging.resolve(pbtxt), tritonConfig(model, config, signature));
            written.add(pbtxt);
            if (kserve) {
                Path manifest = Path.of("inferenceservice.yaml");
                Files.writeString(staging.resolve(manifest), inferenceService(model, storageUri));
                written.add(manifest);
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export to " + target, e);
        } finally {
            deleteRecursively(staging);
        }
    }

    private static void requireEmptyOrAbsent(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> children = Files.list(target)) {
            if (!Files.isDirectory(target) || children.findAny().isPresent()) {
                throw new InvalidInputException(target + " exists and is not empty; choose a new --out folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + target, e);
        }
    }

    /** Triton's model configuration (protobuf text) carrying our batching, queue and thread settings. */
    public static String tritonConfig(String model, ModelConfig config, ModelSignature signature) {
        int maxBatchSize = config.effectiveMaxBatchSize(signature);
        StringBuilder text = new StringBuilder();
        text.append("# Written by mlops-console models export-deployment; inputs and outputs are\n")
                .append("# auto-completed by Triton from the ONNX file.\n");
        text.append("name: \"").append(model).append("\"\n");
        text.append("platform: \"onnxruntime_onnx\"\n");
        text.append("max_batch_size: ").append(maxBatchSize).append('\n');
        text.append("version_policy: ")
                .append(versionPolicy(config.versionPolicy()))
                .append('\n');
        if (maxBatchSize > 0) {
            text.append("dynamic_batching {\n");
            text.append("  max_queue_delay_microseconds: ")
                    .append(config.dynamicBatching().maxQueueDelayMicros())
                    .append('\n');
            if (!config.dynamicBatching().preferredBatchSizes().isEmpty()) {
                text.append("  preferred_batch_size: [ ")
                        .append(config.dynamicBatching().preferredBatchSizes().stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(", ")))
                        .append(" ]\n");
            }
            text.append(queuePolicy(config, "  ")).append("}\n");
        } else {
            // Triton's queue, and with it max_queue_size, belongs to its dynamic batcher; with
            // max_batch_size 0 that batcher forms no batches but still bounds the queue
            text.append("dynamic_batching {\n")
                    .append(queuePolicy(config, "  "))
                    .append("}\n");
        }
        text.append("instance_group [ { count: ").append(config.instanceCount()).append(", kind: KIND_CPU } ]\n");
        // only what config.json sets: this machine's core count means nothing on the cluster
        config.intraOpThreads().ifPresent(threads -> text.append(parameter("intra_op_thread_count", threads)));
        config.interOpThreads().ifPresent(threads -> text.append(parameter("inter_op_thread_count", threads)));
        if (config.responseCache().enabled()) {
            text.append("response_cache { enable: true }\n");
        }
        return text.toString();
    }

    private static String queuePolicy(ModelConfig config, String indent) {
        return indent + "default_queue_policy { max_queue_size: " + config.maxQueueSize() + " }\n";
    }

    private static String parameter(String key, int value) {
        return "parameters { key: \"" + key + "\" value: { string_value: \"" + value + "\" } }\n";
    }

    private static String versionPolicy(VersionPolicy policy) {
        if (policy instanceof VersionPolicy.Latest latest) {
            return "{ latest: { num_versions: " + latest.numVersions() + " } }";
        }
        if (policy instanceof VersionPolicy.Specific specific) {
            return "{ specific: { versions: ["
                    + specific.versions().stream().map(String::valueOf).collect(Collectors.joining(", ")) + "] } }";
        }
        return "{ all: {} }";
    }

    /** A KServe InferenceService serving the repository with the Triton runtime over the v2 protocol. */
    static String inferenceService(String model, String storageUri) {
        String name =
                model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "model-" + name;
        }
        return """
                # Written by mlops-console models export-deployment.
                # Upload this folder (the model repository) to STORAGE_URI first; see docs/scale-out.md.
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata:
                  name: %s
                spec:
                  predictor:
                    model:
                      modelFormat:
                        name: onnx
                      runtime: kserve-tritonserver
                      protocolVersion: v2
                      storageUri: "%s"
                      # the kserve-tritonserver ClusterServingRuntime's own figures: a request
                      # above its limit is refused by Kubernetes
                      resources:
                        requests:
                          cpu: "1"
                          memory: 2Gi
                        limits:
                          cpu: "1"
                          memory: 2Gi
                """.formatted(name, storageUri);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a leftover staging folder starts with '.', harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
