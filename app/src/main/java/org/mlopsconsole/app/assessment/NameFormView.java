package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.mlopsconsole.app.common.ViewLoader;

/** Names an organization or a team in a dialog (NameForm.fxml); OK stays disabled until valid. */
public final class NameFormView {

    @FXML
    private Label fieldLabel;

    @FXML
    private TextField nameField;

    @FXML
    private Label nameError;

    private final NameFormViewModel viewModel;

    public NameFormView(NameFormViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fieldLabel.setText(viewModel.field());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameError.textProperty().bind(viewModel.shownErrorProperty());
        Validation.markInvalid(nameField, viewModel.shownErrorProperty());
    }

    /** Shows the dialog; the name when the user confirmed a valid one. */
    public Optional<String> showDialog(Window owner, String title) {
        Parent content = ViewLoader.load(this);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("name-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(viewModel.validProperty().not());
        dialog.getDialogPane().lookupButton(ButtonType.OK).getStyleClass().add(Styles.ACCENT);
        dialog.setOnShown(event -> nameField.requestFocus());
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(button -> viewModel.name());
    }
}
