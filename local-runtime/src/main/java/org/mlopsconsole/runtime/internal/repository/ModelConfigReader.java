package org.mlopsconsole.runtime.internal.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelConfig.DynamicBatching;
import org.mlopsconsole.runtime.ModelConfig.ResponseCache;
import org.mlopsconsole.runtime.ModelConfig.Variant;
import org.mlopsconsole.runtime.ModelConfig.VariantGroup;
import org.mlopsconsole.runtime.ModelConfig.VersionPolicy;
import org.mlopsconsole.runtime.ModelConfig.Warmup;
import org.mlopsconsole.runtime.ModelConfig.WarmupData;
import org.mlopsconsole.runtime.ModelRepository;

/** Reads config.json strictly: an unknown field or a wrong value is an error naming the field. */
public final class ModelConfigReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP_LEVEL = Set.of(
            "max_batch_size",
            "dynamic_batching",
            "max_queue_size",
            "instance_count",
            "intra_op_threads",
            "inter_op_threads",
            "warmup",
            "version_policy",
            "response_cache",
            "variants",
            "pipeline");

    private final String source;

    private ModelConfigReader(String source) {
        this.source = source;
    }

    /** @param source where the text came from, for messages */
    public static ModelConfig parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source + " must hold a JSON object");
        }
        return new ModelConfigReader(source).read(root);
    }

    private OptionalInt optionalInt(JsonNode root, String field, int min, int max) {
        return root.has(field) ? OptionalInt.of(intField(root, field, min, max)) : OptionalInt.empty();
    }

    private ModelConfig read(JsonNode root) {
        checkFields(root, TOP_LEVEL, "");
        if (root.has("pipeline")) {
            if (root.size() > 1) {
                throw error("\"pipeline\" stands alone: batching, threads and the other settings belong in the"
                        + " config.json of the model the pipeline runs");
            }
            return ModelConfig.ofPipeline(PipelineJson.read(root.get("pipeline"), this));
        }
        ModelConfig defaults = ModelConfig.defaults();
        OptionalInt maxBatchSize = root.has("max_batch_size")
                ? OptionalInt.of(intField(root, "max_batch_size", 0, 4096))
                : OptionalInt.empty();
        return new ModelConfig(
                maxBatchSize,
                root.has("dynamic_batching")
                        ? dynamicBatching(root.get("dynamic_batching"))
                        : defaults.dynamicBatching(),
                root.has("max_queue_size") ? intField(root, "max_queue_size", 1, 1_000_000) : defaults.maxQueueSize(),
                root.has("instance_count") ? intField(root, "instance_count", 1, 64) : defaults.instanceCount(),
                optionalInt(root, "intra_op_threads", 0, 256),
                optionalInt(root, "inter_op_threads", 0, 256),
                root.has("warmup") ? warmup(root.get("warmup")) : defaults.warmup(),
                root.has("version_policy") ? versionPolicy(root.get("version_policy")) : defaults.versionPolicy(),
                root.has("response_cache") ? responseCache(root.get("response_cache")) : defaults.responseCache(),
                root.has("variants") ? Optional.of(variants(root.get("variants"))) : Optional.empty());
    }

    private DynamicBatching dynamicBatching(JsonNode node) {
        requireObject(node, "dynamic_batching");
        checkFields(node, Set.of("max_queue_delay_microseconds", "preferred_batch_size"), "dynamic_batching.");
        long delay = node.has("max_queue_delay_microseconds")
                ? longField(node, "max_queue_delay_microseconds", "dynamic_batching.", 0, 10_000_000)
                : 0;
        List<Integer> preferred = new ArrayList<>();
        if (node.has("preferred_batch_size")) {
            JsonNode sizes = node.get("preferred_batch_size");
            if (!sizes.isArray()) {
                throw error("dynamic_batching.preferred_batch_size must be an array of positive integers");
            }
            for (JsonNode size : sizes) {
                if (!size.canConvertToInt() || !size.isIntegralNumber() || size.intValue() < 1) {
                    throw error("dynamic_batching.preferred_batch_size must be an array of positive integers");
                }
                preferred.add(size.intValue());
            }
        }
        return new DynamicBatching(delay, preferred);
    }

    private Warmup warmup(JsonNode node) {
        requireObject(node, "warmup");
        checkFields(node, Set.of("batch_size", "count", "data"), "warmup.");
        Warmup defaults = Warmup.defaults();
        int batchSize =
                node.has("batch_size") ? intField(node, "batch_size", "warmup.", 1, 4096) : defaults.batchSize();
        int count = node.has("count") ? intField(node, "count", "warmup.", 0, 1000) : defaults.count();
        WarmupData data = defaults.data();
        if (node.has("data")) {
            String text = node.get("data").asText("");
            data = switch (text) {
                case "zero" -> WarmupData.ZERO;
                case "random" -> WarmupData.RANDOM;
                default -> throw error("warmup.data must be \"zero\" or \"random\", not " + node.get("data"));
            };
        }
        return new Warmup(batchSize, count, data);
    }

    private VersionPolicy versionPolicy(JsonNode node) {
        requireObject(node, "version_policy");
        if (node.size() != 1) {
            throw error("version_policy must hold exactly one of \"latest\", \"all\", \"specific\"");
        }
        String kind = node.fieldNames().next();
        JsonNode body = node.get(kind);
        return switch (kind) {
            case "latest" -> {
                requireObject(body, "version_policy.latest");
                checkFields(body, Set.of("num_versions"), "version_policy.latest.");
                yield new VersionPolicy.Latest(
                        body.has("num_versions")
                                ? intField(body, "num_versions", "version_policy.latest.", 1, 1000)
                                : 1);
            }
            case "all" -> {
                requireObject(body, "version_policy.all");
                checkFields(body, Set.of(), "version_policy.all.");
                yield new VersionPolicy.All();
            }
            case "specific" -> {
                requireObject(body, "version_policy.specific");
                checkFields(body, Set.of("versions"), "version_policy.specific.");
                JsonNode versions = body.get("versions");
                if (versions == null || !versions.isArray() || versions.isEmpty()) {
                    throw error("version_policy.specific.versions must be a non-empty array of version numbers");
                }
                List<Long> list = new ArrayList<>();
                for (JsonNode version : versions) {
                    if (!version.isIntegralNumber() || version.longValue() < 1) {
                        throw error("version_policy.specific.versions holds " + version + ", not a version number");
                    }
                    list.add(version.longValue());
                }
                yield new VersionPolicy.Specific(list);
            }
            default -> throw error("version_policy." + kind + " is unknown; use \"latest\", \"all\" or \"specific\"");
        };
    }

    private ResponseCache responseCache(JsonNode node) {
        requireObject(node, "response_cache");
        checkFields(node, Set.of("enable", "max_bytes"), "response_cache.");
        ResponseCache defaults = ResponseCache.disabled();
        boolean enabled =
                node.has("enable") ? booleanField(node.get("enable"), "response_cache.enable") : defaults.enabled();
        long maxBytes = node.has("max_bytes")
                ? longField(node, "max_bytes", "response_cache.", 1, Long.MAX_VALUE)
                : defaults.maxBytes();
        return new ResponseCache(enabled, maxBytes);
    }

    private VariantGroup variants(JsonNode node) {
        requireObject(node, "variants");
        checkFields(
                node,
                Set.of("members", "latency_slo_ms", "max_queue_depth", "window", "switch_back_ratio"),
                "variants.");
        JsonNode members = node.get("members");
        if (members == null || !members.isArray() || members.size() < 2) {
            throw error("variants.members must list at least two {\"model\": ..., \"accuracy\": ...}");
        }
        List<Variant> variants = new ArrayList<>();
        for (JsonNode member : members) {
            requireObject(member, "variants.members[]");
            checkFields(member, Set.of("model", "accuracy"), "variants.members[].");
            String model = member.path("model").asText("");
            if (!ModelRepository.isValidName(model)) {
                throw error("variants.members[].model '" + model + "' is not a valid model name");
            }
            if (!member.path("accuracy").isNumber()) {
                throw error("variants.members[].accuracy of '" + model + "' must be a number");
            }
            variants.add(new Variant(model, member.get("accuracy").doubleValue()));
        }
        if (!node.path("latency_slo_ms").isNumber()
                || node.get("latency_slo_ms").doubleValue() <= 0) {
            throw error("variants.latency_slo_ms must be a positive number of milliseconds");
        }
        double switchBack = node.path("switch_back_ratio").asDouble(0.5);
        if (switchBack <= 0 || switchBack >= 1) {
            throw error("variants.switch_back_ratio must be between 0 and 1");
        }
        return new VariantGroup(
                variants,
                node.get("latency_slo_ms").doubleValue(),
                node.has("max_queue_depth") ? intField(node, "max_queue_depth", "variants.", 1, 1_000_000) : 16,
                node.has("window") ? intField(node, "window", "variants.", 10, 100_000) : 100,
                switchBack);
    }

    /** @param field the value's full name, for the message */
    boolean booleanField(JsonNode value, String field) {
        if (!value.isBoolean()) {
            throw error(field + " must be true or false, not " + value);
        }
        return value.booleanValue();
    }

    void checkFields(JsonNode node, Set<String> allowed, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error("unknown field \"" + prefix + name + "\"; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    void requireObject(JsonNode node, String field) {
        if (!node.isObject()) {
            throw error(field + " must be a JSON object");
        }
    }

    private int intField(JsonNode node, String field, int min, int max) {
        return intField(node, field, "", min, max);
    }

    int intField(JsonNode node, String field, String prefix, int min, int max) {
        return (int) longField(node, field, prefix, min, max);
    }

    private long longField(JsonNode node, String field, String prefix, long min, long max) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber()
                || !value.canConvertToLong()
                || value.longValue() < min
                || value.longValue() > max) {
            throw error(String.format(
                    Locale.ROOT, "%s%s must be an integer from %d to %d, not %s", prefix, field, min, max, value));
        }
        return value.longValue();
    }

    InvalidInputException error(String message) {
        return new InvalidInputException(source + ": " + message);
    }
}
