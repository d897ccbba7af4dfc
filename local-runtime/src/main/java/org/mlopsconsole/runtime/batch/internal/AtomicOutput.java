package org.mlopsconsole.runtime.batch.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mlopsconsole.runtime.batch.BatchScoringException;

/**
 * Writes a file whole or not at all, streaming: the work writes a temporary file beside the
 * target, which is moved over the target only when the work returns. Whatever the work throws
 * (a bad row, a cancel), the temporary file is removed and the target is left as it was.
 */
public final class AtomicOutput {

    /** Writes one file. */
    @FunctionalInterface
    public interface Work<T> {
        T writeTo(Path temporary) throws IOException;
    }

    private AtomicOutput() {}

    public static <T> T write(Path target, Work<T> work) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BatchScoringException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new BatchScoringException("cannot write " + target + ": it is a folder");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".partial");
            T result = work.writeTo(temporary);
            move(temporary, absolute);
            return result;
        } catch (IOException e) {
            throw new BatchScoringException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Moved already, or the work failed; a stray hidden .partial file is all that can be left.
        }
    }
}
