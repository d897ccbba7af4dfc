package org.mlopsconsole.app.deployments;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.mlopsconsole.app.common.Tables;
import org.mlopsconsole.runtime.ModelStage;

/**
 * The Deployments section, built in code: the repository's model versions on the left (drop
 * .onnx files on them to import), the selected version, the server and the "try it" panel on the
 * right.
 */
public final class DeploymentsView {

    private final DeploymentsViewModel viewModel;
    private final TableView<ModelVersionRow> table = new TableView<>();
    private final TextField importName = new TextField();
    private final ComboBox<ModelStage> stage = new ComboBox<>();
    private boolean showingSelection;
    /** Two lines of text: room for a wrapped failure without moving what is below. */
    private static final double STATUS_HEIGHT = 44;

    public DeploymentsView(DeploymentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("section-content-deployments");
        root.getStyleClass().addAll("content", "deployments");
        Node header = header();
        BorderPane.setMargin(header, new Insets(0, 0, 12, 0));
        root.setTop(header);
        SplitPane split = new SplitPane(versionsTable(), details());
        // room for the versions table's five columns whole (their headers set their least widths)
        split.setDividerPositions(0.45);
        root.setCenter(split);
        root.setOnDragOver(this::acceptOnnxFiles);
        root.setOnDragDropped(this::importDropped);
        viewModel.refresh();
        return root;
    }

