package org.mlopsconsole.app.cli.runtime;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.PipelineConfig.Classification;
import org.mlopsconsole.runtime.PipelineConfig.Pooling;
import org.mlopsconsole.runtime.PipelineConfig.PoolingMode;
import org.mlopsconsole.runtime.PipelineConfig.PostProcess;
import org.mlopsconsole.runtime.PipelineConfig.Tokenization;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.TensorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code models import FILE.onnx --name M [--version N] --repository DIR}, and with
 * {@code --tokenizer} or {@code --labels} a pipeline over the model too.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import an ONNX model into a model repository as <repository>/<name>/<version>/model.onnx.",
            "The file is checked with ONNX Runtime first; a failed import writes nothing.",
            "With --tokenizer it also makes an embedding pipeline <name>-text that takes text (--labels: a"
                    + " classifier pipeline); the tokenizer and labels are copied into the repository."
        })
public final class ModelImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.onnx", description = "The ONNX model file.")
    private Path file;

    @Option(names = "--name", required = true, paramLabel = "M", description = "Model name: letters, digits, _ . -")
    private String name;

    @Option(names = "--version", paramLabel = "N", description = "Version number (default: the next one).")
    private Long version;

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Option(
            names = "--tokenizer",
            paramLabel = "tokenizer.json",
            description = "A HuggingFace tokenizer.json: also make a pipeline that takes text.")
    private Path tokenizer;

    @Option(
            names = "--max-length",
            paramLabel = "N",
            description = "Longest token sequence; longer texts are truncated (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + PipelineConfig.DEFAULT_MAX_LENGTH)
    private int maxLength;

    @Option(
            names = "--pooling",
            paramLabel = "mean|cls",
            description = "How token embeddings become one embedding (default: ${DEFAULT-VALUE}).",
            defaultValue = "mean")
    private String pooling;

    @Option(names = "--normalize", description = "Scale each embedding to unit L2 norm.")
    private boolean normalize;

    @Option(
            names = "--labels",
            paramLabel = "labels.txt",
            description = "Class labels, one a line in class order: make a classifier pipeline (softmax, top-k).")
    private Path labels;

    @Option(
            names = "--top-k",
            paramLabel = "K",
            description = "Labels a classifier pipeline answers per row (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    private int topK;

    @Option(
            names = "--pipeline-name",
            paramLabel = "P",
            description = "The pipeline's name (default: <name>-text with --tokenizer, else <name>-classes).")
    private String pipelineName;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ModelVersionRecord record;
        Optional<PipelineConfig> pipeline = pipeline();
        Map<String, Path> sources = new HashMap<>();
        if (tokenizer != null) {
            sources.put(PipelineConfig.DEFAULT_TOKENIZER_FILE, tokenizer);
        }
        if (labels != null) {
            sources.put(PipelineConfig.DEFAULT_LABELS_FILE, labels);
        }
        String pipelineAs = pipelineName != null ? pipelineName : name + (tokenizer != null ? "-text" : "-classes");
        try {
            // the pipeline's files are checked before anything is written
            pipeline.ifPresent(config -> ModelRepository.checkPipelineFiles(config, sources));
            ModelRepository models = ModelRepository.open(repository);
            record = models.importModel(file, name, version == null ? OptionalLong.empty() : OptionalLong.of(version));
            pipeline.ifPresent(config -> models.storePipeline(pipelineAs, config, sources));
        } catch (ServingException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "Imported %s version %d into %s%n",
                record.name(),
                record.version(),
                repository.toAbsolutePath().normalize());
        out.printf(Locale.ROOT, "  sha256   %s%n  size     %,d bytes%n", record.sha256(), record.sizeBytes());
        out.printf(Locale.ROOT, "  inputs   %s%n", describe(record.signature().inputs()));
        out.printf(Locale.ROOT, "  outputs  %s%n", describe(record.signature().outputs()));
        pipeline.ifPresent(config -> {
            out.printf(Locale.ROOT, "Pipeline %s over %s:%n", pipelineAs, name);
            config.describeSteps().forEach(step -> out.printf(Locale.ROOT, "  %s%n", step));
        });
        return 0;
    }

    /** The pipeline the options ask for; empty when they name neither a tokenizer nor labels. */
    private Optional<PipelineConfig> pipeline() {
        boolean tuned = maxLength != PipelineConfig.DEFAULT_MAX_LENGTH || !pooling.equals("mean") || normalize;
        if (tokenizer == null && tuned) {
            throw new UserInputException("--max-length, --pooling and --normalize need --tokenizer tokenizer.json");
        }
        if (tokenizer == null && labels == null) {
            return Optional.empty();
        }
        PoolingMode mode = switch (pooling) {
            case "mean" -> PoolingMode.MEAN;
            case "cls" -> PoolingMode.CLS;
            default -> throw new UserInputException("--pooling must be mean or cls, not " + pooling);
        };
        if (maxLength < 2) {
            throw new UserInputException("--max-length must be at least 2, not " + maxLength);
        }
        if (topK < 1) {
            throw new UserInputException("--top-k must be at least 1, not " + topK);
        }
        Optional<Tokenization> preprocess = Optional.ofNullable(tokenizer)
                .map(ignored -> Tokenization.of(PipelineConfig.DEFAULT_TOKENIZER_FILE, maxLength));
        PostProcess postprocess = labels != null
                ? new Classification(true, topK, Optional.of(PipelineConfig.DEFAULT_LABELS_FILE), Optional.empty())
                : new Pooling(mode, normalize, Optional.empty());
        return Optional.of(new PipelineConfig(name, preprocess, Optional.of(postprocess)));
    }

    private static String describe(List<TensorSpec> specs) {
        return specs.stream()
                .map(spec -> spec.name() + " " + spec.datatype() + spec.shape())
                .collect(Collectors.joining(", "));
    }
}
