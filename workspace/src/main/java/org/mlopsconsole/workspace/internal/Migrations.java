package org.mlopsconsole.workspace.internal;

import java.nio.file.Path;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.mlopsconsole.workspace.WorkspaceException;

/** The Flyway migrations, the same on H2 and PostgreSQL. */
final class Migrations {

    static final String[] DEFAULT_LOCATIONS = {"classpath:db/migration"};

    private Migrations() {}

    /**
     * Migrates to the current schema; {@code backupBefore} is called with "before-vN" before the
     * first pending migration runs (H2 backs the file up; PostgreSQL leaves that to pg_dump).
     */
    static void migrate(DataSource dataSource, String[] locations, Function<String, Path> backupBefore) {
        try {
            Flyway flyway = flyway(dataSource, locations);
            MigrationInfo[] pending = flyway.info().pending();
            if (pending.length == 0) {
                return;
            }
            backupBefore.apply("before-v" + pending[0].getVersion().getVersion());
            flyway.migrate();
        } catch (FlywayException e) {
            throw new WorkspaceException("The workspace could not be migrated: " + Jdbc.firstLine(e.getMessage()));
        }
    }

    static String currentVersion(DataSource dataSource, String[] locations) {
        MigrationInfoService info = flyway(dataSource, locations).info();
        return info.current() == null ? "none" : info.current().getVersion().getVersion();
    }

    private static Flyway flyway(DataSource dataSource, String[] locations) {
        return Flyway.configure().dataSource(dataSource).locations(locations).load();
    }
}
