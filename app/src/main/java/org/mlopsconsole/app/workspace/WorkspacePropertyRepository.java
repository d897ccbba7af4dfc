package org.mlopsconsole.app.workspace;

import java.util.Optional;

/** Small facts about the workspace itself, kept in the workspace. */
public interface WorkspacePropertyRepository {

    String ID = "workspace.id";
    String CREATED_AT = "workspace.created-at";

    Optional<String> get(String key);

    void put(String key, String value);
}
