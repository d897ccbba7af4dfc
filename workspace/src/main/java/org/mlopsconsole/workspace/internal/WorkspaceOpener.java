package org.mlopsconsole.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.WorkspacePropertyRepository;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens either kind of workspace and migrates it. A workspace that cannot be opened fails with a
 * one-line {@link WorkspaceException} and no stack trace in any log: the driver's message is
 * turned into what is wrong and what to do.
 */
public final class WorkspaceOpener {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceOpener.class);

    private WorkspaceOpener() {}

    public static Workspace open(WorkspaceLocation location, PasswordSource passwords) {
        return open(location, passwords, System.getenv(), Clock.systemUTC(), Migrations.DEFAULT_LOCATIONS);
    }

    /** With the environment, clock and migrations of a test. */
    public static Workspace open(
            WorkspaceLocation location,
            PasswordSource passwords,
            Map<String, String> environment,
            Clock clock,
            String... migrations) {
        if (location instanceof WorkspaceLocation.Folder folder) {
            return openFolder(folder, clock, migrations);
        }
        return openServer((WorkspaceLocation.PostgresUrl) location, passwords, environment, clock, migrations);
    }

    private static Workspace openFolder(WorkspaceLocation.Folder location, Clock clock, String[] migrations) {
        String url = H2Files.sharedUrl(location);
        WorkspaceFileCheck.requireUsable(location);
        boolean existed = Files.exists(location.databaseFile());
        createDirectories(location.directory(), "Workspace folder " + location.directory());
        ConnectionPool pool = new ConnectionPool(H2Files.dataSource(url));
        try {
            probe(pool, e -> H2Files.translate(location, e));
            OpenedWorkspace workspace = new OpenedWorkspace(
                    location, pool, Dialect.H2, clock, System.getProperty("user.name", "unknown"), migrations);
            Migrations.migrate(pool, migrations, existed ? workspace::backupToDefaultFolder : reason -> null);
            initializeIdentity(workspace, clock);
            log.info("Opened workspace {} ({})", location.display(), existed ? "existing" : "new");
            return workspace;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static Workspace openServer(
            WorkspaceLocation.PostgresUrl location,
            PasswordSource passwords,
            Map<String, String> environment,
            Clock clock,
            String[] migrations) {
        String user = location.user()
                .or(() -> Optional.ofNullable(environment.get("PGUSER")).filter(u -> !u.isBlank()))
                .orElse(System.getProperty("user.name", "postgres"));
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location.jdbcUrl());
        source.setUser(user);
        source.setConnectTimeout(10);
        source.setApplicationName("MLOps Console");
        passwords.password(location, user).ifPresent(password -> source.setPassword(new String(password)));
        ConnectionPool pool = new ConnectionPool(source);
        try {
            probe(pool, e -> Postgres.translate(location, user, e));
            createDirectories(location.localDirectory(), "The local folder " + location.localDirectory());
            OpenedWorkspace workspace =
                    new OpenedWorkspace(location, pool, Dialect.POSTGRES, clock, currentRole(pool, user), migrations);
            try {
                Migrations.migrate(pool, migrations, reason -> null);
            } catch (WorkspaceException e) {
                throw Postgres.translateMigration(location, user, e);
            }
            initializeIdentity(workspace, clock);
            log.info("Opened workspace {} as {}", location.display(), workspace.signedInAs());
            return workspace;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public static Path restore(WorkspaceLocation.Folder location, Path backupZip) {
        Path zip = backupZip.toAbsolutePath().normalize();
        Path safetyCopy = null;
        if (Files.exists(location.databaseFile())) {
            try (Workspace current = openFolder(location, Clock.systemUTC(), Migrations.DEFAULT_LOCATIONS)) {
                safetyCopy = current.backupToDefaultFolder("before-restore");
            }
        } else {
            createDirectories(location.directory(), "Workspace folder " + location.directory());
        }
        H2Files.restore(location, zip);
        try (Workspace restored = openFolder(location, Clock.systemUTC(), Migrations.DEFAULT_LOCATIONS)) {
            log.info("Restored workspace {} from {}", location.display(), zip);
        }
        return safetyCopy;
    }

    private interface Translation {
        WorkspaceException of(SQLException e);
    }

    private static void probe(ConnectionPool pool, Translation translation) {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            WorkspaceException failure = translation.of(e);
            log.debug("Workspace not opened: {}", Jdbc.firstLine(e.getMessage()));
            throw failure;
        }
    }

    private static String currentRole(ConnectionPool pool, String fallback) {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_user")) {
            return row.next() ? row.getString(1) : fallback;
        } catch (SQLException e) {
            return fallback;
        }
    }

    private static void initializeIdentity(OpenedWorkspace workspace, Clock clock) {
        WorkspacePropertyRepository properties = workspace.properties();
        if (properties.get(WorkspacePropertyRepository.ID).isEmpty()) {
            properties.put(WorkspacePropertyRepository.ID, UUID.randomUUID().toString());
            properties.put(
                    WorkspacePropertyRepository.CREATED_AT, clock.instant().toString());
        }
    }

    static void createDirectories(Path directory, String what) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new WorkspaceException(what + " cannot be created: " + e.getMessage());
        }
    }
}
