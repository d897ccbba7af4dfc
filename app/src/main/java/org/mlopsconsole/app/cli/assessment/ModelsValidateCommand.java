package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.ModelReference;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelLoader;
import org.mlopsconsole.assessment.ValidationError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        description = {
            "Check a model file (JSON, or YAML for .yaml/.yml) against the format.",
            "Exit 0 when valid; exit 1 listing every error as FILE:LINE:COLUMN: POINTER: what is wrong.",
            "What a valid model may leave out but readers miss (a level or dimension without a description) is"
                    + " printed on stderr as 'warning: FILE:LINE:COLUMN: POINTER: message'; the exit stays 0."
        },
        mixinStandardHelpOptions = true)
public final class ModelsValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The model file to check.")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ModelLoader loader = ModelLoader.withBundledPractices();
        List<ValidationError> errors = loader.validate(file);
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%s is not a valid maturity model (%d error%s):",
                    file,
                    errors.size(),
                    errors.size() == 1 ? "" : "s"));
            errors.forEach(error -> message.append(System.lineSeparator()).append(error));
            throw new UserInputException(message.toString());
        }
        MaturityModel model = ModelReference.loadFile(file);
        loader.warnings(file).forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "%s is valid: model %s, %s, %d levels, %d dimensions, %d questions%n",
                        file,
                        model.id(),
                        model.scoring().code(),
                        model.levels().size(),
                        model.dimensions().size(),
                        model.questions().count());
        return CommandLineApp.EXIT_OK;
    }
}
