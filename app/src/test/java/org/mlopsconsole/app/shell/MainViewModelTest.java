package org.mlopsconsole.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.app.state.UiState;
import org.mlopsconsole.app.state.UiState.WindowBounds;
import org.mlopsconsole.app.state.UiStateStore;

class MainViewModelTest {

    /** Keeps what was saved, as the properties file would. */
    static final class MemoryStore implements UiStateStore {
        final List<UiState> saved = new ArrayList<>();
        UiState current;

        MemoryStore(UiState initial) {
            current = initial;
        }

        @Override
        public UiState load() {
            return current;
        }

        @Override
        public void save(UiState state) {
            saved.add(state);
            current = state;
        }
    }

    @Test
    void restoresTheLastSectionAndTheme() {
        MemoryStore store =
                new MemoryStore(UiState.initial().withSection("monitoring").withDarkTheme(true));

        MainViewModel viewModel = new MainViewModel(store, "ws");

        assertThat(viewModel.selectedSectionProperty().get()).isEqualTo(Section.MONITORING);
        assertThat(viewModel.darkThemeProperty().get()).isTrue();
        assertThat(viewModel.workspaceStatusProperty().get()).isEqualTo("Workspace: ws");
    }

    @Test
    void unknownSavedSectionFallsBackToAssessments() {
        MainViewModel viewModel =
                new MainViewModel(new MemoryStore(UiState.initial().withSection("gone")), "ws");

        assertThat(viewModel.selectedSectionProperty().get()).isEqualTo(Section.ASSESSMENTS);
    }

    @Test
    void everyChangeIsSavedAtOnce() {
        MemoryStore store = new MemoryStore(UiState.initial());
        MainViewModel viewModel = new MainViewModel(store, "ws");

        viewModel.selectedSectionProperty().set(Section.REPORTS);
        viewModel.toggleTheme();
        viewModel.windowClosing(new WindowBounds(1, 2, 1100, 750, false));

        assertThat(store.current.sectionId()).isEqualTo("reports");
        assertThat(store.current.darkTheme()).isTrue();
        assertThat(store.current.window()).contains(new WindowBounds(1, 2, 1100, 750, false));
        assertThat(store.saved).hasSize(3);
    }

    @Test
    void aSectionIsAlwaysSelected() {
        MainViewModel viewModel = new MainViewModel(new MemoryStore(UiState.initial()), "ws");

        viewModel.selectedSectionProperty().set(null);

        assertThat(viewModel.selectedSectionProperty().get()).isEqualTo(Section.ASSESSMENTS);
    }

    @Test
    void sectionsAreListedInSidebarOrder() {
        MainViewModel viewModel = new MainViewModel(new MemoryStore(UiState.initial()), "ws");

        assertThat(viewModel.sections())
                .extracting(Section::title)
                .containsExactly(
                        "Assessments",
                        "Roles & Tools",
                        "Reports",
                        "Deployments",
                        "Monitoring",
                        "Benchmarks",
                        "Settings");
    }
}
