package org.mlopsconsole.workspace;

import java.util.Map;
import java.util.Optional;

/**
 * Where the password of a PostgreSQL workspace comes from: the environment, a prompt, or nowhere
 * (then the driver's own {@code ~/.pgpass} or a password-less login applies). A password is never
 * logged, written to a file or kept in the recent-workspaces list.
 */
@FunctionalInterface
public interface PasswordSource {

    /** Read first. */
    String PASSWORD_VARIABLE = "MLOPS_CONSOLE_WORKSPACE_PASSWORD";

    /** Read when {@value #PASSWORD_VARIABLE} is not set, as {@code psql} does. */
    String POSTGRES_PASSWORD_VARIABLE = "PGPASSWORD";

    /** The password for {@code user} at {@code location}, or empty for none. */
    Optional<char[]> password(WorkspaceLocation.PostgresUrl location, String user);

    /** {@value #PASSWORD_VARIABLE}, else {@value #POSTGRES_PASSWORD_VARIABLE}. */
    static PasswordSource environment(Map<String, String> environment) {
        return (location, user) -> Optional.ofNullable(environment.get(PASSWORD_VARIABLE))
                .or(() -> Optional.ofNullable(environment.get(POSTGRES_PASSWORD_VARIABLE)))
                .filter(value -> !value.isEmpty())
                .map(String::toCharArray);
    }

    static PasswordSource none() {
        return (location, user) -> Optional.empty();
    }

    /** This source, and {@code next} (a prompt, say) when it has none. */
    default PasswordSource orElse(PasswordSource next) {
        return (location, user) -> password(location, user).or(() -> next.password(location, user));
    }
}
