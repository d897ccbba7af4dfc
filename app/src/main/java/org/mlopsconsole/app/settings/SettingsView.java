package org.mlopsconsole.app.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.mlopsconsole.app.common.ViewLoader;

/** The Settings section (Settings.fxml). */
public final class SettingsView {

    @FXML
    private CheckBox darkTheme;

    @FXML
    private Label workspaceDirectory;

    @FXML
    private Label logsDirectory;

    @FXML
    private Label backupsDirectory;

    @FXML
    private Button backupButton;

    @FXML
    private Label backupStatus;

    @FXML
    private javafx.scene.control.ListView<String> recentWorkspaces;

    @FXML
    private javafx.scene.control.TextField newWorkspace;

    @FXML
    private Label recentWorkspaceError;

    private final SettingsViewModel viewModel;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void addWorkspace() {
        viewModel.addRecentWorkspace(newWorkspace.getText());
        if (viewModel.recentWorkspaceErrorProperty().get().isEmpty()) {
            newWorkspace.clear();
        }
    }

    @FXML
    private void initialize() {
        darkTheme.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        workspaceDirectory.textProperty().bind(viewModel.workspaceDirectoryProperty());
        logsDirectory.textProperty().bind(viewModel.logsDirectoryProperty());
        backupsDirectory.textProperty().bind(viewModel.backupsDirectoryProperty());
        backupStatus.textProperty().bind(viewModel.backupStatusProperty());
        backupButton.disableProperty().bind(viewModel.backupRunningProperty());
        recentWorkspaces.setItems(viewModel.recentWorkspaces());
        recentWorkspaceError.textProperty().bind(viewModel.recentWorkspaceErrorProperty());
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }
}
