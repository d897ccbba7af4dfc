package org.mlopsconsole.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.ServingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code models versions M --repository DIR}: a model's versions with stage, size, digest and
 * import time. Shared by {@code mlops-console} and {@code mlops-runtime.jar}. Exit codes: 0 listed,
 * 1 the model or repository cannot be read (message on stderr), 2 usage errors.
 */
@Command(
        name = "versions",
        mixinStandardHelpOptions = true,
        description = "List the versions of a model in a model repository, with their stages.")
public final class ModelVersionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "M", description = "The model name.")
    private String model;

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<ModelVersionRecord> records;
        try {
            records = ModelRepository.open(repository).describeAll(ModelRepository.requireValidName(model));
        } catch (ServingException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (records.isEmpty()) {
            out.printf(Locale.ROOT, "Model %s has no version holding a %s%n", model, ModelRepository.MODEL_FILE);
            return 0;
        }
        out.printf(Locale.ROOT, "%-8s %-10s %14s  %-12s %s%n", "VERSION", "STAGE", "BYTES", "SHA256", "IMPORTED");
        for (ModelVersionRecord record : records) {
            out.printf(
                    Locale.ROOT,
                    "%-8d %-10s %,14d  %-12s %s%n",
                    record.version(),
                    record.stage().name().toLowerCase(Locale.ROOT),
                    record.sizeBytes(),
                    record.sha256().substring(0, 12),
                    record.importedAt());
        }
        return 0;
    }
}
