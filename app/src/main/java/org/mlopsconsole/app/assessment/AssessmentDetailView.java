package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mlopsconsole.workspace.Assessment;

/** One assessment: its summary, responses files, and the Workshop, Results, Plan and History tabs. */
public final class AssessmentDetailView {

    private final AssessmentDetailViewModel viewModel;
    private BorderPane root;
    private Stage liveVoteWindow;

    public AssessmentDetailView(AssessmentDetailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Assessment assessment = viewModel.assessment();
        Label title = new Label(assessment.title());
        title.setId("assessment-heading");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // One line beside the title, cut short with its whole text on hover: the workshop below needs the height.
        Label summary = new Label(viewModel.summary());
        summary.setId("assessment-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setTooltip(new javafx.scene.control.Tooltip(viewModel.summary()));
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);

        Button present = new Button("Present (F11)");
        present.setId("present-button");
        present.setOnAction(event -> present());
        Button liveVote = new Button("Open live vote…");
        liveVote.setId("live-vote-button");
        liveVote.setOnAction(event -> openLiveVote());
        Button importButton = new Button("Import responses…");
        importButton.setId("import-responses");
        importButton.setOnAction(event -> importResponses());
        Button exportButton = new Button("Export responses…");
        exportButton.setId("export-responses");
        exportButton.setOnAction(event -> exportResponses());
        // Title, summary and actions on one line: the workshop below needs the height at 1280x720.
        HBox actions = new HBox(8, title, summary, present, liveVote, importButton, exportButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().forEach(node -> {
            if (node instanceof Button button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
                button.getStyleClass().add(Styles.SMALL);
            }
        });

        Label message = new Label();
        message.setId("assessment-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        WorkshopView workshop = new WorkshopView(viewModel.workshop(), Optional.of(viewModel.agenda()), this::present);
        ResultsView results = new ResultsView(viewModel.results());
        BorderPane workshopContent = new BorderPane(workshop.build());
        workshopContent.setBottom(new WorkshopEvidenceView(viewModel.evidence()).build());
        Tab workshopTab = new Tab("Workshop", workshopContent);
        workshopTab.setId("workshop-tab");
        Tab resultsTab = new Tab("Results", results.build(new RisksView(viewModel.risks()).build()));
        resultsTab.setId("results-tab");
        Tab planTab = new Tab("Plan", new PlanView(viewModel.plan()).build());
        planTab.setId("plan-tab");
        Tab historyTab = new Tab("History", new ChangeHistoryView(viewModel.history()).build());
        historyTab.setId("history-tab");
        TabPane tabs = new TabPane(workshopTab, resultsTab, planTab, historyTab);
        tabs.setId("assessment-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> {
            if (tab == resultsTab) {
                viewModel
                        .workshop()
                        .pendingSaves()
                        .thenRun(() -> Platform.runLater(() -> {
                            viewModel.results().refresh();
                            viewModel.risks().refresh();
                        }));
            } else if (tab == planTab) {
                viewModel
                        .workshop()
                        .pendingSaves()
                        .thenRun(() -> Platform.runLater(() -> viewModel.plan().load()));
            } else if (tab == historyTab) {
                viewModel
                        .workshop()
                        .pendingSaves()
                        .thenRun(() -> viewModel.history().load());
            }
        });

        VBox header = new VBox(4, actions, message);
        header.setPadding(new Insets(0, 0, 4, 0));
        root = new BorderPane(tabs);
        root.setTop(header);
        root.setId("assessment-detail");
        root.setPadding(new Insets(8, 0, 0, 12));
        viewModel.workshop().load();
        viewModel.agenda().load();
        return root;
    }

    /** The live vote's window; one per assessment, brought to the front when open already. */
    private void openLiveVote() {
        if (liveVoteWindow != null && liveVoteWindow.isShowing()) {
            liveVoteWindow.toFront();
            return;
        }
        liveVoteWindow = org.mlopsconsole.app.livevote.desktop.LiveVoteWindow.show(window(), viewModel.liveVote());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * Opens the presenter view in its own full-screen window (put it on the projector); it shares
     * the workshop's state, so ratings given in either window show in both.
     */
    private void present() {
        Stage stage = new Stage();
        WorkshopView presenter = new WorkshopView(
                viewModel.workshop(),
                Optional.of(viewModel.agenda()),
                () -> stage.setFullScreen(!stage.isFullScreen()));
        stage.initOwner(window());
        stage.setTitle(viewModel.assessment().title() + " · Workshop");
        Scene scene = new Scene(
                presenter.buildPresenter(viewModel.clientAndTeam() + " · "
                        + viewModel.assessment().title()),
                1280,
                720);
        if (window() != null && window().getScene() != null) {
            scene.getStylesheets().setAll(window().getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
        stage.setOnHidden(event -> presenter.dispose());
        stage.show();
        stage.setFullScreen(true);
    }

    private void exportResponses() {
        FileChooser chooser = responsesChooser("Export responses");
        chooser.setInitialFileName(fileSafe(viewModel.assessment().title()) + "-responses.json");
        Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath).ifPresent(viewModel::exportResponses);
    }

    private void importResponses() {
        Optional.ofNullable(responsesChooser("Import responses").showOpenDialog(window()))
                .map(File::toPath)
                .filter(file -> confirmReplace(file.getFileName().toString()))
                .ifPresent(file -> viewModel.importResponses(file).thenAccept(problems -> {
                    if (!problems.isEmpty()) {
                        Platform.runLater(() -> ProblemsDialog.show(
                                window(),
                                "The responses were not imported",
                                file.getFileName() + " does not fit model "
                                        + viewModel.workshop().model().id() + "; nothing was changed.",
                                problems));
                    }
                }));
    }

    /** Importing replaces what participants already rated, so the user says so first. */
    private boolean confirmReplace(String fileName) {
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "The ratings, consensus and targets of this assessment become those in " + fileName
                        + "; participants the file does not name are removed. Notes and evidence stay,"
                        + " and every value replaced stays in the assessment's change history.",
                new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setHeaderText("Replace the assessment's answers?");
        return confirm.showAndWait()
                .map(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .orElse(false);
    }

    private static FileChooser responsesChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Responses (JSON, YAML)", "*.json", "*.yaml", "*.yml"));
        return chooser;
    }

    private static String fileSafe(String title) {
        String safe = title.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "assessment" : safe;
    }
}
