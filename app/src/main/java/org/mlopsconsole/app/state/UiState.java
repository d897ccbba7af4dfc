package org.mlopsconsole.app.state;

import java.util.Optional;

/**
 * What the window restores on the next start.
 *
 * @param window the last window bounds, empty on the first start
 * @param sectionId the last section shown
 * @param darkTheme whether the dark theme was chosen
 * @param assessments the Assessments section's split position and selection
 */
public record UiState(Optional<WindowBounds> window, String sectionId, boolean darkTheme, SplitLayout assessments) {

    public static UiState initial() {
        return new UiState(Optional.empty(), "assessments", false, SplitLayout.initial());
    }

    public UiState withWindow(WindowBounds bounds) {
        return new UiState(Optional.of(bounds), sectionId, darkTheme, assessments);
    }

    public UiState withSection(String id) {
        return new UiState(window, id, darkTheme, assessments);
    }

    public UiState withDarkTheme(boolean dark) {
        return new UiState(window, sectionId, dark, assessments);
    }

    public UiState withAssessments(SplitLayout layout) {
        return new UiState(window, sectionId, darkTheme, layout);
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    /**
     * A section's split and what was selected in it.
     *
     * @param divider the divider's position, 0..1
     * @param selection the selected item's key ("assessment:12"), "" for none
     */
    public record SplitLayout(double divider, String selection) {

        public static final double DEFAULT_DIVIDER = 0.26;

        public SplitLayout {
            if (!(divider > 0 && divider < 1)) {
                divider = DEFAULT_DIVIDER;
            }
        }

        public static SplitLayout initial() {
            return new SplitLayout(DEFAULT_DIVIDER, "");
        }

        public SplitLayout withDivider(double position) {
            return new SplitLayout(position, selection);
        }

        public SplitLayout withSelection(String key) {
            return new SplitLayout(divider, key);
        }
    }
}
