package org.mlopsconsole.runtime.internal.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.PipelineConfig.Classification;
import org.mlopsconsole.runtime.PipelineConfig.Padding;
import org.mlopsconsole.runtime.PipelineConfig.Pooling;
import org.mlopsconsole.runtime.PipelineConfig.PoolingMode;
import org.mlopsconsole.runtime.PipelineConfig.PostProcess;
import org.mlopsconsole.runtime.PipelineConfig.Tokenization;

/**
 * The {@code "pipeline"} field of config.json, read strictly (an unknown field or a wrong value
 * is an error naming it) and written back in the same shape.
 */
public final class PipelineJson {

    /** A file of the pipeline's folder: a plain name, never a path that could lead elsewhere. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ModelConfigReader reader;

    private PipelineJson(ModelConfigReader reader) {
        this.reader = reader;
    }

    /** @param reader the config.json being read, whose checks and messages the pipeline's share */
    static PipelineConfig read(JsonNode node, ModelConfigReader reader) {
        return new PipelineJson(reader).pipeline(node);
    }

    public static boolean isValidFileName(String name) {
        return name != null && FILE_NAME.matcher(name).matches() && !name.contains("..");
    }

    /** The whole config.json of a pipeline. */
    public static String configJson(PipelineConfig pipeline) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode node = root.putObject("pipeline");
        node.put("model", pipeline.model());
        pipeline.preprocess().ifPresent(tokenization -> {
            ObjectNode tokenizer = node.putObject("preprocess").putObject("tokenizer");
            tokenizer.put("file", tokenization.file());
            tokenizer.put("max_length", tokenization.maxLength());
            tokenizer.put("truncation", tokenization.truncation());
            tokenizer.put("padding", tokenization.padding().configName());
        });
        pipeline.postprocess().ifPresent(step -> {
            ObjectNode post = node.putObject("postprocess");
            if (step instanceof Pooling pooling) {
                ObjectNode body = post.putObject("pooling");
                body.put("mode", pooling.mode().configName());
                body.put("normalize", pooling.normalize());
                pooling.output().ifPresent(output -> body.put("output", output));
            } else if (step instanceof Classification classification) {
                ObjectNode body = post.putObject("classification");
                body.put("softmax", classification.softmax());
                body.put("top_k", classification.topK());
                classification.labelsFile().ifPresent(file -> body.put("labels", file));
                classification.output().ifPresent(output -> body.put("output", output));
            }
        });
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serializes", e);
        }
    }

    private PipelineConfig pipeline(JsonNode node) {
        requireObject(node, "pipeline");
        checkFields(node, Set.of("model", "preprocess", "postprocess"), "pipeline.");
        String model = node.path("model").asText("");
        if (!node.path("model").isTextual() || !ModelRepository.isValidName(model)) {
            throw error("pipeline.model must name a model of the repository, not " + node.get("model"));
        }
        Optional<Tokenization> preprocess =
                node.has("preprocess") ? Optional.of(preprocess(node.get("preprocess"))) : Optional.empty();
        Optional<PostProcess> postprocess =
                node.has("postprocess") ? Optional.of(postprocess(node.get("postprocess"))) : Optional.empty();
        if (preprocess.isEmpty() && postprocess.isEmpty()) {
            throw error("pipeline needs a \"preprocess\" or a \"postprocess\" step (or both)");
        }
        return new PipelineConfig(model, preprocess, postprocess);
    }

    private Tokenization preprocess(JsonNode node) {
        requireObject(node, "pipeline.preprocess");
        checkFields(node, Set.of("tokenizer"), "pipeline.preprocess.");
        if (!node.has("tokenizer")) {
            throw error("pipeline.preprocess needs a \"tokenizer\"");
        }
        JsonNode tokenizer = node.get("tokenizer");
        String prefix = "pipeline.preprocess.tokenizer.";
        requireObject(tokenizer, "pipeline.preprocess.tokenizer");
        checkFields(tokenizer, Set.of("file", "max_length", "truncation", "padding"), prefix);
        String file = fileName(tokenizer, "file", prefix, PipelineConfig.DEFAULT_TOKENIZER_FILE);
        int maxLength = tokenizer.has("max_length")
                ? intField(tokenizer, "max_length", prefix, 2, 65_536)
                : PipelineConfig.DEFAULT_MAX_LENGTH;
        boolean truncation = booleanField(tokenizer, "truncation", prefix, true);
        Padding padding = Padding.LONGEST;
        if (tokenizer.has("padding")) {
            String text = tokenizer.get("padding").asText("");
            padding = switch (text) {
                case "longest" -> Padding.LONGEST;
                case "max_length" -> Padding.MAX_LENGTH;
                default ->
                    throw error(
                            prefix + "padding must be \"longest\" or \"max_length\", not " + tokenizer.get("padding"));
            };
        }
        return new Tokenization(file, maxLength, truncation, padding);
    }

    private PostProcess postprocess(JsonNode node) {
        requireObject(node, "pipeline.postprocess");
        checkFields(node, Set.of("pooling", "classification"), "pipeline.postprocess.");
        if (node.size() != 1) {
            throw error("pipeline.postprocess must hold exactly one of \"pooling\", \"classification\"");
        }
        if (node.has("pooling")) {
            JsonNode pooling = node.get("pooling");
            String prefix = "pipeline.postprocess.pooling.";
            requireObject(pooling, "pipeline.postprocess.pooling");
            checkFields(pooling, Set.of("mode", "normalize", "output"), prefix);
            PoolingMode mode = PoolingMode.MEAN;
            if (pooling.has("mode")) {
                String text = pooling.get("mode").asText("");
                mode = switch (text) {
                    case "mean" -> PoolingMode.MEAN;
                    case "cls" -> PoolingMode.CLS;
                    default -> throw error(prefix + "mode must be \"mean\" or \"cls\", not " + pooling.get("mode"));
                };
            }
            return new Pooling(mode, booleanField(pooling, "normalize", prefix, false), output(pooling, prefix));
        }
        JsonNode classification = node.get("classification");
        String prefix = "pipeline.postprocess.classification.";
        requireObject(classification, "pipeline.postprocess.classification");
        checkFields(classification, Set.of("softmax", "top_k", "labels", "output"), prefix);
        int topK = classification.has("top_k") ? intField(classification, "top_k", prefix, 1, 100_000) : 1;
        Optional<String> labels = classification.has("labels")
                ? Optional.of(fileName(classification, "labels", prefix, PipelineConfig.DEFAULT_LABELS_FILE))
                : Optional.empty();
        return new Classification(
                booleanField(classification, "softmax", prefix, true), topK, labels, output(classification, prefix));
    }

    private Optional<String> output(JsonNode node, String prefix) {
        if (!node.has("output")) {
            return Optional.empty();
        }
        if (!node.get("output").isTextual() || node.get("output").asText().isBlank()) {
            throw error(prefix + "output must name an output of the model, not " + node.get("output"));
        }
        return Optional.of(node.get("output").asText());
    }

    private String fileName(JsonNode node, String field, String prefix, String fallback) {
        if (!node.has(field)) {
            return fallback;
        }
        String name = node.get(field).asText("");
        if (!node.get(field).isTextual() || !isValidFileName(name)) {
            throw error(prefix + field + " must be the name of a file in the pipeline's folder (no path), not "
                    + node.get(field));
        }
        return name;
    }

    private void checkFields(JsonNode node, Set<String> allowed, String prefix) {
        reader.checkFields(node, allowed, prefix);
    }

    private void requireObject(JsonNode node, String field) {
        reader.requireObject(node, field);
    }

    private int intField(JsonNode node, String field, String prefix, int min, int max) {
        return reader.intField(node, field, prefix, min, max);
    }

    private boolean booleanField(JsonNode node, String field, String prefix, boolean fallback) {
        return node.has(field) ? reader.booleanField(node.get(field), prefix + field) : fallback;
    }

    private InvalidInputException error(String message) {
        return reader.error(message);
    }
}
