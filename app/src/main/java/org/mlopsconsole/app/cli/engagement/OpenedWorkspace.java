package org.mlopsconsole.app.cli.engagement;

import java.nio.file.Path;
import java.util.function.Function;
import org.mlopsconsole.app.cli.WorkspaceCommand;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;

/** Runs a command's work on the workspace of {@code --workspace} (or on another one, for copies). */
final class OpenedWorkspace {

    private OpenedWorkspace() {}

    static <T> T with(WorkspaceOption option, Function<Workspace, T> work) {
        try (Workspace workspace = WorkspaceCommand.open(option.location())) {
            return work.apply(workspace);
        }
    }

    /** The workspace a copy goes to: a folder or a {@code jdbc:postgresql://} URL. */
    static <T> T withTarget(String location, Function<Workspace, T> work) {
        WorkspaceLocation parsed = WorkspaceLocation.parse(location, Path.of(System.getProperty("user.home")));
        try (Workspace workspace = WorkspaceCommand.open(parsed)) {
            return work.apply(workspace);
        }
    }
}
