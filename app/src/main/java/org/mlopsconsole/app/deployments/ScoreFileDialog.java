package org.mlopsconsole.app.deployments;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Deployments → Score a file…: a small window over a {@link ScoreFileViewModel}. */
final class ScoreFileDialog {

    private ScoreFileDialog() {}

    static void show(Window owner, ScoreFileViewModel viewModel) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Score a file with " + viewModel.model());

        TextField input = readOnly("score-input");
        input.textProperty().bind(pathText(viewModel.inputProperty()));
        Button chooseInput = new Button("Choose…");
        chooseInput.setId("score-choose-input");
        chooseInput.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("File to score");
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            "CSV, JSON Lines, Parquet", "*.csv", "*.jsonl", "*.ndjson", "*.parquet", "*.pq"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                viewModel.inputProperty().set(file.toPath());
            }
        });
        TextField output = readOnly("score-output");
        output.textProperty().bind(pathText(viewModel.outputProperty()));
        Button chooseOutput = new Button("Choose…");
        chooseOutput.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Write the scored rows to");
            Path suggested = viewModel.outputProperty().get();
            if (suggested != null) {
                chooser.setInitialDirectory(
                        suggested.toAbsolutePath().getParent().toFile());
                chooser.setInitialFileName(suggested.getFileName().toString());
            }
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                viewModel.outputProperty().set(file.toPath());
            }
        });
        TextField columns = new TextField();
        columns.setId("score-columns");
        columns.setPromptText("default: named after the inputs, else all");
        columns.textProperty().bindBidirectional(viewModel.columnsProperty());
        TextField batch = new TextField();
        batch.setPrefColumnCount(5);
        batch.textProperty().bindBidirectional(viewModel.batchSizeProperty());
        CheckBox skip = new CheckBox("Leave out bad rows (otherwise the first one stops the run)");
        skip.selectedProperty().bindBidirectional(viewModel.skipBadRowsProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Input"), input, chooseInput);
        form.addRow(1, new Label("Output"), output, chooseOutput);
        form.addRow(2, new Label("Columns"), columns);
        form.addRow(3, new Label("Batch size"), batch);
        form.add(skip, 1, 4);

        ProgressBar progress = new ProgressBar();
        progress.setId("score-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        Label status = new Label();
        status.setId("score-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        ListView<String> bad = new ListView<>(viewModel.badRows());
        bad.setId("score-bad-rows");
        bad.setPrefHeight(140);
        bad.setPlaceholder(new Label("No bad rows"));

        Button start = new Button("Score");
        start.setId("score-start");
        start.setDefaultButton(true);
        start.disableProperty()
                .bind(viewModel.runningProperty().or(viewModel.inputProperty().isNull()));
        start.setOnAction(event -> viewModel.start());
        Button cancel = new Button("Cancel");
        cancel.setId("score-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        Button close = new Button("Close");
        close.disableProperty().bind(viewModel.runningProperty());
        close.setOnAction(event -> stage.close());
        stage.setOnCloseRequest(event -> viewModel.cancel());

        VBox root = new VBox(10, form, progress, status, new Label("Bad rows"), bad, new HBox(8, start, cancel, close));
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root, 640, 460));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
    }

    private static javafx.beans.binding.StringBinding pathText(javafx.beans.property.ObjectProperty<Path> path) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> path.get() == null ? "" : path.get().toString(), path);
    }

    private static TextField readOnly(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(36);
        return field;
    }
}
