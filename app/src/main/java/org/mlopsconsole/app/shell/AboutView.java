package org.mlopsconsole.app.shell;

import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.mlopsconsole.app.common.ViewLoader;

/** The About dialog (About.fxml). */
public final class AboutView {

    @FXML
    private Label appVersion;

    @FXML
    private Label javaVersion;

    @FXML
    private Label javaFxVersion;

    @FXML
    private Label onnxRuntimeVersion;

    @FXML
    private Label workspace;

    private final AboutViewModel viewModel;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        appVersion.textProperty().bind(viewModel.appVersionProperty());
        javaVersion.textProperty().bind(viewModel.javaVersionProperty());
        javaFxVersion.textProperty().bind(viewModel.javaFxVersionProperty());
        onnxRuntimeVersion.textProperty().bind(viewModel.onnxRuntimeVersionProperty());
        workspace.textProperty().bind(viewModel.workspaceProperty());
    }

    public Dialog<ButtonType> dialog(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About MLOps Console");
        dialog.getDialogPane().setContent(ViewLoader.load(this));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("about-dialog");
        return dialog;
    }
}
