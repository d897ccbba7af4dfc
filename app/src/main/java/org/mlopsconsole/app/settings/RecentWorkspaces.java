package org.mlopsconsole.app.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

/**
 * The workspaces this user opened last, newest first: folders and {@code jdbc:postgresql://} URLs
 * as {@link WorkspaceLocation#display()} writes them, so never a password (a URL carrying one is
 * refused when parsed). One per line in a file of the user's own.
 */
public final class RecentWorkspaces {

    static final int MAX = 10;

    private final Path file;
    private final Path userHome;

    public RecentWorkspaces(Path file, Path userHome) {
        this.file = file;
        this.userHome = userHome;
    }

    /** In {@code ~/.mlops-console/recent-workspaces.txt}, or the file the system property {@value #FILE_PROPERTY} names (tests). */
    public static RecentWorkspaces ofUser() {
        Path home = Path.of(System.getProperty("user.home"));
        String file = System.getProperty(FILE_PROPERTY);
        return new RecentWorkspaces(
                file == null ? home.resolve(".mlops-console").resolve("recent-workspaces.txt") : Path.of(file), home);
    }

    static final String FILE_PROPERTY = "mlopsconsole.recentWorkspaces";

    /** Newest first; lines that are no longer a supported location are left out. */
    public List<String> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    String display = WorkspaceLocation.parse(line, userHome).display();
                    if (!line.isBlank() && !kept.contains(display)) {
                        kept.add(display);
                    }
                } catch (WorkspaceException e) {
                    // written by another version, or edited by hand: not offered
                }
            }
            return List.copyOf(kept);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts {@code location} first; keeps {@value #MAX}. Failing to write loses only the list. */
    public List<String> remember(WorkspaceLocation location) {
        List<String> entries = new ArrayList<>(list());
        entries.remove(location.display());
        entries.add(0, location.display());
        List<String> kept = List.copyOf(entries.subList(0, Math.min(MAX, entries.size())));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "recent-workspaces", ".tmp");
            Files.write(temporary, kept, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the list is a convenience; the workspace itself is unaffected
        }
        return kept;
    }

    /** Parses what the user typed and remembers it; a {@link WorkspaceException} says what is supported. */
    public List<String> add(String typed) {
        return remember(WorkspaceLocation.parse(typed, userHome));
    }
}
