package org.mlopsconsole.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mlopsconsole.app.workspace.WorkspaceLocation;
import picocli.CommandLine.Option;

/** The {@code --workspace DIR} option, shared by every command that uses the workspace. */
public final class WorkspaceOption {

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Workspace folder (default: $" + WorkspaceLocation.ENVIRONMENT_VARIABLE
                    + ", else ~/.mlops-console).")
    private Path directory;

    public WorkspaceLocation location() {
        return WorkspaceLocation.resolve(Optional.ofNullable(directory));
    }
}
