package org.mlopsconsole.app.cli.rolestools;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.app.cli.WorkspaceCommand;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.app.cli.assessment.AtomicFiles;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.tools.InventoryFiles;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.workspace.RolesAndTools;
import org.mlopsconsole.workspace.Versioned;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A RACI or a tool inventory as stored for an engagement (an organization of the workspace): read
 * for the checks, exported to and imported from its JSON file.
 */
record EngagementDocument<T>(
        String what, Function<Path, T> reader, Function<T, String> writer, StoredAs<T> read, SavedAs<T> save) {

    interface StoredAs<T> {
        Optional<Versioned<T>> read(RolesAndTools store, long organizationId);
    }

    interface SavedAs<T> {
        long save(RolesAndTools store, long organizationId, T value, long seenVersion);
    }

    static final EngagementDocument<Raci> RACI = new EngagementDocument<>(
            "RACI", RaciFiles::read, RaciFiles::json, RolesAndTools::raci, RolesAndTools::saveRaci);

    static final EngagementDocument<ToolInventory> INVENTORY = new EngagementDocument<>(
            "tool inventory",
            InventoryFiles::read,
            InventoryFiles::json,
            RolesAndTools::inventory,
            RolesAndTools::saveInventory);

    /** The stored one, or an error saying how to store one. */
    T stored(Workspace workspace, long organizationId) {
        workspace.engagements().organization(organizationId);
        return read.read(workspace.rolesAndTools(), organizationId)
                .map(Versioned::value)
                .orElseThrow(() -> new UserInputException("Organization " + organizationId + " has no " + what
                        + " yet: import one with 'mlops-console " + command() + " import --engagement "
                        + organizationId + " FILE.json' or edit it in the app's Roles & Tools section."));
    }

    /** The file's content or the one stored for the engagement: exactly one of the two. */
    T fromFileOrEngagement(Path file, Long engagement, WorkspaceOption workspace) {
        if ((file == null) == (engagement == null)) {
            throw new UserInputException("Give either a file or --engagement ID (an organization id, see 'mlops-console"
                    + " org list'), not both or neither.");
        }
        if (file != null) {
            return InputFiles.read(file, reader);
        }
        try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
            return stored(opened, engagement);
        }
    }

    private String command() {
        return this == INVENTORY ? "tools" : "roles";
    }

    /** {@code export --engagement ID --out FILE.json}. */
    abstract static class Export<T> implements Callable<Integer> {

        @Option(names = "--engagement", required = true, paramLabel = "ID", description = "The organization's id.")
        private long engagement;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
        private Path out;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        abstract EngagementDocument<T> document();

        @Override
        public Integer call() {
            String json;
            try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
                json = document().writer().apply(document().stored(opened, engagement));
            }
            AtomicFiles.write(out, json);
            spec.commandLine()
                    .getOut()
                    .println("Wrote the " + document().what() + " of organization " + engagement + " to " + out + ".");
            return CommandLineApp.EXIT_OK;
        }
    }

    /** {@code import --engagement ID FILE.json}: replaces the stored one. */
    abstract static class Import<T> implements Callable<Integer> {

        @Option(names = "--engagement", required = true, paramLabel = "ID", description = "The organization's id.")
        private long engagement;

        @Parameters(paramLabel = "FILE", description = "The JSON file to read; an invalid one changes nothing.")
        private Path file;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        abstract EngagementDocument<T> document();

        @Override
        public Integer call() {
            T value = InputFiles.read(file, document().reader());
            try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
                opened.engagements().organization(engagement);
                RolesAndTools store = opened.rolesAndTools();
                long seen = document()
                        .read()
                        .read(store, engagement)
                        .map(Versioned::version)
                        .orElse(Versioned.NOTHING_STORED);
                document().save().save(store, engagement, value, seen);
            }
            spec.commandLine()
                    .getOut()
                    .println("Imported " + file + " as the " + document().what() + " of organization " + engagement
                            + ".");
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "export",
            description = "Write the RACI stored for an engagement to a RACI file.",
            mixinStandardHelpOptions = true)
    static final class RolesExport extends Export<Raci> {
        @Override
        EngagementDocument<Raci> document() {
            return RACI;
        }
    }

    @Command(
            name = "import",
            description = "Store a RACI file as an engagement's RACI (replacing the one stored).",
            mixinStandardHelpOptions = true)
    static final class RolesImport extends Import<Raci> {
        @Override
        EngagementDocument<Raci> document() {
            return RACI;
        }
    }

    @Command(
            name = "export",
            description = "Write the tool inventory stored for an engagement to an inventory file.",
            mixinStandardHelpOptions = true)
    static final class ToolsExport extends Export<ToolInventory> {
        @Override
        EngagementDocument<ToolInventory> document() {
            return INVENTORY;
        }
    }

    @Command(
            name = "import",
            description = "Store an inventory file as an engagement's tool inventory (replacing the one stored).",
            mixinStandardHelpOptions = true)
    static final class ToolsImport extends Import<ToolInventory> {
        @Override
        EngagementDocument<ToolInventory> document() {
            return INVENTORY;
        }
    }
}
