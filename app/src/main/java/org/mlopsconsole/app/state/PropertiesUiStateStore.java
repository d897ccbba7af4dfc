package org.mlopsconsole.app.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.mlopsconsole.app.state.UiState.WindowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link UiState} in a properties file. A missing or damaged file gives the initial
 * state (the window is not worth a failed start); saving replaces the file atomically.
 */
public final class PropertiesUiStateStore implements UiStateStore {

    private static final Logger log = LoggerFactory.getLogger(PropertiesUiStateStore.class);

    private final Path file;

    public PropertiesUiStateStore(Path file) {
        this.file = file;
    }

    @Override
    public UiState load() {
        if (!Files.isRegularFile(file)) {
            return UiState.initial();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return fromProperties(properties);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Ignoring unreadable UI state {}: {}", file, e.getMessage());
            return UiState.initial();
        }
    }

    @Override
    public void save(UiState state) {
        Properties properties = toProperties(state);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "ui-state", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "MLOps Console window state");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not save UI state to {}: {}", file, e.getMessage());
        }
    }

    private static UiState fromProperties(Properties p) {
        Optional<WindowBounds> window = Optional.empty();
        if (p.containsKey("window.width")) {
            window = Optional.of(new WindowBounds(
                    Double.parseDouble(p.getProperty("window.x", "0")),
                    Double.parseDouble(p.getProperty("window.y", "0")),
                    Double.parseDouble(p.getProperty("window.width")),
                    Double.parseDouble(p.getProperty("window.height", "800")),
                    Boolean.parseBoolean(p.getProperty("window.maximized", "false"))));
        }
        UiState initial = UiState.initial();
        return new UiState(
                window,
                p.getProperty("section", initial.sectionId()),
                Boolean.parseBoolean(p.getProperty("theme.dark", "false")),
                new UiState.SplitLayout(
                        Double.parseDouble(p.getProperty(
                                "assessments.divider", Double.toString(UiState.SplitLayout.DEFAULT_DIVIDER))),
                        p.getProperty("assessments.selection", "")));
    }

    private static Properties toProperties(UiState state) {
        Properties p = new Properties();
        state.window().ifPresent(w -> {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        p.setProperty("section", state.sectionId());
        p.setProperty("theme.dark", Boolean.toString(state.darkTheme()));
        p.setProperty("assessments.divider", Double.toString(state.assessments().divider()));
        p.setProperty("assessments.selection", state.assessments().selection());
        return p;
    }
}
