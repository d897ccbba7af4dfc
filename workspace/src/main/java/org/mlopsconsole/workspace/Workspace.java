package org.mlopsconsole.workspace;

import java.nio.file.Path;

/**
 * An open workspace, migrated to the current schema. Get one from {@link Workspaces#open}; the
 * desktop app and the command line call its use cases and nothing below them.
 */
public interface Workspace extends AutoCloseable {

    WorkspaceLocation location();

    WorkspaceInfo info();

    /** Organizations and teams. */
    Engagements engagements();

    /** Assessments, their participants, ratings, consensus, notes, targets, imports and history. */
    Assessments assessments();

    /** Export, import and copy organizations and assessments. */
    Transfers transfers();

    WorkspacePropertyRepository properties();

    /** The prediction log of the models the app serves, with their outcomes. */
    PredictionLogRepository predictionLog();

    /** Who changes are recorded as: the operating-system user (H2) or the PostgreSQL role. */
    String signedInAs();

    /**
     * Writes a consistent copy of the database while it is open (H2: a zip). A PostgreSQL
     * workspace refuses, naming {@code pg_dump}.
     */
    Path backup(Path target);

    /** {@link #backup} into {@link WorkspaceLocation#backupsDirectory()}, named by time and reason. */
    Path backupToDefaultFolder(String reason);

    /** Closes the connections; an H2 file is closed with the last process that has it open. */
    @Override
    void close();
}
