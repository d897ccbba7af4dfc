package org.mlopsconsole.workspace.internal;

import java.nio.file.Path;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;

/** Opens either kind of workspace. */
public final class WorkspaceOpener {

    private WorkspaceOpener() {}

    public static Workspace open(WorkspaceLocation location, PasswordSource passwords) {
        throw new UnsupportedOperationException("in progress");
    }

    public static Path restore(WorkspaceLocation.Folder location, Path backupZip) {
        throw new UnsupportedOperationException("in progress");
    }
}
