package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mlopsconsole.app.assessment.WorkshopAgendaViewModel.Line;

/**
 * The agenda's editor: each dimension in the order the workshop takes them, its time in minutes
 * and how many of its questions are settled; OK saves the times with the assessment.
 */
final class AgendaDialog {

    private AgendaDialog() {}

    static void show(Node owner, WorkshopAgendaViewModel plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle("Workshop agenda");
        dialog.setHeaderText("The dimensions in the workshop's order, with the time for each");
        GridPane grid = new GridPane();
        grid.setId("agenda-editor");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, new ColumnConstraints(), new ColumnConstraints());
        grid.addRow(0, bold("Dimension"), bold("Minutes"), bold("Settled"));
        List<Spinner<Integer>> minutes = new ArrayList<>();
        List<Line> lines = plan.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Spinner<Integer> spinner = new Spinner<>(1, 600, (int) Math.min(600, line.minutes()));
            spinner.setId("agenda-minutes-" + i);
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
            minutes.add(spinner);
            ProgressBar bar = new ProgressBar(line.progress().fraction());
            bar.setPrefWidth(90);
            Label settled = new Label(line.progress().text());
            GridPane progress = new GridPane();
            progress.setHgap(6);
            progress.addRow(0, bar, settled);
            GridPane.setHalignment(spinner, HPos.RIGHT);
            grid.addRow(i + 1, new Label(line.dimension()), spinner, progress);
        }
        Label total = new Label();
        total.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable showTotal = () -> total.setText(
                "In all: " + minutes.stream().mapToInt(Spinner::getValue).sum() + " minutes");
        minutes.forEach(spinner -> spinner.valueProperty().addListener((observable, old, value) -> showTotal.run()));
        showTotal.run();
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(plan.messageProperty());
        dialog.getDialogPane().setContent(new VBox(10, grid, total, message));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait()
                .filter(button -> button == ButtonType.OK)
                .ifPresent(button -> plan.setBudgets(minutes.stream()
                        .map(spinner -> (long) spinner.getValue())
                        .toList()));
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
