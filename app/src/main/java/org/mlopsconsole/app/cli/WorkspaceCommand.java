package org.mlopsconsole.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.logging.LoggingSetup;
import org.mlopsconsole.app.workspace.Workspace;
import org.mlopsconsole.app.workspace.WorkspaceInfo;
import org.mlopsconsole.app.workspace.WorkspaceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "workspace",
        description = "Inspect, back up and restore the workspace.",
        mixinStandardHelpOptions = true,
        subcommands = {WorkspaceCommand.Info.class, WorkspaceCommand.Backup.class, WorkspaceCommand.Restore.class})
public final class WorkspaceCommand {

    private WorkspaceCommand() {}

    /** Opens the workspace with its log going to the workspace's logs/ folder. */
    public static Workspace open(WorkspaceLocation location) {
        LoggingSetup.logToWorkspace(location.logsDirectory());
        return Workspace.open(location);
    }

    @Command(name = "info", description = "Print where the workspace is and what it holds.")
    static final class Info implements Callable<Integer> {

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace opened = open(workspace.location())) {
                WorkspaceInfo info = opened.info();
                PrintWriter out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "Workspace:      %s%n", info.directory());
                out.printf(Locale.ROOT, "Database file:  %s (%,d bytes)%n", info.databaseFile(), info.sizeBytes());
                out.printf(Locale.ROOT, "Schema version: %s%n", info.schemaVersion());
                out.printf(Locale.ROOT, "Workspace id:   %s%n", info.workspaceId());
                out.printf(Locale.ROOT, "Created:        %s%n", info.createdAt());
                out.printf(Locale.ROOT, "Database:       H2 %s%n", info.databaseVersion());
                out.printf(
                        Locale.ROOT,
                        "Backups:        %d in %s%n",
                        info.backupCount(),
                        opened.location().backupsDirectory());
            }
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(name = "backup", description = "Write a zip backup of the workspace database.")
    static final class Backup implements Callable<Integer> {

        @Mixin
        private WorkspaceOption workspace;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "Backup file to write (default: a timestamped zip in the workspace's backups/).")
        private Path out;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace opened = open(workspace.location())) {
                Path written = out == null ? opened.backupToDefaultFolder("manual") : opened.backup(out);
                spec.commandLine().getOut().println("Backup written to " + written);
            }
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "restore",
            description = {
                "Replace the workspace database with a backup.",
                "The current database is backed up into backups/ first."
            })
    static final class Restore implements Callable<Integer> {

        @Mixin
        private WorkspaceOption workspace;

        @Parameters(paramLabel = "FILE", description = "A backup zip written by 'workspace backup'.")
        private Path backup;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            WorkspaceLocation location = workspace.location();
            LoggingSetup.logToWorkspace(location.logsDirectory());
            Path safetyCopy = Workspace.restore(location, backup);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Restored " + location.directory() + " from "
                    + backup.toAbsolutePath().normalize());
            if (safetyCopy != null) {
                out.println("The previous database was saved to " + safetyCopy);
            }
            return CommandLineApp.EXIT_OK;
        }
    }
}
