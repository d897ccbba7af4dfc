package org.mlopsconsole.runtime.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelStage;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.ServingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code models stage M VERSION STAGE --repository DIR}: moves a version to none, staging or
 * production. Shared by {@code mlops-console} and {@code mlops-runtime.jar}. Exit codes: 0 set, 1
 * the model or version is not there (message on stderr), 2 usage errors (an unknown stage).
 */
@Command(
        name = "stage",
        mixinStandardHelpOptions = true,
        description = "Set the promotion stage of a model version: none, staging or production.")
public final class ModelStageCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "M", description = "The model name.")
    private String model;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The version number.")
    private long version;

    @Parameters(
            index = "2",
            paramLabel = "STAGE",
            converter = StageConverter.class,
            description = "none, staging or production (any case).")
    private ModelStage stage;

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Spec
    private CommandSpec spec;

    /** Any case, as people type it; anything else is a usage error naming the choices. */
    static final class StageConverter implements CommandLine.ITypeConverter<ModelStage> {
        @Override
        public ModelStage convert(String value) {
            try {
                return ModelStage.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a stage; use none, staging or production");
            }
        }
    }

    @Override
    public Integer call() {
        ModelVersionRecord staged;
        try {
            staged = ModelRepository.open(repository).setStage(ModelRepository.requireValidName(model), version, stage);
        } catch (ServingException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Model %s version %d is now %s%n",
                        staged.name(),
                        staged.version(),
                        staged.stage().name().toLowerCase(Locale.ROOT));
        return 0;
    }
}
