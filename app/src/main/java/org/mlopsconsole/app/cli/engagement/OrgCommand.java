package org.mlopsconsole.app.cli.engagement;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.workspace.EngagementArchive;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlops-console org}: the workspace's client organizations. */
@Command(
        name = "org",
        description = "Client organizations: create, list, rename, archive, export, import, copy.",
        mixinStandardHelpOptions = true,
        subcommands = {
            OrgCommand.Create.class,
            OrgCommand.ListOrganizations.class,
            OrgCommand.Rename.class,
            OrgCommand.Archive.class,
            OrgCommand.Export.class,
            OrgCommand.Import.class,
            OrgCommand.Copy.class
        })
public final class OrgCommand {

    private OrgCommand() {}

    @Command(name = "create", description = "Create an organization; prints its id.")
    static final class Create implements Callable<Integer> {

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
                    opened -> opened.engagements().createOrganization(name).id());
            spec.commandLine().getOut().println(id);
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(name = "list", description = "List the organizations and their teams, with their ids.")
    static final class ListOrganizations implements Callable<Integer> {

        @Option(names = "--archived", description = "Include archived organizations and teams.")
        private boolean archived;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            OpenedWorkspace.with(workspace, opened -> {
                List<Organization> organizations = opened.engagements().organizations(archived);
                if (organizations.isEmpty()) {
                    out.println("No organizations yet: 'mlops-console org create NAME' creates one.");
                    return null;
                }
                out.printf(Locale.ROOT, "%5s  %5s  %s%n", "ORG", "TEAM", "NAME");
                for (Organization organization : organizations) {
                    out.printf(
                            Locale.ROOT,
                            "%5d  %5s  %s%s%n",
                            organization.id(),
                            "",
                            organization.name(),
                            organization.archived() ? " (archived)" : "");
                    for (Team team : opened.engagements().teams(organization.id(), archived)) {
                        out.printf(
                                Locale.ROOT,
                                "%5d  %5d    %s%s%n",
                                organization.id(),
                                team.id(),
                                team.name(),
                                team.archived() ? " (archived)" : "");
                    }
                }
                return null;
            });
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(name = "rename", description = "Rename an organization.")
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
                opened.engagements().renameOrganization(id, name);
                return null;
            });
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(name = "archive", description = "Archive an organization (--restore brings it back).")
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
                opened.engagements().archiveOrganization(id, !restore);
                return null;
            });
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "export",
            description = "Write an organization (teams, assessments, notes, history) to one engagement file.")
    static final class Export implements Callable<Integer> {

        @Parameters(paramLabel = "ID")
        private long id;

        @Option(names = "--out", required = true, paramLabel = "FILE.mlops")
        private Path out;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            EngagementArchive archive =
                    OpenedWorkspace.with(workspace, opened -> opened.transfers().exportOrganization(id));
            EngagementFiles.write(spec, archive, out);
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "import",
            description = {
                "Add the organization of an engagement file as a new one; prints its id.",
                "The file is checked whole first: a broken or foreign file changes nothing."
            })
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.mlops")
        private Path file;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            EngagementArchive archive = EngagementFiles.read(
                    file,
                    EngagementArchive.OfOrganization.class,
                    "holds one assessment: import it with 'assess import FILE --team ID'");
            long id = OpenedWorkspace.with(
                    workspace, opened -> opened.transfers().importArchive(archive, OptionalLong.empty()));
            spec.commandLine().getOut().println(id);
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "copy",
            description = "Copy an organization with its teams, assessments, notes and history to another"
                    + " workspace (a folder or jdbc:postgresql://...); prints the copy's id there.")
    static final class Copy implements Callable<Integer> {

        @Parameters(paramLabel = "ID")
        private long id;

        @Option(names = "--to", required = true, paramLabel = "WORKSPACE")
        private String target;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            EngagementArchive archive =
                    OpenedWorkspace.with(workspace, opened -> opened.transfers().exportOrganization(id));
            long copied = OpenedWorkspace.withTarget(
                    target, opened -> opened.transfers().importArchive(archive, OptionalLong.empty()));
            spec.commandLine().getOut().println(copied);
            return CommandLineApp.EXIT_OK;
        }
    }
}
