package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.ModelReference;
import org.mlopsconsole.assessment.ModelCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        description = "Write a bundled model's definition file, to read or to adapt into a custom model.",
        mixinStandardHelpOptions = true)
public final class ModelsExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "A bundled model id.")
    private String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String json = ModelCatalog.bundled().sourceJson(id).orElseThrow(() -> ModelReference.unknownModel(id));
        Path written = AtomicFiles.write(out, json);
        spec.commandLine().getOut().println("Model " + id + " written to " + written);
        return CommandLineApp.EXIT_OK;
    }
}
