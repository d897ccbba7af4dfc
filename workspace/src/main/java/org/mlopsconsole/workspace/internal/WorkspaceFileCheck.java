package org.mlopsconsole.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

/**
 * Checks a workspace's files before H2 touches them, so that a bad file is reported and never
 * modified. H2 itself would repair, upgrade or lock a file it is handed.
 */
final class WorkspaceFileCheck {

    /** Every MVStore file (H2 2.x) starts with this file-header prefix. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFileCheck() {}

    /** Throws a {@link WorkspaceException} naming the file and what to do when it is unusable. */
    static void requireUsable(WorkspaceLocation.Folder location) {
        Path directory = location.directory();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new WorkspaceException("Workspace " + directory
                    + " is a file, not a folder: pass a folder with --workspace or "
                    + WorkspaceLocation.ENVIRONMENT_VARIABLE + ".");
        }
        Path file = location.databaseFile();
        if (!Files.exists(file)) {
            requireWritableFolder(directory);
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException("Workspace file " + file
                    + " is not a regular file and cannot be read: move it away or choose another workspace.");
        }
        if (!Files.isReadable(file)) {
            throw new WorkspaceException("Workspace file " + file
                    + " cannot be read: grant read permission (chmod u+rw) or choose another workspace.");
        }
        if (!isWritable(file)) {
            throw new WorkspaceException("Workspace file " + file
                    + " is read-only: make it writable (chmod u+w) or choose another workspace.");
        }
        if (!hasH2Header(file)) {
            throw new WorkspaceException("Workspace file " + file
                    + " is not an H2 database: move it away or choose another workspace; it was left unchanged.");
        }
    }

    private static void requireWritableFolder(Path directory) {
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !isWritable(existing)) {
            throw new WorkspaceException("Workspace folder " + directory
                    + " cannot be created or written: choose a writable folder with --workspace.");
        }
    }

    /**
     * {@link Files#isWritable} is always true for root, so the owner-write bit is consulted too:
     * a file its owner marked read-only is treated as read-only whoever runs the app.
     */
    private static boolean isWritable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasH2Header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(H2_HEADER.length);
            return java.util.Arrays.equals(start, H2_HEADER);
        } catch (IOException e) {
            throw new WorkspaceException(
                    "Workspace file " + file + " cannot be read (" + e.getMessage() + "): choose another workspace.",
                    e);
        }
    }
}
