package org.mlopsconsole.runtime.internal.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InternalServingException;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.PipelineConfig.Classification;
import org.mlopsconsole.runtime.PipelineConfig.Pooling;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.internal.pipeline.TextTokenizer.Tokenized;

/**
 * A pipeline ready to serve: its tokenizer opened and its labels read from the pipeline's folder.
 * It knows nothing of queues: the engine runs {@link #preprocess} and {@link #postprocess} on its
 * pipeline threads, around the model's own batched request.
 */
public final class LoadedPipeline implements AutoCloseable {

    public static final String INPUT_IDS = "input_ids";
    public static final String ATTENTION_MASK = "attention_mask";
    public static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final Set<String> TOKENIZER_OUTPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

    /**
     * What the model is asked: its inputs, the outputs the next step needs (empty: all), and the
     * attention mask pooling needs.
     */
    public record ModelCall(List<Tensor> inputs, List<String> outputs, Optional<long[][]> attentionMask) {}

    private final String name;
    private final PipelineConfig config;
    private final Optional<TextTokenizer> tokenizer;
    private final List<String> labels;
    private final AtomicInteger inFlight = new AtomicInteger();
    private boolean retired;

    private LoadedPipeline(String name, PipelineConfig config, Optional<TextTokenizer> tokenizer, List<String> labels) {
        this.name = name;
        this.config = config;
        this.tokenizer = tokenizer;
        this.labels = labels;
    }

    /** Opens the tokenizer and reads the labels the config names, from the pipeline's folder. */
    public static LoadedPipeline load(String name, PipelineConfig config, ModelRepository repository) {
        List<String> labels = List.of();
        if (config.postprocess().orElse(null) instanceof Classification classification
                && classification.labelsFile().isPresent()) {
            labels = readLabels(
                    repository.pipelineFile(name, classification.labelsFile().get()),
                    name + "/" + classification.labelsFile().get());
        }
        Optional<TextTokenizer> tokenizer = config.preprocess()
                .map(t -> TextTokenizer.open(repository.pipelineFile(name, t.file()), t, name + "/" + t.file()));
        return new LoadedPipeline(name, config, tokenizer, labels);
    }

    /** One label a line; blank lines and surrounding spaces are dropped. */
    public static List<String> readLabels(Path file, String label) {
        try {
            List<String> labels = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            if (labels.isEmpty()) {
                throw new InvalidInputException(label + " holds no labels; write one label a line in class order");
            }
            return labels;
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the labels " + label + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public PipelineConfig config() {
        return config;
    }

    public List<String> labels() {
        return labels;
    }

    /** The pipeline's inputs and outputs over the model's, its labels checked against the classes. */
    public ModelSignature signature(ModelSignature model) {
        ModelSignature own = config.signature(model);
        if (config.postprocess().orElse(null) instanceof Classification && !labels.isEmpty()) {
            TensorSpec read = config.stepInput(model).orElseThrow();
            long classes = read.shape().get(1);
            if (classes > 0 && classes != labels.size()) {
                throw new InternalServingException(String.format(
                        Locale.ROOT,
                        "pipeline '%s' does not fit model '%s': its labels file holds %d labels but model output"
                                + " '%s' has %d classes",
                        name,
                        config.model(),
                        labels.size(),
                        read.name(),
                        classes));
            }
        }
        return own;
    }

    /**
     * Tokenizes the {@code text} input (or passes the model's inputs through) and checks the
     * outputs asked for; runs on a pipeline thread, never on an inference worker.
     */
    public ModelCall preprocess(List<Tensor> inputs, List<String> requestedOutputs, ModelSignature model) {
        ModelSignature own = signature(model);
        for (String output : requestedOutputs) {
            if (own.output(output).isEmpty()) {
                throw new InvalidInputException(String.format(
                        "unexpected inference output '%s' for pipeline '%s'; it has %s",
                        output,
                        name,
                        own.outputs().stream().map(TensorSpec::name).toList()));
            }
        }
        List<String> modelOutputs =
                config.stepInput(model).map(spec -> List.of(spec.name())).orElse(requestedOutputs);
        if (tokenizer.isEmpty()) {
            return new ModelCall(inputs, modelOutputs, maskAmong(inputs));
        }
        Tokenized tokens = tokenizer.get().encode(texts(inputs), name);
        List<Tensor> modelInputs = new ArrayList<>();
        for (TensorSpec spec : model.inputs()) {
            if (!TOKENIZER_OUTPUTS.contains(spec.name()) || spec.datatype() != DataType.INT64) {
                throw new InternalServingException(String.format(
                        "pipeline '%s' does not fit model '%s': it takes input '%s' %s, which a tokenizer does not"
                                + " make (it makes INT64 %s)",
                        name,
                        config.model(),
                        spec.name(),
                        spec.datatype(),
                        TOKENIZER_OUTPUTS.stream().sorted().toList()));
            }
            long[][] values = switch (spec.name()) {
                case INPUT_IDS -> tokens.ids();
                case ATTENTION_MASK -> tokens.attentionMask();
                default -> tokens.typeIds();
            };
            modelInputs.add(matrix(spec.name(), values, tokens.tokens()));
        }
        return new ModelCall(modelInputs, modelOutputs, Optional.of(tokens.attentionMask()));
    }

    private List<String> texts(List<Tensor> inputs) {
        Tensor text = inputs.stream()
                .filter(input -> input.name().equals(PipelineConfig.TEXT_INPUT))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(String.format(
                        "pipeline '%s' expects input '%s' (BYTES [-1]: one text a row), which the request does not give",
                        name, PipelineConfig.TEXT_INPUT)));
        if (inputs.size() != 1) {
            throw new InvalidInputException(String.format(
                    "pipeline '%s' takes only input '%s'; the request also gives %s",
                    name,
                    PipelineConfig.TEXT_INPUT,
                    inputs.stream()
                            .map(Tensor::name)
                            .filter(n -> !n.equals(PipelineConfig.TEXT_INPUT))
                            .toList()));
        }
        long[] shape = text.shape();
        if (text.datatype() != DataType.BYTES || shape.length != 1 || shape[0] < 1) {
            throw new InvalidInputException(String.format(
                    "input '%s' of pipeline '%s' must be BYTES with shape [n] (n texts), not %s %s",
                    PipelineConfig.TEXT_INPUT, name, text.datatype(), Arrays.toString(shape)));
        }
        return text.asStrings();
    }