    private Node header() {
        Label title = new Label("Deployments");
        title.getStyleClass().add(Styles.TITLE_2);
        Button importButton = new Button("Import .onnx…");
        importButton.setId("import-model");
        importButton.setOnAction(event -> chooseAndImport());
        importName.setId("import-name");
        importName.setPromptText("model name (default: the file's name)");
        importName.setPrefColumnCount(22);
        Button refresh = new Button("Refresh");
        refresh.setId("refresh-models");
        refresh.setOnAction(event -> viewModel.refresh());
        Label hint = new Label("or drop .onnx files on this section");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(8, importButton, importName, refresh, hint);
        keepPreferredWidth(actions);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, title, actions, status());
    }

    /**
     * The status area keeps its place and height whether or not there is something to say, so the
     * page does not jump; failures read as errors, and a running import shows its progress there.
     */
    private Node status() {
        Label message = new Label();
        message.setId("deployments-message");
        message.getStyleClass().add("deployments-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((observable, old, error) -> showAsError(message, error));
        showAsError(message, viewModel.messageIsErrorProperty().get());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(viewModel.importProgressProperty());
        Button cancel = new Button("Cancel import");
        cancel.setId("cancel-import");
        cancel.setOnAction(event -> viewModel.cancelImport());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        for (Node node : List.of(progress, cancel)) {
            node.visibleProperty().bind(viewModel.importProgressProperty().greaterThanOrEqualTo(0));
            node.managedProperty().bind(node.visibleProperty());
        }
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox status = new HBox(8, progress, cancel, message);
        status.setId("deployments-status");
        status.getStyleClass().add("deployments-status");
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinHeight(STATUS_HEIGHT);
        status.setPrefHeight(STATUS_HEIGHT);
        return status;
    }

    private static void showAsError(Label message, boolean error) {
        message.getStyleClass().remove(Styles.DANGER);
        if (error) {
            message.getStyleClass().add(Styles.DANGER);
        }
    }

    private Node versionsTable() {
        table.setId("model-versions");
        Tables.emptyState(table, DeploymentsViewModel.NO_MODELS);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(List.of(
                        column("Model", row -> row.model()),
                        column("Version", row -> row.pipeline() ? "pipeline" : Long.toString(row.version())),
                        column("Stage", row -> row.stage().name().toLowerCase(Locale.ROOT)),
                        column("Size", row -> megabytes(row.sizeBytes())),
                        column("State", ModelVersionRow::state)));
        // The state says whether a version serves: it keeps room for "Not deployed" whole.
        table.getColumns().get(4).setMinWidth(110);
        table.getColumns().get(0).setMinWidth(90);
        table.setItems(viewModel.versions());
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (!showingSelection) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, row) -> showSelection(row));
        return table;
    }

    private static TableColumn<ModelVersionRow, String> column(
            String title, java.util.function.Function<ModelVersionRow, String> value) {
        TableColumn<ModelVersionRow, String> column = new TableColumn<>(title);
        column.setMinWidth(Tables.headerWidth(title));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private void showSelection(ModelVersionRow row) {
        showingSelection = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
            }
            stage.setValue(row == null ? null : row.stage());
        } finally {
            showingSelection = false;
        }
    }

    private Node details() {
        Node selectedVersion = selectedVersion();
        VBox.setVgrow(selectedVersion, Priority.SOMETIMES);
        VBox details = new VBox(12, selectedVersion, serverPane(), tryItPane());
        details.getStyleClass().add("deployment-details");
        details.setFillWidth(true);
        details.setPadding(new Insets(0, 0, 0, 12));
        return details;
    }

    private Node selectedVersion() {
        Label name = new Label();
        name.setId("selected-version");
        name.getStyleClass().add(Styles.TITLE_4);
        name.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            ModelVersionRow row = viewModel.selectedProperty().get();
                            return row == null
                                    ? "Select a model version"
                                    : row.model() + " version " + row.version() + ": " + row.state();
                        },
                        viewModel.selectedProperty()));
        Button deploy = action("Deploy", "deploy-model", () -> viewModel.deploy(selected()));
        Button undeploy = action("Undeploy", "undeploy-model", () -> viewModel.undeploy(selected()));
        Button reload = action("Reload", "reload-model", () -> viewModel.reload(selected()));
        stage.setId("model-stage");
        stage.getItems().setAll(ModelStage.values());
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelStage value) {
                return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public ModelStage fromString(String text) {
                return ModelStage.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        stage.disableProperty().bind(viewModel.selectedProperty().isNull());
        stage.valueProperty().addListener((observable, old, value) -> {
            ModelVersionRow row = viewModel.selectedProperty().get();
            if (!showingSelection && value != null && row != null && value != row.stage()) {
                viewModel.changeStage(row, value);
            }
        });
        Button scoreFile = action(
                "Score a file…",
                "score-file",
                () -> ScoreFileDialog.show(
                        stage.getScene() == null ? null : stage.getScene().getWindow(),
                        viewModel.scoreFile(selected())));
        HBox actions = new HBox(8, deploy, undeploy, reload, scoreFile, new Label("Stage"), stage);
        keepPreferredWidth(actions);
        actions.setAlignment(Pos.CENTER_LEFT);
        TextArea signature = new TextArea();
        signature.setId("model-signature");
        signature.setEditable(false);
        signature.setPrefRowCount(5);
        signature.getStyleClass().add("monospace");
        signature.textProperty().bind(viewModel.signatureProperty());
        VBox.setVgrow(signature, Priority.ALWAYS);
        Label stepsLabel = new Label("Pipeline steps");
        TextArea steps = new TextArea();
        steps.setId("pipeline-steps");
        steps.setEditable(false);
        steps.setPrefRowCount(3);
        steps.getStyleClass().add("monospace");
        steps.textProperty().bind(viewModel.pipelineStepsProperty());
        for (javafx.scene.Node node : List.of(stepsLabel, steps)) {
            node.visibleProperty().bind(viewModel.pipelineStepsProperty().isNotEmpty());
            node.managedProperty().bind(node.visibleProperty());
        }
        return new VBox(8, name, actions, stepsLabel, steps, new Label("Signature"), signature);
    }

    private Button action(String text, String id, Runnable onAction) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        button.setOnAction(event -> onAction.run());
        return button;
    }

    private ModelVersionRow selected() {
        return viewModel.selectedProperty().get();
    }

    private Node serverPane() {
        TextField host = new TextField();
        host.setId("server-host");
        host.setPrefColumnCount(10);
        host.textProperty().bindBidirectional(viewModel.hostProperty());
        TextField port = new TextField();
        port.setId("server-port");
        port.setPrefColumnCount(5);
        port.textProperty().bindBidirectional(viewModel.portProperty());
        TextField grpcPort = new TextField();
        grpcPort.setId("server-grpc-port");
        grpcPort.setPrefColumnCount(5);
        grpcPort.setPromptText("off");
        grpcPort.textProperty().bindBidirectional(viewModel.grpcPortProperty());
        // Host and ports keep their width: a port of five digits must read whole.
        host.setMinWidth(Region.USE_PREF_SIZE);
        port.setMinWidth(Region.USE_PREF_SIZE);
        grpcPort.setMinWidth(Region.USE_PREF_SIZE);
        TextField token = new TextField();
        token.setId("server-token");
        token.setPromptText("optional on 127.0.0.1");
        token.textProperty().bindBidirectional(viewModel.tokenProperty());
        for (TextField field : List.of(host, port, grpcPort, token)) {
            field.disableProperty().bind(viewModel.serverRunningProperty());
        }
        Button start = new Button("Start server");
        start.setId("start-server");
        start.disableProperty().bind(viewModel.serverRunningProperty().or(viewModel.busyProperty()));
        start.setOnAction(event -> viewModel.startServer());
        Button stop = new Button("Stop server");
        stop.setId("stop-server");
        stop.disableProperty().bind(viewModel.serverRunningProperty().not().or(viewModel.busyProperty()));
        stop.setOnAction(event -> viewModel.stopServer());
        HBox options = new HBox(8, new Label("Host"), host, new Label("Port"), port, new Label("gRPC port"), grpcPort);
        options.setAlignment(Pos.CENTER_LEFT);
        keepPreferredWidth(options);
        // the token on its own row: beside host and port it was squeezed to a sliver at 1200×800
        token.setPrefColumnCount(16);
        HBox tokenRow = new HBox(8, new Label("Token"), token);
        tokenRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(token, Priority.ALWAYS);
        Label address = new Label();
        address.setId("server-address");
        address.textProperty().bind(viewModel.serverAddressProperty());
        HBox control = new HBox(8, start, stop, address);
        control.setAlignment(Pos.CENTER_LEFT);
        keepPreferredWidth(control);
        TitledPane pane = new TitledPane("Inference server", new VBox(8, options, tokenRow, control));
        pane.setCollapsible(false);
        return pane;
    }

    private Node tryItPane() {
        TextArea request = new TextArea();
        request.setId("try-request");
        request.setPrefRowCount(8);
        request.getStyleClass().add("monospace");
        request.textProperty().bindBidirectional(viewModel.requestJsonProperty());
        Button example = new Button("Example from signature");
        example.setId("try-example");
        example.disableProperty().bind(viewModel.selectedProperty().isNull());
        example.setOnAction(event -> viewModel.resetExampleRequest());
        Button send = new Button("Send");
        send.setId("try-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        send.setOnAction(event -> viewModel.tryIt());
        Label latency = new Label();
        latency.setId("try-latency");
        latency.setWrapText(true);
        latency.textProperty().bind(viewModel.latencyProperty());
        HBox actions = new HBox(8, example, send);
        actions.setAlignment(Pos.CENTER_LEFT);
        keepPreferredWidth(actions);
        TextArea response = new TextArea();
        response.setId("try-response");
        response.setEditable(false);
        response.setWrapText(true);
        response.setPrefRowCount(8);
        response.getStyleClass().add("monospace");
        response.textProperty().bind(viewModel.responseJsonProperty());
        VBox.setVgrow(response, Priority.ALWAYS);
        TitledPane pane = new TitledPane(
                "Try it (Open Inference Protocol)",
                new VBox(8, new Label("Request"), request, actions, latency, new Label("Response"), response));
        pane.setCollapsible(false);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    /** Buttons and labels in a row keep their text whole; text fields give way instead. */
    private static void keepPreferredWidth(HBox row) {
        row.getChildren().stream()
                .filter(node -> node instanceof Button || node instanceof Label)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import an ONNX model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"));
        File file = chooser.showOpenDialog(table.getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    private void importFile(Path file) {
        String name = importName.getText().isBlank()
                ? DeploymentsViewModel.suggestedName(file)
                : importName.getText().strip();
        viewModel.importModel(
                file, name, DeploymentsViewModel.proposedTokenizer(file).filter(this::confirmTokenizer));
    }

    /** An embedding model's jar or folder often ships its tokenizer: offer the text pipeline. */
    private boolean confirmTokenizer(Path tokenizer) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Found " + tokenizer.getFileName() + " beside the model. Also make a text pipeline that takes text"
                        + " and answers embeddings (mean pooling, L2-normalized)? The tokenizer is copied into the"
                        + " repository.",
                javafx.scene.control.ButtonType.YES,
                javafx.scene.control.ButtonType.NO);
        ask.setHeaderText("Text pipeline");
        ask.initOwner(table.getScene().getWindow());
        return ask.showAndWait()
                .filter(javafx.scene.control.ButtonType.YES::equals)
                .isPresent();
    }

    private void acceptOnnxFiles(DragEvent event) {
        if (event.getDragboard().hasFiles() && onnxFiles(event).findAny().isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void importDropped(DragEvent event) {
        List<Path> files = onnxFiles(event).toList();
        // Several files at once each take their own name; one file may take the typed name.
        if (files.size() == 1) {
            importFile(files.get(0));
        } else {
            files.forEach(file -> viewModel.importModel(file, DeploymentsViewModel.suggestedName(file)));
        }
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }

    private static java.util.stream.Stream<Path> onnxFiles(DragEvent event) {
        return event.getDragboard().getFiles().stream()
                .map(File::toPath)
                .filter(path ->
                        path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx"));
    }
}
