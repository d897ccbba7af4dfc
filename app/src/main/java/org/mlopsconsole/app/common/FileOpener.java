package org.mlopsconsole.app.common;

import java.nio.file.Path;
import java.util.Optional;

/** Opens a file the app wrote with the program this computer has for its type. */
@FunctionalInterface
public interface FileOpener {

    /**
     * Opens {@code file}; may block while the desktop starts the program, so call it off the UI thread.
     *
     * @return empty when a program took the file, else why not, in words ("no program on this computer opens .pptx files")
     */
    Optional<String> open(Path file);
}
