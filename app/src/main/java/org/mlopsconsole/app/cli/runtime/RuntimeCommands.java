package org.mlopsconsole.app.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Puts the runtime's {@code models import} and {@code models export-deployment} under the {@code models} group: into the real group
 * when there is one, else into a small group that stands in for it until the maturity-model
 * commands arrive.
 */
public final class RuntimeCommands {

    private RuntimeCommands() {}

    public static void attachModelImport(CommandLine root) {
        CommandLine models = root.getSubcommands().get("models");
        if (models == null || !isRealGroup(models)) {
            if (models != null) {
                root.getCommandSpec().removeSubcommand("models");
            }
            models = new CommandLine(new ModelsGroup());
            root.addSubcommand(models);
        }
        models.addSubcommand(new ModelImportCommand());
        models.addSubcommand(new DeploymentExportCommand());
    }

    private static boolean isRealGroup(CommandLine models) {
        return models.getCommandSpec().userObject().getClass().isAnnotationPresent(Command.class);
    }

    /** Stand-in for the models group: without a subcommand it shows what there is and exits 2. */
    @Command(name = "models", mixinStandardHelpOptions = true, description = "Maturity models and ONNX models.")
    static final class ModelsGroup implements Callable<Integer> {

        @picocli.CommandLine.Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
    }
}
