package org.mlopsconsole.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.state.UiState.WindowBounds;

class PropertiesUiStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedStateLoadsBackEqual() {
        PropertiesUiStateStore store = new PropertiesUiStateStore(dir.resolve("ui-state.properties"));
        UiState state = UiState.initial()
                .withWindow(new WindowBounds(10.5, 20, 1000, 700, true))
                .withSection("benchmarks")
                .withDarkTheme(true)
                .withAssessments(new UiState.SplitLayout(0.4, "assessment:7"));

        store.save(state);

        assertThat(new PropertiesUiStateStore(dir.resolve("ui-state.properties")).load())
                .isEqualTo(state);
    }

    @Test
    void missingFileGivesTheInitialState() {
        assertThat(new PropertiesUiStateStore(dir.resolve("none.properties")).load())
                .isEqualTo(UiState.initial());
    }

    @Test
    void damagedFileGivesTheInitialStateInsteadOfAFailedStart() throws Exception {
        Path file = Files.writeString(dir.resolve("ui-state.properties"), "window.width=wide\n");

        assertThat(new PropertiesUiStateStore(file).load()).isEqualTo(UiState.initial());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0, 1, -0.5, 3, Double.NaN})
    void aDividerOutsideTheSplitFallsBackToTheDefault(double divider) {
        assertThat(new UiState.SplitLayout(divider, "").divider()).isEqualTo(UiState.SplitLayout.DEFAULT_DIVIDER);
    }
}
