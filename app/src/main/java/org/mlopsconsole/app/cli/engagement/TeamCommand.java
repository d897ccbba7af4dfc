package org.mlopsconsole.app.cli.engagement;

import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.WorkspaceOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlops-console team}: an organization's teams or business units ('org list' lists them). */
@Command(
        name = "team",
        description = "Teams or business units of an organization: create, rename, archive.",
        mixinStandardHelpOptions = true,
        subcommands = {TeamCommand.Create.class, TeamCommand.Rename.class, TeamCommand.Archive.class})
public final class TeamCommand {

    private TeamCommand() {}

    @Command(name = "create", description = "Create a team in an organization; prints its id.")
    static final class Create implements Callable<Integer> {

        @Option(names = "--organization", required = true, paramLabel = "ID")
        private long organization;

        @Parameters(paramLabel = "NAME")
        private String name;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            long id = OpenedWorkspace.with(
                    workspace,
                    opened ->
                            opened.engagements().createTeam(organization, name).id());
            spec.commandLine().getOut().println(id);
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(name = "rename", description = "Rename a team.")
    static final class Rename implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID")
        private long id;

        @Parameters(index = "1", paramLabel = "NAME")
        private String name;

        @Mixin
        private WorkspaceOption workspace;

        @Override
        public Integer call() {
            OpenedWorkspace.with(workspace, opened -> {
                opened.engagements().renameTeam(id, name);
                return null;
            });
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(name = "archive", description = "Archive a team (--restore brings it back).")
    static final class Archive implements Callable<Integer> {

        @Parameters(paramLabel = "ID")
        private long id;

        @Option(names = "--restore", description = "Un-archive it.")
        private boolean restore;

        @Mixin
        private WorkspaceOption workspace;

        @Override
        public Integer call() {
            OpenedWorkspace.with(workspace, opened -> {
                opened.engagements().archiveTeam(id, !restore);
                return null;
            });
            return CommandLineApp.EXIT_OK;
        }
    }
}
