package org.mlopsconsole.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

/**
 * The H2 side of a folder workspace: the JDBC URL (built here only, from the folder, never from
 * imported files or user text beyond the folder's path), opening, backup and restore.
 *
 * <p>The URL opens H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}, docs/decisions/0005): the
 * first process opens the file and serves it on a loopback port; the app and the command line then
 * share the workspace instead of the second being refused.
 */
final class H2Files {

    private static final long MAX_RESTORED_FILE_BYTES = 64L * 1024 * 1024 * 1024;

    static {
        // The automatic-mixed-mode server listens on this address only (H2 reads it once, at class
        // loading); without it, H2 would accept connections from other machines.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private H2Files() {}

    /** The shared (automatic mixed mode) URL of the workspace. */
    static String sharedUrl(WorkspaceLocation.Folder location) {
        return url(location) + ";AUTO_SERVER=TRUE";
    }

    /** The exclusive URL: fails while any other process has the file open. */
    static String exclusiveUrl(WorkspaceLocation.Folder location) {
        return url(location);
    }

    private static String url(WorkspaceLocation.Folder location) {
        String path = location.directory()
                .resolve(WorkspaceLocation.Folder.DATABASE_NAME)
                .toString();
        // A ';' would start a setting of the attacker's choosing (INIT=...), so such a folder is refused.
        if (path.indexOf(';') >= 0 || path.indexOf('\0') >= 0) {
            throw new WorkspaceException("Workspace folder " + location.directory()
                    + " has a ';' in its path, which an H2 workspace cannot have: choose another folder.");
        }
        // TRACE_LEVEL_FILE=4 routes H2's own trace to SLF4J instead of a .trace.db file.
        return "jdbc:h2:file:" + path + ";TRACE_LEVEL_FILE=4;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** The one-line message for a file H2 would not open. */
    static WorkspaceException translate(WorkspaceLocation.Folder location, SQLException e) {
        Path file = location.databaseFile();
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceException("Workspace file " + file + " is in use by another process that does not"
                    + " share it (an older MLOps Console, or a restore under way): close it, or choose another"
                    + " workspace.");
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new WorkspaceException("Workspace file " + file + " is damaged or not a workspace: restore a backup"
                    + " with 'mlops-console workspace restore FILE' or choose another workspace.");
        }
        if (e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1) {
            return new WorkspaceException("Workspace file " + file + " is shared by another process that does not"
                    + " answer: close the other MLOps Console (or wait for it), then try again.");
        }
        return new WorkspaceException(
                "Workspace file " + file + " cannot be opened: " + Jdbc.firstLine(e.getMessage()));
    }

    /** Writes a consistent zip of the open database. */
    static void backup(Connection connection, Path target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
    }

    /** Replaces the folder's database with the zip's, which must hold an H2 workspace. */
    static void restore(WorkspaceLocation.Folder location, Path zip) {
        requireWorkspaceBackup(zip);
        requireNotInUse(location);
        Restore.execute(zip.toString(), location.directory().toString(), WorkspaceLocation.Folder.DATABASE_NAME);
    }

    /** Opening the file exclusively fails while the app or another command has it open. */
    private static void requireNotInUse(WorkspaceLocation.Folder location) {
        if (!Files.exists(location.databaseFile())) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(exclusiveUrl(location), "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkspaceException("Workspace " + location.directory() + " is open in MLOps Console or"
                        + " another command: close it before restoring; nothing was restored.");
            }
            throw translate(location, e);
        }
    }

    private static void requireWorkspaceBackup(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new WorkspaceException("Backup file " + zip + " does not exist or is not a file.");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(WorkspaceLocation.Folder.DATABASE_FILE)) {
                    requireH2Content(zip, in);
                    return;
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException("Backup file " + zip + " is not a readable zip file: " + e.getMessage(), e);
        }
        throw new WorkspaceException("Backup file " + zip + " holds no " + WorkspaceLocation.Folder.DATABASE_FILE
                + ": it is not a workspace backup; nothing was restored.");
    }

    private static void requireH2Content(Path zip, InputStream entry) throws IOException {
        byte[] header = entry.readNBytes(4);
        if (!Arrays.equals(header, "H:2,".getBytes(StandardCharsets.US_ASCII))) {
            throw new WorkspaceException("Backup file " + zip + " holds a " + WorkspaceLocation.Folder.DATABASE_FILE
                    + " that is not an H2 database; nothing was restored.");
        }
        long size = 4 + entry.transferTo(OutputStream.nullOutputStream());
        if (size > MAX_RESTORED_FILE_BYTES) {
            throw new WorkspaceException("Backup file " + zip + " unpacks to more than 64 GiB; nothing was restored.");
        }
    }
}
