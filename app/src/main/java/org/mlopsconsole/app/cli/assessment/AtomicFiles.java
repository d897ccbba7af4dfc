package org.mlopsconsole.app.cli.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mlopsconsole.app.cli.UserInputException;

/** Writes output files whole or not at all: a temp file beside the target, then a move. */
public final class AtomicFiles {

    private AtomicFiles() {}

    public static Path write(Path target, String content) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new UserInputException("cannot write " + target + ": it is a directory");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            move(temp, absolute);
            return absolute;
        } catch (IOException e) {
            throw new UserInputException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The move already succeeded or the write failed; a stray temp file is all that is left.
        }
    }
}
