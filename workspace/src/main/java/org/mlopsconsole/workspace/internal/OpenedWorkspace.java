package org.mlopsconsole.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.PredictionLogRepository;
import org.mlopsconsole.workspace.Transfers;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceInfo;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.WorkspacePropertyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open workspace of either kind: its pool, dialect and use cases. */
final class OpenedWorkspace implements Workspace {

    private static final Logger log = LoggerFactory.getLogger(OpenedWorkspace.class);
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final WorkspaceLocation location;
    private final ConnectionPool pool;
    private final Clock clock;
    private final String actor;
    private final String[] migrations;
    private final WorkspacePropertyRepository properties;
    private final Engagements engagements;
    private final Assessments assessments;
    private final Transfers transfers;
    private final PredictionLogRepository predictionLog;

    OpenedWorkspace(
            WorkspaceLocation location,
            ConnectionPool pool,
            Dialect dialect,
            Clock clock,
            String actor,
            String[] migrations) {
        this.location = location;
        this.pool = pool;
        this.clock = clock;
        this.actor = actor;
        this.migrations = migrations.clone();
        this.properties = new JdbcWorkspacePropertyRepository(new Jdbc(pool), dialect);
        JdbcTransactions transactions = new JdbcTransactions(pool, dialect, clock, actor);
        this.engagements = new Engagements(transactions);
        this.assessments = new Assessments(transactions);
        this.transfers = new Transfers(transactions, actor, clock);
        this.predictionLog = new JdbcPredictionLogRepository(new Jdbc(pool));
    }

    @Override
    public WorkspaceLocation location() {
        return location;
    }

    @Override
    public Engagements engagements() {
        return engagements;
    }

    @Override
    public Assessments assessments() {
        return assessments;
    }

    @Override
    public Transfers transfers() {
        return transfers;
    }

    @Override
    public WorkspacePropertyRepository properties() {
        return properties;
    }

    @Override
    public PredictionLogRepository predictionLog() {
        return predictionLog;
    }

    @Override
    public String signedInAs() {
        return actor;
    }

    @Override
    public WorkspaceInfo info() {
        try (Connection connection = pool.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Optional<Path> file = location instanceof WorkspaceLocation.Folder folder
                    ? Optional.of(folder.databaseFile())
                    : Optional.empty();
            String database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + (file.isPresent() ? " (file, shared by the app and the command line)" : "");
            return new WorkspaceInfo(
                    location,
                    database,
                    file,
                    file.isPresent() ? OptionalLong.of(Files.size(file.get())) : OptionalLong.empty(),
                    Migrations.currentVersion(pool, migrations),
                    properties.get(WorkspacePropertyRepository.ID).orElse("?"),
                    properties
                            .get(WorkspacePropertyRepository.CREATED_AT)
                            .map(Instant::parse)
                            .orElse(Instant.EPOCH),
                    actor,
                    engagements.organizations(true).size(),
                    countBackups());
        } catch (SQLException | IOException e) {
            throw new WorkspaceException(
                    "Workspace " + location.display() + " cannot be read: " + Jdbc.firstLine(e.getMessage()));
        }
    }

    @Override
    public Path backup(Path target) {
        if (!(location instanceof WorkspaceLocation.Folder)) {
            throw new WorkspaceException("A PostgreSQL workspace is backed up on the server: run pg_dump (see"
                    + " docs/user-guide/team-workspace.md).");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new WorkspaceException("Backup file " + absolute + " exists already: choose another name.");
        }
        try (Connection connection = pool.getConnection()) {
            Files.createDirectories(absolute.getParent());
            H2Files.backup(connection, absolute);
            log.info("Backed up workspace to {}", absolute);
            return absolute;
        } catch (SQLException | IOException e) {
            throw new WorkspaceException("Could not write backup " + absolute + ": " + Jdbc.firstLine(e.getMessage()));
        }
    }

    @Override
    public Path backupToDefaultFolder(String reason) {
        String name = "workspace-" + BACKUP_STAMP.format(clock.instant()) + "-" + reason + ".zip";
        return backup(location.backupsDirectory().resolve(name));
    }

    private int countBackups() throws IOException {
        if (!Files.isDirectory(location.backupsDirectory())) {
            return 0;
        }
        try (var files = Files.list(location.backupsDirectory())) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .count();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
