package org.mlopsconsole.app.cli.runtime;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.runtime.DeploymentExport;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ServingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code models export-deployment M --target triton|kserve --out DIR --repository DIR}. */
@Command(
        name = "export-deployment",
        mixinStandardHelpOptions = true,
        description = {
            "Write a model for an existing serving engine: a Triton model repository with config.pbtxt,",
            "plus a KServe InferenceService manifest with --target kserve. See docs/scale-out.md."
        })
public final class DeploymentExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "M", description = "The model to export.")
    private String model;

    @Option(names = "--target", required = true, paramLabel = "triton|kserve", description = "triton or kserve.")
    private String target;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder to write.")
    private Path out;

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Option(
            names = "--storage-uri",
            paramLabel = "URI",
            description = "Where the KServe manifest says the exported folder is uploaded (default: ${DEFAULT-VALUE}).")
    private String storageUri = "s3://CHANGE-ME/models";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DeploymentExport.Target chosen = switch (target.toLowerCase(Locale.ROOT)) {
            case "triton" -> DeploymentExport.Target.TRITON;
            case "kserve" -> DeploymentExport.Target.KSERVE;
            default ->
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--target must be triton or kserve, not '" + target + "'");
        };
        List<Path> written;
        try {
            written = DeploymentExport.write(ModelRepository.open(repository), model, chosen, out, storageUri);
        } catch (ServingException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Wrote " + out.toAbsolutePath().normalize() + ":");
        written.forEach(file -> printer.println("  " + file));
        return 0;
    }
}
