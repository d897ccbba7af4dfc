package org.mlopsconsole.workspace;

import java.util.Optional;

/** Small facts about the workspace itself, kept in the workspace. */
public interface WorkspacePropertyRepository {

    String ID = "workspace.id";
    String CREATED_AT = "workspace.created-at";

    Optional<String> get(String key);

    /** Saves the value, replacing any: one statement (MERGE on H2, ON CONFLICT on PostgreSQL). */
    void put(String key, String value);
}