    /** Turns the model's outputs into the pipeline's; runs on a pipeline thread. */
    public List<Tensor> postprocess(List<Tensor> outputs, ModelCall call, List<String> requestedOutputs) {
        if (config.postprocess().isEmpty()) {
            return outputs;
        }
        PipelineConfig.PostProcess step = config.postprocess().get();
        Tensor read = outputs.get(0);
        List<Tensor> answers;
        if (step instanceof Pooling pooling) {
            long[] shape = read.shape();
            long[][] mask = call.attentionMask().orElseGet(() -> ones((int) shape[0], (int) shape[1]));
            answers = List.of(PostProcessing.pool(read, mask, pooling));
        } else {
            answers = PostProcessing.classify(read, (Classification) step, labels);
        }
        if (requestedOutputs.isEmpty()) {
            return answers;
        }
        return answers.stream()
                .filter(tensor -> requestedOutputs.contains(tensor.name()))
                .toList();
    }

    private static Optional<long[][]> maskAmong(List<Tensor> inputs) {
        return inputs.stream()
                .filter(input -> input.name().equals(ATTENTION_MASK) && input.datatype() == DataType.INT64)
                .filter(input -> input.shape().length == 2)
                .findFirst()
                .map(mask -> {
                    long[] values = mask.asLongs();
                    int rows = (int) mask.shape()[0];
                    int width = (int) mask.shape()[1];
                    long[][] matrix = new long[rows][];
                    for (int row = 0; row < rows; row++) {
                        matrix[row] = Arrays.copyOfRange(values, row * width, (row + 1) * width);
                    }
                    return matrix;
                });
    }

    private static long[][] ones(int rows, int width) {
        long[][] matrix = new long[rows][width];
        for (long[] row : matrix) {
            Arrays.fill(row, 1);
        }
        return matrix;
    }

    private static Tensor matrix(String name, long[][] rows, int width) {
        long[] flat = new long[rows.length * width];
        for (int row = 0; row < rows.length; row++) {
            System.arraycopy(rows[row], 0, flat, row * width, width);
        }
        return Tensor.ofLongs(name, new long[] {rows.length, width}, flat);
    }

    /**
     * Counts a request in; false once the pipeline is retired (the caller then uses the new one).
     * The native tokenizer is freed only after the last request counted in has left.
     */
    public boolean acquire() {
        synchronized (inFlight) {
            if (retired) {
                return false;
            }
            inFlight.incrementAndGet();
            return true;
        }
    }

    public void release() {
        synchronized (inFlight) {
            if (inFlight.decrementAndGet() == 0 && retired) {
                tokenizer.ifPresent(TextTokenizer::close);
            }
        }
    }

    /** A reload or an unload replaced it: frees it now or when its last request leaves. */
    @Override
    public void close() {
        synchronized (inFlight) {
            if (retired) {
                return;
            }
            retired = true;
            if (inFlight.get() == 0) {
                tokenizer.ifPresent(TextTokenizer::close);
            }
        }
    }
}
