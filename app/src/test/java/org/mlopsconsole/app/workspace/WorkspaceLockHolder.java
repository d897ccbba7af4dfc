package org.mlopsconsole.app.workspace;

import java.nio.file.Path;

/** Run in a child process: holds a workspace open (and so locked) until stdin closes. */
public final class WorkspaceLockHolder {

    private WorkspaceLockHolder() {}

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Workspace.open(new WorkspaceLocation(Path.of(args[0])))) {
            System.out.println("locked");
            System.out.flush();
            System.in.read();
        }
    }
}
