package org.mlopsconsole.app.assessment;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** A readable list of what is wrong with a file: one problem a line, with its line and column. */
final class ProblemsDialog {

    private ProblemsDialog() {}

    static void show(Window owner, String heading, String summary, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR, summary, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("MLOps Console");
        alert.setHeaderText(heading);
        alert.getDialogPane().setId("problems-dialog");
        if (!problems.isEmpty()) {
            TextArea list = new TextArea(String.join("\n", problems));
            list.setId("problems-list");
            list.setEditable(false);
            list.setWrapText(true);
            // room for a dozen lines whatever their number (wrapped lines need it), scrolling beyond
            list.setPrefRowCount(12);
            list.setPrefColumnCount(80);
            list.setMaxHeight(Double.MAX_VALUE);
            alert.getDialogPane().setExpandableContent(list);
            alert.getDialogPane().setExpanded(true);
        }
        alert.setResizable(true);
        alert.show();
    }
}
