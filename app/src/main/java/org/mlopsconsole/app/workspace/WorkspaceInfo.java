package org.mlopsconsole.app.workspace;

import java.nio.file.Path;
import java.time.Instant;

/** What {@code workspace info} reports. */
public record WorkspaceInfo(
        Path directory,
        Path databaseFile,
        long sizeBytes,
        String schemaVersion,
        String workspaceId,
        Instant createdAt,
        String databaseVersion,
        int backupCount) {}
