package org.mlopsconsole.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.logging.LoggingSetup;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceInfo;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;
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
        return Workspaces.open(location, passwords());
    }

    /** The environment's password, else one typed at the terminal (never echoed, logged or kept). */
    static PasswordSource passwords() {
        return PasswordSource.environment(System.getenv()).orElse((server, user) -> {
            java.io.Console console = System.console();
            return console == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.ofNullable(
                            console.readPassword("Password of %s at %s: ", user, server.display()));
        });
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
                out.printf(Locale.ROOT, "Workspace:      %s%n", info.location().display());
                if (info.databaseFile().isPresent()) {
                    out.printf(
                            Locale.ROOT,
                            "Database file:  %s (%,d bytes)%n",
                            info.databaseFile().get(),
                            info.sizeBytes().orElse(0));
                }
                out.printf(Locale.ROOT, "Schema version: %s%n", info.schemaVersion());
                out.printf(Locale.ROOT, "Workspace id:   %s%n", info.workspaceId());
                out.printf(Locale.ROOT, "Created:        %s%n", info.createdAt());
                out.printf(Locale.ROOT, "Database:       %s%n", info.database());
                out.printf(Locale.ROOT, "Signed in as:   %s%n", info.signedInAs());
                out.printf(Locale.ROOT, "Organizations:  %d%n", info.organizations());
                if (info.databaseFile().isPresent()) {
                    out.printf(
                            Locale.ROOT,
                            "Backups:        %d in %s%n",
                            info.backupCount(),
                            opened.location().backupsDirectory());
                }
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
            if (!(location instanceof WorkspaceLocation.Folder folder)) {
                throw new UserInputException("A PostgreSQL workspace is restored on the server with pg_restore or"
                        + " psql (see docs/user-guide/team-workspace.md); 'workspace restore' restores a folder.");
            }
            Path safetyCopy = Workspaces.restore(folder, backup);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Restored " + location.display() + " from "
                    + backup.toAbsolutePath().normalize());
            if (safetyCopy != null) {
                out.println("The previous database was saved to " + safetyCopy);
            }
            return CommandLineApp.EXIT_OK;
        }
    }
}
