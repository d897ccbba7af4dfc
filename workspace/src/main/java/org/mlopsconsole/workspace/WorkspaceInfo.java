package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code workspace info} reports.
 *
 * @param database "H2 2.5.252 (file)" or "PostgreSQL 15.8"
 * @param databaseFile the H2 file, empty on a server
 * @param sizeBytes the H2 file's size, empty on a server
 * @param signedInAs who changes are recorded as: the OS user (H2) or the PostgreSQL role
 * @param organizations how many organizations the workspace holds (0 for a new one)
 */
public record WorkspaceInfo(
        WorkspaceLocation location,
        String database,
        Optional<java.nio.file.Path> databaseFile,
        OptionalLong sizeBytes,
        String schemaVersion,
        String workspaceId,
        Instant createdAt,
        String signedInAs,
        int organizations,
        int backupCount) {}
