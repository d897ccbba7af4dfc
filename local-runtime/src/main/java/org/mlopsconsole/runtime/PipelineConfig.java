package org.mlopsconsole.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pipeline, declared in the {@code "pipeline"} field of a model's config.json: the pipeline is a
 * model name of its own (say {@code minilm-text}) that serves another model of the repository
 * ({@code minilm}) with a pre-processing step before it and a post-processing step after it, as
 * Triton's ensembles do. The model it serves stays callable under its own name.
 *
 * @param model the repository model the pipeline runs
 * @param preprocess turns the {@code text} input into the model's token inputs; empty: the
 *     pipeline takes the model's own inputs
 * @param postprocess turns the model's outputs into answers; empty: the model's outputs as they are
 */
public record PipelineConfig(String model, Optional<Tokenization> preprocess, Optional<PostProcess> postprocess) {

    /** The input a text pipeline takes: BYTES [-1], one UTF-8 string per row. */
    public static final String TEXT_INPUT = "text";
    /** The output of pooling: FP32 [-1, hidden]. */
    public static final String EMBEDDING_OUTPUT = "embedding";
    /** The outputs of classification: BYTES [-1, top_k] and FP32 [-1, top_k]. */
    public static final String LABEL_OUTPUT = "label";

    public static final String SCORE_OUTPUT = "score";

    public static final String DEFAULT_TOKENIZER_FILE = "tokenizer.json";
    public static final String DEFAULT_LABELS_FILE = "labels.txt";
    public static final int DEFAULT_MAX_LENGTH = 256;

    /**
     * A HuggingFace {@code tokenizer.json} kept in the pipeline's folder of the repository.
     *
     * @param file the file's name inside the pipeline's folder (never a path elsewhere)
     * @param maxLength the longest token sequence, special tokens included
     * @param truncation cut longer texts to maxLength (else they are refused)
     * @param padding how the texts of one request are padded; batches are padded again to their
     *     longest request before they run
     */
    public record Tokenization(String file, int maxLength, boolean truncation, Padding padding) {

        public static Tokenization of(String file, int maxLength) {
            return new Tokenization(file, maxLength, true, Padding.LONGEST);
        }
    }

    public enum Padding {
        /** To the longest text of the request (and then of the batch). */
        LONGEST,
        /** Every text to maxLength: one shape for every request. */
        MAX_LENGTH;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the pipeline makes of the model's outputs. */
    public sealed interface PostProcess permits Pooling, Classification {
        /** The model output the step reads; empty: the model's first output. */
        Optional<String> output();
    }

    /**
     * Sentence embeddings from token embeddings [batch, tokens, hidden]: the attention-masked mean
     * of the tokens, or the first ([CLS]) token, optionally scaled to unit L2 norm.
     */
    public record Pooling(PoolingMode mode, boolean normalize, Optional<String> output) implements PostProcess {}

    public enum PoolingMode {
        MEAN,
        CLS;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Class scores [batch, classes] to the top-k labels with their scores.
     *
     * @param softmax turn logits into probabilities first
     * @param labelsFile one label a line, in the model's class order, in the pipeline's folder;
     *     empty: labels are the class indexes
     */
    public record Classification(boolean softmax, int topK, Optional<String> labelsFile, Optional<String> output)
            implements PostProcess {}

    /**
     * The pipeline's inputs and outputs over its model's: {@code text} when it tokenizes, else the
     * model's inputs; {@code embedding}, or {@code label} and {@code score}, when it post-processes.
     *
     * @throws InternalServingException when the model's outputs do not fit the post-processing
     */
    public ModelSignature signature(ModelSignature modelSignature) {
        List<TensorSpec> inputs = preprocess.isPresent()
                ? List.of(new TensorSpec(TEXT_INPUT, DataType.BYTES, List.of(-1L)))
                : modelSignature.inputs();
        Optional<TensorSpec> read = stepInput(modelSignature);
        if (read.isEmpty()) {
            return new ModelSignature(inputs, modelSignature.outputs());
        }
        List<Long> shape = read.get().shape();
        if (postprocess.get() instanceof Pooling) {
            return new ModelSignature(
                    inputs,
                    List.of(new TensorSpec(
                            EMBEDDING_OUTPUT, DataType.FP32, List.of(-1L, shape.get(shape.size() - 1)))));
        }
        long classes = shape.get(1);
        int topK = ((Classification) postprocess.get()).topK();
        long k = classes > 0 ? Math.min(classes, topK) : topK;
        return new ModelSignature(
                inputs,
                List.of(
                        new TensorSpec(LABEL_OUTPUT, DataType.BYTES, List.of(-1L, k)),
                        new TensorSpec(SCORE_OUTPUT, DataType.FP32, List.of(-1L, k))));
    }

    /**
     * The model output the post-processing reads (empty without one), checked to have the rank
     * and type the step needs.
     */
    public Optional<TensorSpec> stepInput(ModelSignature modelSignature) {
        if (postprocess.isEmpty()) {
            return Optional.empty();
        }
        PostProcess step = postprocess.get();
        TensorSpec spec = step.output()
                .map(output -> modelSignature
                        .output(output)
                        .orElseThrow(() -> misfit("model '" + model + "' has no output '" + output + "'; it has "
                                + modelSignature.outputs().stream()
                                        .map(TensorSpec::name)
                                        .toList())))
                .orElseGet(() -> modelSignature.outputs().get(0));
        boolean pooling = step instanceof Pooling;
        boolean fits = pooling
                ? spec.shape().size() == 3 && spec.datatype() == DataType.FP32
                : spec.shape().size() == 2 && (spec.datatype() == DataType.FP32 || spec.datatype() == DataType.FP64);
        if (!fits) {
            throw misfit(String.format(
                    "its %s step needs %s, but model output '%s' is %s %s",
                    pooling ? "pooling" : "classification",
                    pooling ? "FP32 [batch, tokens, hidden] token embeddings" : "[batch, classes] scores",
                    spec.name(),
                    spec.datatype(),
                    spec.shape()));
        }
        return Optional.of(spec);
    }

    private InternalServingException misfit(String why) {
        return new InternalServingException("pipeline over '" + model + "' does not fit the model: " + why);
    }

    /** The pipeline's files in its folder: the tokenizer and the labels, as named in the config. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        preprocess.ifPresent(tokenization -> files.add(tokenization.file()));
        postprocess
                .filter(Classification.class::isInstance)
                .flatMap(step -> ((Classification) step).labelsFile())
                .ifPresent(files::add);
        return List.copyOf(files);
    }

    /** One line per step, as {@code models show-pipeline} and the app print them. */
    public List<String> describeSteps() {
        List<String> steps = new ArrayList<>();
        preprocess.ifPresent(t -> steps.add(String.format(
                Locale.ROOT,
                "tokenize   %s (max length %d, truncation %s, padding %s)",
                t.file(),
                t.maxLength(),
                t.truncation() ? "on" : "off",
                t.padding().configName())));
        steps.add("model      " + model);
        postprocess.ifPresent(step -> steps.add(describe(step)));
        return List.copyOf(steps);
    }

    private static String describe(PostProcess step) {
        String output = step.output().map(name -> " of " + name).orElse("");
        if (step instanceof Pooling pooling) {
            return "pool       " + pooling.mode().configName() + output
                    + (pooling.normalize() ? ", L2-normalized" : "");
        }
        Classification classification = (Classification) step;
        return String.format(
                Locale.ROOT,
                "classify   %stop %d%s%s",
                classification.softmax() ? "softmax, " : "",
                classification.topK(),
                classification.labelsFile().map(file -> ", labels from " + file).orElse(""),
                output);
    }
}
