package org.mlopsconsole.app.cli.rolestools;

import java.nio.file.Path;
import java.util.function.Function;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.assessment.InvalidInputException;

/** Reads an input file with a reader of assessment-models; its located errors make the command exit 1. */
final class InputFiles {

    private InputFiles() {}

    static <T> T read(Path file, Function<Path, T> reader) {
        try {
            return reader.apply(file);
        } catch (InvalidInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
