package org.mlopsconsole.app.settings;

import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.mlopsconsole.app.common.ViewLoader;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.PaperSize;

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

    @FXML
    private javafx.scene.control.TextField consultancy;

    @FXML
    private ImageView logoPreview;

    @FXML
    private Label noLogo;

    @FXML
    private Button removeLogo;

    @FXML
    private ComboBox<PaperSize> paper;

    @FXML
    private Button saveReportSettings;

    @FXML
    private Label reportSettingsStatus;

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
        bindReportSettings();
    }

    private void bindReportSettings() {
        consultancy.textProperty().bindBidirectional(viewModel.consultancyProperty());
        paper.getItems().setAll(viewModel.papers());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize size) {
                return size == null ? "" : SettingsViewModel.paperName(size);
            }

            @Override
            public PaperSize fromString(String text) {
                return null;
            }
        });
        paper.valueProperty().bindBidirectional(viewModel.paperProperty());
        showLogo(viewModel.logoProperty().get());
        viewModel.logoProperty().addListener((observable, before, now) -> showLogo(now));
        removeLogo.disableProperty().bind(viewModel.logoProperty().isNull());
        saveReportSettings.disableProperty().bind(viewModel.saveReportSettingsDisabled());
        reportSettingsStatus.textProperty().bind(viewModel.reportSettingsStatusProperty());
        viewModel.reportSettingsFailedProperty().addListener((observable, before, failed) -> styleStatus(failed));
        styleStatus(viewModel.reportSettingsFailedProperty().get());
    }

    private void showLogo(Branding.Logo logo) {
        logoPreview.setImage(logo == null ? null : new Image(new ByteArrayInputStream(logo.png())));
        noLogo.setVisible(logo == null);
        noLogo.setManaged(logo == null);
    }

    private void styleStatus(boolean failed) {
        reportSettingsStatus.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
        reportSettingsStatus.getStyleClass().add(failed ? Styles.DANGER : Styles.TEXT_MUTED);
    }

    @FXML
    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the consultancy's logo");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png", "*.PNG"));
        File file = chooser.showOpenDialog(consultancy.getScene().getWindow());
        if (file != null) {
            viewModel.chooseLogo(file.toPath());
        }
    }

    @FXML
    private void removeLogo() {
        viewModel.removeLogo();
    }

    @FXML
    private void saveReportSettings() {
        viewModel.saveReportSettings();
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }
}
