package org.mlopsconsole.workspace.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/**
 * Run in a child process: holds a workspace open, prints "open", then on a line from stdin prints
 * the property "second" another process wrote meanwhile, and closes when stdin closes.
 */
public final class WorkspaceHolder {

    private WorkspaceHolder() {}

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Workspaces.open(new WorkspaceLocation.Folder(Path.of(args[0])))) {
            workspace.properties().put("holder", "was here");
            System.out.println("open");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                System.out.println(workspace.properties().get("second").orElse("nothing"));
                System.out.flush();
            }
        }
    }
}
