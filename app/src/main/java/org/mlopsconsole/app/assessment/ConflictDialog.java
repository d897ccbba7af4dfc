package org.mlopsconsole.app.assessment;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Shows a pending conflict, theirs against yours, and passes the user's choice to the view-model. */
public final class ConflictDialog {

    static final ButtonType KEEP_THEIRS = new ButtonType("Keep theirs", ButtonBar.ButtonData.NO);
    static final ButtonType KEEP_MINE = new ButtonType("Keep mine", ButtonBar.ButtonData.YES);

    private ConflictDialog() {}

    /** Opens the dialog, over the window that shows {@code view}, whenever {@code viewModel} has a conflict pending. */
    public static void attach(ConflictViewModel viewModel, Node view) {
        viewModel.pendingProperty().addListener((observable, before, now) -> {
            if (now.isPresent()) {
                Window owner = view.getScene() == null ? null : view.getScene().getWindow();
                viewModel.shown().ifPresent(shown -> ask(viewModel, shown, owner));
            }
        });
    }

    private static void ask(ConflictViewModel viewModel, ConflictViewModel.Shown shown, Window owner) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", KEEP_THEIRS, KEEP_MINE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(shown.title());
        alert.setHeaderText(shown.what());
        alert.setContentText("Theirs: " + shown.theirs() + "   (saved by " + shown.changedBy() + ")\n"
                + "Yours:  " + shown.yours() + "   (not saved)\n\n"
                + "Keep theirs, or save yours over it?");
        alert.getDialogPane().setId("conflict-dialog");
        alert.showAndWait()
                .filter(KEEP_MINE::equals)
                .ifPresentOrElse(mine -> viewModel.keepYours(), viewModel::keepTheirs);
    }
}
