package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.ModelReference;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ResponsesTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "template", description = "Write an empty responses file for a model.", mixinStandardHelpOptions = true)
public final class AssessTemplateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "ID|FILE", description = "Bundled model id or model file.")
    private String model;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The responses file to write.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MaturityModel resolved = ModelReference.resolve(model);
        Path written = AtomicFiles.write(out, ResponsesTemplate.json(resolved));
        spec.commandLine()
                .getOut()
                .println("Responses template for " + resolved.id() + " written to " + written + " ("
                        + resolved.questions().count() + " questions; see 'models show " + model + "')");
        return CommandLineApp.EXIT_OK;
    }
}
