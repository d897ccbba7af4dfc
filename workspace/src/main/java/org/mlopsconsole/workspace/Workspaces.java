package org.mlopsconsole.workspace;

import java.nio.file.Path;
import org.mlopsconsole.workspace.internal.WorkspaceOpener;

/** The one factory of workspaces: the app's composition root and the command line open them here. */
public final class Workspaces {

    private Workspaces() {}

    /**
     * Opens the workspace, creating an H2 one on first use and migrating either kind to the current
     * schema (an H2 file is backed up first). A workspace that cannot be opened throws a
     * {@link WorkspaceException} whose message is one line: what is wrong and what to do.
     *
     * @param passwords asked only for a PostgreSQL workspace
     */
    public static Workspace open(WorkspaceLocation location, PasswordSource passwords) {
        return WorkspaceOpener.open(location, passwords);
    }

    /** {@link #open(WorkspaceLocation, PasswordSource)} with the password from this process's environment. */
    public static Workspace open(WorkspaceLocation location) {
        return open(location, PasswordSource.environment(System.getenv()));
    }

    /**
     * Replaces an H2 workspace's database with the one in a backup zip, after checking the zip and
     * backing the current database up into {@code backups/}.
     *
     * @return the safety copy of the database that was replaced, or {@code null} when there was none
     */
    public static Path restore(WorkspaceLocation.Folder location, Path backupZip) {
        return WorkspaceOpener.restore(location, backupZip);
    }
}
