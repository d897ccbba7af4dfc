package org.mlopsconsole.app.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file through the desktop's own opener, run as a command whose exit status says whether
 * a program took the file: {@code xdg-open} on Linux (non-zero when nothing handles the type),
 * {@code open} on macOS, {@code rundll32 url.dll,FileProtocolHandler} on Windows. JavaFX's
 * {@code HostServices.showDocument} gives no such answer: it fails silently.
 */
public final class DesktopFileOpener implements FileOpener {

    /** An opener still running after this long has handed the file to a program that is starting. */
    static final long WAIT_SECONDS = 20;

    private final List<String> command;

    /** @param command the opener and its leading arguments; the file's absolute path is appended */
    public DesktopFileOpener(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** The opener of the system named {@code osName} (the {@code os.name} property). */
    public static DesktopFileOpener forSystem(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new DesktopFileOpener(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        if (os.startsWith("mac")) {
            return new DesktopFileOpener(List.of("open"));
        }
        return new DesktopFileOpener(List.of("xdg-open"));
    }

    public static DesktopFileOpener forThisSystem() {
        return forSystem(System.getProperty("os.name", ""));
    }

    @Override
    public Optional<String> open(Path file) {
        List<String> line = new ArrayList<>(command);
        line.add(file.toAbsolutePath().toString());
        try {
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.empty() : Optional.of(noProgramFor(file));
        } catch (IOException e) {
            return Optional.of("the desktop's opener (" + command.get(0) + ") could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("opening was interrupted");
        }
    }

    /** "no program on this computer opens .pptx files". */
    static String noProgramFor(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? "no program on this computer opens " + name
                : "no program on this computer opens " + name.substring(dot).toLowerCase(Locale.ROOT) + " files";
    }
}
