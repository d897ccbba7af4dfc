package org.mlopsconsole.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.ServingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code models show-pipeline N --repository DIR}: a pipeline's steps, as its config.json declares
 * them. Shared by {@code mlops-console} and {@code mlops-runtime.jar}. Exit codes: 0 shown, 1 not a
 * pipeline or its config cannot be read (message on stderr), 2 usage errors.
 */
@Command(
        name = "show-pipeline",
        mixinStandardHelpOptions = true,
        description = "Print the steps of a pipeline (pre-processing, model, post-processing) in a model repository.")
public final class ModelShowPipelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "N", description = "The pipeline name.")
    private String name;

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Optional<PipelineConfig> pipeline;
        try {
            ModelRepository models = ModelRepository.open(repository);
            if (!models.contains(ModelRepository.requireValidName(name))) {
                spec.commandLine().getErr().println("'" + name + "' is not in the repository");
                return 1;
            }
            pipeline = models.config(name).pipeline();
        } catch (ServingException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (pipeline.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("'" + name + "' is a model, not a pipeline: its config.json declares no \"pipeline\"");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Pipeline %s%n", name);
        int step = 1;
        for (String line : pipeline.get().describeSteps()) {
            out.printf(Locale.ROOT, "  %d. %s%n", step++, line);
        }
        return 0;
    }
}
