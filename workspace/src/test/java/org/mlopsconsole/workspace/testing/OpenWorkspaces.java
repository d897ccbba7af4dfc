package org.mlopsconsole.workspace.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/** Opens workspaces for one test and closes them after it. */
public final class OpenWorkspaces implements AutoCloseable {

    private final List<Workspace> open = new ArrayList<>();

    /** A new workspace of {@code backend}. */
    public Workspace create(Backend backend, Path temporaryFolder) {
        return open(backend.newLocation(temporaryFolder));
    }

    /** Another connection to {@code location}: a second app or command on the same workspace. */
    public Workspace open(WorkspaceLocation location) {
        Workspace workspace = Workspaces.open(location, PasswordSource.none());
        open.add(workspace);
        return workspace;
    }

    @Override
    public void close() {
        open.forEach(Workspace::close);
        open.clear();
    }
}
