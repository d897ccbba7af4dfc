package org.mlopsconsole.workspace.internal;

import java.sql.SQLException;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

/** What a PostgreSQL refusal means for the user, in one line (the SQLState, not the driver's text). */
final class Postgres {

    private Postgres() {}

    static WorkspaceException translate(WorkspaceLocation.PostgresUrl location, String user, SQLException e) {
        String server = "PostgreSQL at " + location.host() + ":" + location.port();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return new WorkspaceException(
                switch (state) {
                    case "28P01" ->
                        server + " refused the password of role " + user + ": set " + PasswordSource.PASSWORD_VARIABLE
                                + " (or PGPASSWORD) to the right one.";
                    case "28000" ->
                        server + " does not let role " + user + " sign in to database "
                                + location.database() + " (pg_hba.conf or a missing password: set "
                                + PasswordSource.PASSWORD_VARIABLE + ").";
                    case "3D000" ->
                        server + " has no database " + location.database() + ": create it first (createdb "
                                + location.database() + ").";
                    case "08001", "08004", "08006" ->
                        "Cannot reach " + server + ": is the server running and listening there?";
                    default -> server + " cannot be used as a workspace: " + Jdbc.firstLine(e.getMessage());
                });
    }

    static WorkspaceException translateMigration(
            WorkspaceLocation.PostgresUrl location, String user, WorkspaceException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("permission denied")) {
            return new WorkspaceException("Role " + user + " may not create or change the workspace's tables in "
                    + location.database() + " on " + location.host() + ": ask the database owner to migrate it once"
                    + " (see docs/user-guide/team-workspace.md).");
        }
        return e;
    }
}
