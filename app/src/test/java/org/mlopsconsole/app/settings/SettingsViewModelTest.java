package org.mlopsconsole.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.shell.MainViewModel;
import org.mlopsconsole.app.state.PropertiesUiStateStore;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;

class SettingsViewModelTest {

    private final WorkspaceLocation workspace = new WorkspaceLocation.Folder(Path.of("/data/ws"));

    @Test
    void showsWhereTheWorkspaceItsLogsAndBackupsAre() {
        SettingsViewModel viewModel = new SettingsViewModel(
                new SimpleBooleanProperty(), workspace, () -> Path.of("b.zip"), Runnable::run, Runnable::run);

        assertThat(viewModel.workspaceDirectoryProperty().get()).isEqualTo(workspace.display());
        assertThat(viewModel.logsDirectoryProperty().get()).endsWith("logs");
        assertThat(viewModel.backupsDirectoryProperty().get()).endsWith("backups");
    }

    @Test
    void backUpNowReportsTheFileWritten() {
        SettingsViewModel viewModel = new SettingsViewModel(
                new SimpleBooleanProperty(), workspace, () -> Path.of("b.zip"), Runnable::run, Runnable::run);

        viewModel.backUpNow().join();

        assertThat(viewModel.backupStatusProperty().get()).isEqualTo("Backup written to b.zip");
        assertThat(viewModel.backupRunningProperty().get()).isFalse();
    }

    @Test
    void backUpNowReportsWhyItFailed() {
        SettingsViewModel viewModel = new SettingsViewModel(
                new SimpleBooleanProperty(),
                workspace,
                () -> {
                    throw new WorkspaceException("disk full");
                },
                Runnable::run,
                Runnable::run);

        viewModel.backUpNow().join();

        assertThat(viewModel.backupStatusProperty().get()).isEqualTo("Backup failed: disk full");
    }

    @Test
    void themeSwitchIsTheMainWindowsOwn(@TempDir Path temp) {
        Path stateFile = temp.resolve("ui-state.properties");
        MainViewModel main = new MainViewModel(new PropertiesUiStateStore(stateFile), "ws");
        SettingsViewModel viewModel = new SettingsViewModel(
                main.darkThemeProperty(), workspace, () -> Path.of("b.zip"), Runnable::run, Runnable::run);

        viewModel.darkThemeProperty().set(true);
        main.toggleTheme();

        // a copy of the switch would leave the main window light, and the settings page behind it
        assertThat(viewModel.darkThemeProperty().get()).isFalse();
        viewModel.darkThemeProperty().set(true);
        assertThat(main.darkThemeProperty().get()).isTrue();
        assertThat(new PropertiesUiStateStore(stateFile).load().darkTheme()).isTrue();
    }
}
