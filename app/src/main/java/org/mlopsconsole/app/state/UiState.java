package org.mlopsconsole.app.state;

import java.util.Optional;

/**
 * What the window restores on the next start.
 *
 * @param window the last window bounds, empty on the first start
 * @param sectionId the last section shown
 * @param darkTheme whether the dark theme was chosen
 */
public record UiState(Optional<WindowBounds> window, String sectionId, boolean darkTheme) {

    public static UiState initial() {
        return new UiState(Optional.empty(), "assessments", false);
    }

    public UiState withWindow(WindowBounds bounds) {
        return new UiState(Optional.of(bounds), sectionId, darkTheme);
    }

    public UiState withSection(String id) {
        return new UiState(window, id, darkTheme);
    }

    public UiState withDarkTheme(boolean dark) {
        return new UiState(window, sectionId, dark);
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
}
