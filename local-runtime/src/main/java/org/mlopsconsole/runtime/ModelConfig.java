package org.mlopsconsole.runtime;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A model's serving settings, read from {@code <repository>/<model>/config.json}; every field is
 * optional. Names follow Triton's model configuration so the same folder moves to Triton easily.
 *
 * @param maxBatchSize the largest batch (sum of the requests' first dimensions); 0 turns batching
 *     off; empty means 8 when every input and output has a variable first dimension, else 0
 * @param maxQueueSize requests waiting per model version before new ones are refused with 503
 * @param instanceCount batches run concurrently on the version's session
 * @param intraOpThreads ONNX Runtime threads inside one operator as config.json sets them; empty
 *     serves with {@link #defaultIntraOpThreads()} and leaves an export to Triton's default
 * @param interOpThreads threads across operators as config.json sets them; empty serves with 1
 * @param pipeline present when this name serves another model through pre- and post-processing
 */
public record ModelConfig(
        OptionalInt maxBatchSize,
        DynamicBatching dynamicBatching,
        int maxQueueSize,
        int instanceCount,
        OptionalInt intraOpThreads,
        OptionalInt interOpThreads,
        Warmup warmup,
        VersionPolicy versionPolicy,
        ResponseCache responseCache,
        Optional<VariantGroup> variants,
        Optional<PipelineConfig> pipeline) {

    /** A configuration without a pipeline. */
    public ModelConfig(
            OptionalInt maxBatchSize,
            DynamicBatching dynamicBatching,
            int maxQueueSize,
            int instanceCount,
            OptionalInt intraOpThreads,
            OptionalInt interOpThreads,
            Warmup warmup,
            VersionPolicy versionPolicy,
            ResponseCache responseCache,
            Optional<VariantGroup> variants) {
        this(
                maxBatchSize,
                dynamicBatching,
                maxQueueSize,
                instanceCount,
                intraOpThreads,
                interOpThreads,
                warmup,
                versionPolicy,
                responseCache,
                variants,
                Optional.empty());
    }

    public static final int AUTO_MAX_BATCH_SIZE = 8;
    public static final int DEFAULT_MAX_QUEUE_SIZE = 128;

    public static ModelConfig defaults() {
        return new ModelConfig(
                OptionalInt.empty(),
                DynamicBatching.defaults(),
                DEFAULT_MAX_QUEUE_SIZE,
                1,
                OptionalInt.empty(),
                OptionalInt.empty(),
                Warmup.defaults(),
                new VersionPolicy.Latest(1),
                ResponseCache.disabled(),
                Optional.empty(),
                Optional.empty());
    }

    /** The configuration of a pipeline: only the pipeline; its model keeps its own settings. */
    public static ModelConfig ofPipeline(PipelineConfig pipeline) {
        ModelConfig defaults = defaults();
        return new ModelConfig(
                defaults.maxBatchSize,
                defaults.dynamicBatching,
                defaults.maxQueueSize,
                defaults.instanceCount,
                defaults.intraOpThreads,
                defaults.interOpThreads,
                defaults.warmup,
                defaults.versionPolicy,
                defaults.responseCache,
                Optional.empty(),
                Optional.of(pipeline));
    }

    /** One intra-op thread per core: with one instance that keeps every core busy on a batch. */
    public static int defaultIntraOpThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The intra-op threads a session gets: the configured count, else one per core. */
    public int servingIntraOpThreads() {
        return intraOpThreads.orElse(defaultIntraOpThreads());
    }

    /** The inter-op threads a session gets: the configured count, else 1. */
    public int servingInterOpThreads() {
        return interOpThreads.orElse(1);
    }

    public int effectiveMaxBatchSize(ModelSignature signature) {
        if (!signature.batchable()) {
            return 0;
        }
        return maxBatchSize.orElse(AUTO_MAX_BATCH_SIZE);
    }

    /**
     * @param maxQueueDelayMicros how long the first request of a batch waits for others; 0 sends
     *     whatever is queued at once
     * @param preferredBatchSizes batch sizes sent without waiting out the delay
     */
    public record DynamicBatching(long maxQueueDelayMicros, List<Integer> preferredBatchSizes) {

        public DynamicBatching {
            preferredBatchSizes = List.copyOf(preferredBatchSizes);
        }

        public static DynamicBatching defaults() {
            return new DynamicBatching(0, List.of());
        }
    }

    /** Runs made with generated inputs before a version is reported ready. */
    public record Warmup(int batchSize, int count, WarmupData data) {

        public static Warmup defaults() {
            return new Warmup(1, 1, WarmupData.ZERO);
        }
    }

    public enum WarmupData {
        ZERO,
        RANDOM
    }

    /** Which of a model's versions are served, as in Triton. */
    public sealed interface VersionPolicy {

        record Latest(int numVersions) implements VersionPolicy {}

        record All() implements VersionPolicy {}

        record Specific(List<Long> versions) implements VersionPolicy {
            public Specific {
                versions = List.copyOf(versions);
            }
        }

        default List<Long> select(List<Long> availableAscending) {
            if (this instanceof Latest latest) {
                int from = Math.max(0, availableAscending.size() - latest.numVersions());
                return List.copyOf(availableAscending.subList(from, availableAscending.size()));
            }
            if (this instanceof Specific specific) {
                return availableAscending.stream()
                        .filter(specific.versions()::contains)
                        .toList();
            }
            return List.copyOf(availableAscending);
        }
    }

    /** Per-model response cache, off by default. */
    public record ResponseCache(boolean enabled, long maxBytes) {

        public static ResponseCache disabled() {
            return new ResponseCache(false, 64L * 1024 * 1024);
        }
    }

    /**
     * Serves the model's name by one of several variants (say fp32 and int8) of one model: the most
     * accurate while the recent latency meets the objective, a faster one when it would not.
     *
     * @param members the variants, each a model of the repository, most accurate first
     * @param latencySloMillis the objective for the recent 95th percentile latency
     * @param maxQueueDepth a variant with this many queued requests counts as missing the objective
     * @param window how many recent requests the percentile is taken over
     * @param switchBackRatio move back to a more accurate variant only below this share of the SLO
     */
    public record VariantGroup(
            List<Variant> members, double latencySloMillis, int maxQueueDepth, int window, double switchBackRatio) {

        public VariantGroup {
            members = members.stream()
                    .sorted(java.util.Comparator.comparingDouble(Variant::accuracy)
                            .reversed())
                    .toList();
        }
    }

    public record Variant(String model, double accuracy) {}
}
