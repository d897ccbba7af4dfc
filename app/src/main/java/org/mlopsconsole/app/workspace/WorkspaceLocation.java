package org.mlopsconsole.app.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a workspace lives: a folder holding the H2 database file, its logs and its backups.
 *
 * @param directory the workspace folder, absolute and normalized
 */
public record WorkspaceLocation(Path directory) {

    /** Environment variable that chooses the workspace when {@code --workspace} is not given. */
    public static final String ENVIRONMENT_VARIABLE = "MLOPS_CONSOLE_WORKSPACE";

    static final String DATABASE_NAME = "workspace";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";

    public WorkspaceLocation {
        Objects.requireNonNull(directory, "directory");
        directory = directory.toAbsolutePath().normalize();
    }

    /**
     * Resolves the workspace: the command-line option first, then {@value #ENVIRONMENT_VARIABLE},
     * then {@code ~/.mlops-console}.
     */
    public static WorkspaceLocation resolve(
            Optional<Path> commandLineOption, Map<String, String> environment, Path userHome) {
        return commandLineOption
                .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE))
                        .filter(value -> !value.isBlank())
                        .map(Path::of))
                .map(WorkspaceLocation::new)
                .orElseGet(() -> new WorkspaceLocation(userHome.resolve(".mlops-console")));
    }

    /** Resolves the workspace for this process from its environment and {@code user.home}. */
    public static WorkspaceLocation resolve(Optional<Path> commandLineOption) {
        return resolve(commandLineOption, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    public Path logsDirectory() {
        return directory.resolve("logs");
    }

    /** The model repository the desktop app deploys from (Triton's layout). */
    public Path modelsDirectory() {
        return directory.resolve("models");
    }

    public Path backupsDirectory() {
        return directory.resolve("backups");
    }

    /** The UI's per-machine state (window bounds, theme, last section) beside the database. */
    /** What the Deployments section brings back at the next start. */
    public Path deploymentsFile() {
        return directory.resolve("deployments.properties");
    }

    public Path uiStateFile() {
        return directory.resolve("ui-state.properties");
    }

    String jdbcUrl() {
        // TRACE_LEVEL_FILE=4 routes H2's own trace to SLF4J instead of a .trace.db file.
        return "jdbc:h2:file:" + directory.resolve(DATABASE_NAME) + ";TRACE_LEVEL_FILE=4;WRITE_DELAY=0";
    }
}
