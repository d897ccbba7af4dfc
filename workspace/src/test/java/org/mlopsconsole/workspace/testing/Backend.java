package org.mlopsconsole.workspace.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.mlopsconsole.workspace.WorkspaceLocation;

/** The two kinds of workspace every repository and use-case test runs on. */
public enum Backend {
    H2 {
        @Override
        public WorkspaceLocation newLocation(Path temporaryFolder) {
            return new WorkspaceLocation.Folder(temporaryFolder.resolve("workspace"));
        }
    },
    POSTGRES {
        @Override
        public WorkspaceLocation newLocation(Path temporaryFolder) {
            Assumptions.assumeTrue(PostgresServer.binaries().isPresent(), PostgresServer.MISSING);
            return WorkspaceLocation.parse(PostgresServer.shared().createDatabase(), temporaryFolder);
        }
    };

    /** A new, empty workspace of this kind; local files go under {@code temporaryFolder}. */
    public abstract WorkspaceLocation newLocation(Path temporaryFolder);
}
