package org.mlopsconsole.assessment.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mlopsconsole.assessment.ValidationError;

/** Reads input files as UTF-8 and explains why one cannot be read. */
public final class TextFiles {

    private TextFiles() {}

    public static String read(Path file) throws UnreadableFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "file not found");
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(file, "not a UTF-8 text file");
        } catch (IOException e) {
            String reason = Files.isDirectory(file) ? "is a directory, not a file" : "cannot be read: " + e;
            throw new UnreadableFileException(file, reason);
        }
    }

    /** A file that could not be read; {@link #error()} says why, at line 1, column 1. */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String file;

        UnreadableFileException(Path file, String reason) {
            super(reason);
            this.file = file.toString();
        }

        public ValidationError error() {
            return new ValidationError(file, "", 1, 1, getMessage());
        }
    }
}
