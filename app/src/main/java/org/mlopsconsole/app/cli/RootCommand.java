package org.mlopsconsole.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.DesktopLauncher;
import org.mlopsconsole.app.cli.assessment.AssessCommand;
import org.mlopsconsole.runtime.cli.BenchCommand;
import org.mlopsconsole.runtime.cli.DriftCommand;
import org.mlopsconsole.runtime.cli.MonitorCommand;
import org.mlopsconsole.runtime.cli.PredictCommand;
import org.mlopsconsole.runtime.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "mlops-console",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Assess MLOps maturity and run ONNX models locally.",
            "Without a command, opens the desktop app; given an engagement file (.mlops), opens it there to import."
        },
        subcommands = {
            WorkspaceCommand.class,
            ModelsCommand.class,
            AssessCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            DriftCommand.class,
            MonitorCommand.class,
            PredictCommand.class,
            ReportCommand.class,
            QuestionnaireCommand.class,
            org.mlopsconsole.app.cli.engagement.OrgCommand.class,
            org.mlopsconsole.app.cli.engagement.TeamCommand.class,
            org.mlopsconsole.app.cli.rolestools.RolesCommand.class,
            org.mlopsconsole.app.cli.rolestools.ToolsCommand.class,
            org.mlopsconsole.app.cli.workshop.WorkshopCommand.class
        })
final class RootCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOption workspace;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE.mlops",
            description = "An engagement file to import in the desktop app (what a file manager passes).")
    private Path engagementFile;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String[] original = spec.commandLine().getParseResult().originalArgs().toArray(String[]::new);
        return DesktopLauncher.launch(workspace.location(), engagementFile(), original);
    }

    /** The file to open; a word that is no file is a mistyped command, reported as picocli does. */
    private Optional<Path> engagementFile() {
        if (engagementFile == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(engagementFile)) {
            throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), List.of(engagementFile.toString()));
        }
        return Optional.of(engagementFile.toAbsolutePath().normalize());
    }

    /**
     * The console's own {@code bench} actions on the workspace (import, list, compare, export),
     * added to the runtime's shared {@code bench} command, which keeps measuring when called
     * without one.
     */
    void addBenchmarkStore(CommandLine commandLine) {
        CommandLine bench = commandLine.getSubcommands().get("bench");
        bench.addSubcommand(new org.mlopsconsole.app.cli.runtime.BenchImportCommand());
        bench.addSubcommand(new org.mlopsconsole.app.cli.runtime.BenchListCommand());
        bench.addSubcommand(new org.mlopsconsole.app.cli.runtime.BenchCompareCommand());
        bench.addSubcommand(new org.mlopsconsole.app.cli.runtime.BenchExportCommand());
    }

    /** Command groups whose features are still to come: each says what it awaits and exits 2. */
    void addPendingFeatures(CommandLine commandLine) {
        for (PendingFeatureCommand pending : PendingFeatureCommand.all()) {
            commandLine.addSubcommand(pending.name(), pending.toCommandLine());
        }
    }
}
