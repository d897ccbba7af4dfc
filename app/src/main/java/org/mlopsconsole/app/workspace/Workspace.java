package org.mlopsconsole.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.Restore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace: the embedded H2 database, migrated to the current schema. Opening never
 * modifies a file that is locked, unreadable, read-only or not an H2 database; it fails with a
 * {@link WorkspaceException} whose message names the file and what to do.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Workspace.class);
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final long MAX_RESTORED_FILE_BYTES = 64L * 1024 * 1024 * 1024;

    private final WorkspaceLocation location;
    private final JdbcConnectionPool pool;
    private final WorkspacePropertyRepository properties;
    private final Clock clock;
    private final String[] migrationLocations;

    private Workspace(WorkspaceLocation location, JdbcConnectionPool pool, Clock clock, String[] migrationLocations) {
        this.location = location;
        this.pool = pool;
        this.properties = new JdbcWorkspacePropertyRepository(pool);
        this.clock = clock;
        this.migrationLocations = migrationLocations;
    }

    /** Opens the workspace, creating it on first use and migrating it (after a backup) when needed. */
    public static Workspace open(WorkspaceLocation location) {
        return open(location, Clock.systemUTC(), MIGRATIONS);
    }

    static Workspace open(WorkspaceLocation location, Clock clock, String... migrationLocations) {
        WorkspaceFileCheck.requireUsable(location);
        boolean existed = Files.exists(location.databaseFile());
        createDirectories(location);
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), "sa", "");
        Workspace workspace = new Workspace(location, pool, clock, migrationLocations);
        try {
            workspace.probe();
            workspace.migrate(existed);
            workspace.initializeIdentity();
            log.info("Opened workspace {} ({})", location.directory(), existed ? "existing" : "new");
            return workspace;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    public WorkspaceLocation location() {
        return location;
    }

    public DataSource dataSource() {
        return pool;
    }

    public WorkspacePropertyRepository properties() {
        return properties;
    }

    /** Facts about the workspace for {@code workspace info} and the About dialog. */
    public WorkspaceInfo info() {
        try (Connection connection = pool.getConnection()) {
            String schemaVersion = Flyway.configure()
                    .dataSource(pool)
                    .locations(migrationLocations)
                    .load()
                    .info()
                    .current()
                    .getVersion()
                    .getVersion();
            return new WorkspaceInfo(
                    location.directory(),
                    location.databaseFile(),
                    Files.size(location.databaseFile()),
                    schemaVersion,
                    properties.get(WorkspacePropertyRepository.ID).orElse("?"),
                    properties
                            .get(WorkspacePropertyRepository.CREATED_AT)
                            .map(Instant::parse)
                            .orElse(Instant.EPOCH),
                    connection.getMetaData().getDatabaseProductVersion(),
                    listBackups().length);
        } catch (SQLException | IOException e) {
            throw new WorkspaceException(
                    "Workspace " + location.databaseFile() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes a consistent zip copy of the database, taken while it is open. */
    public Path backup(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new WorkspaceException("Backup file " + absolute + " exists already: choose another name.");
        }
        try {
            Files.createDirectories(absolute.getParent());
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO " + sqlString(absolute.toString()));
            }
            log.info("Backed up workspace to {}", absolute);
            return absolute;
        } catch (SQLException | IOException e) {
            throw new WorkspaceException("Could not write backup " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Writes a backup into the workspace's {@code backups/} folder, named by time and reason. */
    public Path backupToDefaultFolder(String reason) {
        String name = "workspace-" + BACKUP_STAMP.format(clock.instant()) + "-" + reason + ".zip";
        return backup(location.backupsDirectory().resolve(name));
    }

    /**
     * Replaces the workspace's database with the one in a backup zip. The current database is
     * first backed up into {@code backups/}; the backup is checked before anything is replaced.
     */
    public static Path restore(WorkspaceLocation location, Path backupZip) {
        Path zip = backupZip.toAbsolutePath().normalize();
        requireWorkspaceBackup(zip);
        Path safetyCopy = null;
        if (Files.exists(location.databaseFile())) {
            try (Workspace current = open(location)) {
                safetyCopy = current.backupToDefaultFolder("before-restore");
            }
        } else {
            createDirectories(location);
        }
        Restore.execute(zip.toString(), location.directory().toString(), WorkspaceLocation.DATABASE_NAME);
        try (Workspace restored = open(location)) {
            log.info("Restored workspace {} from {}", location.directory(), zip);
        }
        return safetyCopy;
    }

    private static void requireWorkspaceBackup(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new WorkspaceException("Backup file " + zip + " does not exist or is not a file.");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(WorkspaceLocation.DATABASE_FILE)) {
                    requireH2Content(zip, in);
                    return;
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException("Backup file " + zip + " is not a readable zip file: " + e.getMessage(), e);
        }
        throw new WorkspaceException("Backup file " + zip + " holds no " + WorkspaceLocation.DATABASE_FILE
                + ": it is not a workspace backup; nothing was restored.");
    }

    private static void requireH2Content(Path zip, InputStream entry) throws IOException {
        byte[] header = entry.readNBytes(4);
        if (!Arrays.equals(header, "H:2,".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new WorkspaceException("Backup file " + zip + " holds a " + WorkspaceLocation.DATABASE_FILE
                    + " that is not an H2 database; nothing was restored.");
        }
        long size = 4 + entry.transferTo(java.io.OutputStream.nullOutputStream());
        if (size > MAX_RESTORED_FILE_BYTES) {
            throw new WorkspaceException("Backup file " + zip + " unpacks to more than 64 GiB; nothing was restored.");
        }
    }

    private Path[] listBackups() throws IOException {
        if (!Files.isDirectory(location.backupsDirectory())) {
            return new Path[0];
        }
        try (var files = Files.list(location.backupsDirectory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .toArray(Path[]::new);
        }
    }

    private void probe() {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void migrate(boolean existed) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(migrationLocations)
                .load();
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0) {
            return;
        }
        if (existed) {
            MigrationVersion next = pending[0].getVersion();
            backupToDefaultFolder("before-v" + next.getVersion());
        }
        flyway.migrate();
    }

    private void initializeIdentity() {
        if (properties.get(WorkspacePropertyRepository.ID).isEmpty()) {
            properties.put(WorkspacePropertyRepository.ID, UUID.randomUUID().toString());
            properties.put(
                    WorkspacePropertyRepository.CREATED_AT, clock.instant().toString());
        }
    }

    private WorkspaceException translate(SQLException e) {
        Path file = location.databaseFile();
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceException(
                    "Workspace file " + file
                            + " is in use by another process (is MLOps Console already running?): close it, or choose another workspace.",
                    e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new WorkspaceException(
                    "Workspace file " + file
                            + " is damaged or not a workspace: restore a backup with 'mlops-console workspace restore FILE' or choose another workspace.",
                    e);
        }
        return new WorkspaceException("Workspace file " + file + " cannot be opened: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static void createDirectories(WorkspaceLocation location) {
        try {
            Files.createDirectories(location.directory());
        } catch (IOException e) {
            throw new WorkspaceException(
                    "Workspace folder " + location.directory() + " cannot be created: " + e.getMessage(), e);
        }
    }

    private static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Closes the pool; H2 closes the database file with the last connection. */
    @Override
    public void close() {
        pool.dispose();
    }
}
