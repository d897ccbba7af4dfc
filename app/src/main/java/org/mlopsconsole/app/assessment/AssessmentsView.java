package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mlopsconsole.app.assessment.EngagementNode.AssessmentNode;
import org.mlopsconsole.app.assessment.EngagementNode.OrganizationNode;
import org.mlopsconsole.app.assessment.EngagementNode.TeamNode;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.Participant;

/**
 * The Assessments section, built in code: the engagement tree on the left, the selected
 * assessment's workshop and results on the right.
 */
public final class AssessmentsView {

    private final AssessmentsViewModel viewModel;
    private final Function<Assessment, CompletableFuture<AssessmentDetailViewModel>> openDetail;
    private final TreeView<EngagementNode> tree = new TreeView<>();
    private final StackPane detail = new StackPane();
    private final Button newTeam = new Button("New team");
    private final Button newAssessment = new Button("New assessment");
    private final Button edit = new Button("Edit…");
    private final Button archive = new Button("Archive");
    private final Button exportFile = new Button("Export…");
    private final Button followUp = new Button("Start follow-up…");
    private boolean syncingSelection;
    private long shownAssessmentId = -1;

    public AssessmentsView(
            AssessmentsViewModel viewModel,
            Function<Assessment, CompletableFuture<AssessmentDetailViewModel>> openDetail) {
        this.viewModel = viewModel;
        this.openDetail = openDetail;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("section-content-assessments");
        root.getStyleClass().add("assessments");
        root.setTop(header());
        tree.setId("engagement-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        QuestionnaireActions questionnaires = new QuestionnaireActions(
                new OfflineQuestionnaires(viewModel.assessments(), viewModel.backgroundExecutor()),
                this::showAssessment);
        tree.setCellFactory(view -> new EngagementCell(questionnaires));
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (!syncingSelection) {
                viewModel.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        viewModel.organizations().addListener((ListChangeListener<OrganizationNode>) change -> showTree());
        viewModel.selectedProperty().addListener((observable, old, node) -> selectionChanged(node));
        detail.setId("engagement-detail");
        showPlaceholder();
        SplitPane split = new SplitPane(tree, detail);
        // the divider comes back where the user left it (saved with the window's state)
        split.setDividerPositions(viewModel.dividerPositionProperty().get());
        split.getDividers()
                .get(0)
                .positionProperty()
                .addListener((observable, old, position) ->
                        viewModel.dividerPositionProperty().set(Math.round(position.doubleValue() * 1000) / 1000.0));
        SplitPane.setResizableWithParent(tree, false);
        root.setCenter(split);
        selectionChanged(null);
        viewModel.reload();
        return root;
    }

    private Node header() {
        Label title = new Label("Assessments");
        title.getStyleClass().add(Styles.TITLE_2);
        Button newOrganization = new Button("New organization");
        newOrganization.setId("new-organization");
        newOrganization.setOnAction(event -> createOrganization());
        newTeam.setId("new-team");
        newTeam.setOnAction(event -> createTeam());
        newAssessment.setId("new-assessment");
        newAssessment.setOnAction(event -> createAssessment());
        edit.setId("edit-node");
        edit.setOnAction(event -> editSelected());
        archive.setId("archive-node");
        archive.setOnAction(event -> {
            EngagementNode node = viewModel.selectedProperty().get();
            if (node != null) {
                viewModel.toggleArchived(node);
            }
        });
        Button importFile = new Button("Import…");
        importFile.setId("import-engagement");
        importFile.setTooltip(new Tooltip("Add an organization or an assessment from an engagement file"));
        importFile.setOnAction(event -> chooseAndImport());
        exportFile.setId("export-engagement");
        exportFile.setTooltip(
                new Tooltip("Write the selected organization, or the selected assessment, to an engagement file"));
        exportFile.setOnAction(event -> chooseAndExport());
        followUp.setId("start-follow-up");
        followUp.setTooltip(new Tooltip("A new assessment of the same team with the same model, people, targets"
                + " and the plan items not done yet; comparisons default to this one"));
        followUp.setOnAction(event -> startFollowUp());
        viewModel.fileToOpenProperty().addListener((observable, old, file) -> importHandedFile());
        Platform.runLater(this::importHandedFile);
        CheckBox showArchived = new CheckBox("Show archived");
        showArchived.setId("show-archived");
        showArchived.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        // A flow, not a row: with Start follow-up the buttons no longer fit a narrow window whole.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(
                8,
                8,
                newOrganization,
                newTeam,
                newAssessment,
                followUp,
                edit,
                archive,
                importFile,
                exportFile,
                showArchived);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("assessments-message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox header = new VBox(8, title, actions, message);
        header.getStyleClass().add("assessments-header");
        return header;
    }

    private void importHandedFile() {
        Path file = viewModel.fileToOpenProperty().get();
        if (file != null) {
            viewModel.fileToOpenProperty().set(null);
            importFile(file);
        }
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import engagement file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Engagement files", "*." + AssessmentsViewModel.ENGAGEMENT_FILE_EXTENSION, "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            importFile(chosen.toPath());
        }
    }

    /** Reads the whole file first; asks before anything is added, and where an assessment goes. */
    private void importFile(Path file) {
        viewModel
                .readEngagementFile(file)
                .whenCompleteAsync(
                        (archive, failure) -> {
                            if (failure != null) {
                                EngagementDialogs.unreadable(window(), file, Failures.message(failure));
                            } else {
                                EngagementDialogs.confirmImport(window(), file, archive, viewModel.teams())
                                        .ifPresent(team -> viewModel.importEngagement(archive, team));
                            }
                        },
                        viewModel.uiExecutor());
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export engagement file");
        chooser.setInitialFileName(viewModel.suggestedExportName(LocalDate.now()));
        String pattern = "*." + AssessmentsViewModel.ENGAGEMENT_FILE_EXTENSION;
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Engagement files", pattern));
        File target = chooser.showSaveDialog(window());
        if (target != null) {
            viewModel.exportSelected(target.toPath());
        }
    }

    private void showTree() {
        syncingSelection = true;
        try {
            TreeItem<EngagementNode> root = tree.getRoot();
            root.getChildren().clear();
            for (OrganizationNode organization : viewModel.organizations()) {
                TreeItem<EngagementNode> organizationItem = new TreeItem<>(organization);
                organizationItem.setExpanded(true);
                for (TeamNode team : organization.teams()) {
                    TreeItem<EngagementNode> teamItem = new TreeItem<>(team);
                    teamItem.setExpanded(true);
                    team.assessments().forEach(a -> teamItem.getChildren().add(new TreeItem<>(a)));
                    organizationItem.getChildren().add(teamItem);
                }
                root.getChildren().add(organizationItem);
            }
            selectInTree(viewModel.selectedProperty().get());
        } finally {
            syncingSelection = false;
        }
    }

    private void selectInTree(EngagementNode node) {
        if (node == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        find(tree.getRoot(), node).ifPresent(item -> tree.getSelectionModel().select(item));
    }

    private static Optional<TreeItem<EngagementNode>> find(TreeItem<EngagementNode> item, EngagementNode node) {
        if (node.equals(item.getValue())) {
            return Optional.of(item);
        }
        for (TreeItem<EngagementNode> child : item.getChildren()) {
            Optional<TreeItem<EngagementNode>> found = find(child, node);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private void selectionChanged(EngagementNode node) {
        syncingSelection = true;
        try {
            selectInTree(node);
        } finally {
            syncingSelection = false;
        }
        newTeam.setDisable(!(node instanceof OrganizationNode));
        newAssessment.setDisable(!(node instanceof TeamNode));
        edit.setDisable(node == null);
        archive.setDisable(node == null);
        exportFile.setDisable(node == null);
        followUp.setDisable(!(node instanceof AssessmentNode));
        archive.setText(node != null && node.archived() ? "Restore" : "Archive");
        if (node instanceof AssessmentNode a) {
            if (a.assessment().id() != shownAssessmentId) {
                showAssessment(a.assessment());
            }
        } else if (node instanceof TeamNode t) {
            shownAssessmentId = -1;
            detail.getChildren().setAll(new TeamHistoryView(viewModel.teamHistory(t.team())).build());
        } else if (node instanceof OrganizationNode o) {
            shownAssessmentId = -1;
            detail.getChildren()
                    .setAll(new OrganizationRollupView(viewModel.organizationRollup(o.organization())).build());
        } else {
            shownAssessmentId = -1;
            showPlaceholder();
        }
    }

    private void showPlaceholder() {
        Label hint = new Label("Choose an assessment in the tree, or create an organization, a team and an"
                + " assessment with the buttons above.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        detail.getChildren().setAll(hint);
        StackPane.setAlignment(hint, Pos.TOP_LEFT);
    }

    private void showAssessment(Assessment assessment) {
        shownAssessmentId = assessment.id();
        Label loading = new Label("Opening " + assessment.title() + "…");
        detail.getChildren().setAll(loading);
        openDetail
                .apply(assessment)
                .whenComplete((detailViewModel, failure) -> Platform.runLater(() -> {
                    if (shownAssessmentId != assessment.id()) {
                        return; // the user moved on meanwhile
                    }
                    if (failure != null) {
                        Label error = new Label("This assessment cannot be opened: " + Failures.message(failure));
                        error.setWrapText(true);
                        error.getStyleClass().add("field-error");
                        detail.getChildren().setAll(error);
                        return;
                    }
                    detail.getChildren().setAll(new AssessmentDetailView(detailViewModel).build());
                }));
    }

    private Window window() {
        return tree.getScene() == null ? null : tree.getScene().getWindow();
    }

    private void createOrganization() {
        new NameFormView(new NameFormViewModel("Organization name", ""))
                .showDialog(window(), "New organization")
                .ifPresent(viewModel::createOrganization);
    }

    private void createTeam() {
        if (viewModel.selectedProperty().get() instanceof OrganizationNode organization) {
            new NameFormView(new NameFormViewModel("Team or business unit name", ""))
                    .showDialog(
                            window(),
                            "New team in " + organization.organization().name())
                    .ifPresent(name -> viewModel.createTeam(organization.organization(), name));
        }
    }

    private void createAssessment() {
        if (!(viewModel.selectedProperty().get() instanceof TeamNode team)) {
            return;
        }
        viewModel
                .bundledModels()
                .thenAccept(models -> Platform.runLater(() -> {
                    AssessmentFormViewModel form = AssessmentFormViewModel.forNew(
                            models,
                            LocalDate.now(),
                            viewModel.lastModelUsed(),
                            viewModel.backgroundExecutor(),
                            viewModel.uiExecutor());
                    if (new AssessmentFormView(form)
                            .showDialog(
                                    window(), "New assessment of " + team.team().name())) {
                        viewModel.createAssessment(
                                form.toNewAssessment(team.team().id()),
                                form.statusProperty().get());
                    }
                }));
    }

    /** Asks for the follow-up's title and date, prefilled from the selected assessment and today. */
    private void startFollowUp() {
        if (!(viewModel.selectedProperty().get() instanceof AssessmentNode a)) {
            return;
        }
        Assessment previous = a.assessment();
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle("Start follow-up");
        dialog.setHeaderText("Follow-up of \"" + previous.title() + "\"");
        javafx.scene.control.TextField title = new javafx.scene.control.TextField(viewModel.followUpTitle(previous));
        title.setId("follow-up-title");
        title.setPrefColumnCount(30);
        javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker(LocalDate.now());
        date.setId("follow-up-date");
        javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Date"), date);
        Label copied = new Label("Copies the model, facilitator, participants, targets and the plan items"
                + " not done yet; ratings start empty.");
        copied.setWrapText(true);
        copied.getStyleClass().add(Styles.TEXT_MUTED);
        form.add(copied, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        javafx.scene.control.ButtonType start =
                new javafx.scene.control.ButtonType("Start", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(start, javafx.scene.control.ButtonType.CANCEL);
        dialog.showAndWait()
                .filter(button -> button == start)
                .ifPresent(button -> viewModel.startFollowUp(
                        previous, title.getText(), date.getValue() == null ? LocalDate.now() : date.getValue()));
    }

    private void editSelected() {
        EngagementNode node = viewModel.selectedProperty().get();
        if (node instanceof OrganizationNode o) {
            new NameFormView(new NameFormViewModel(
                            "Organization name", o.organization().name()))
                    .showDialog(window(), "Rename organization")
                    .ifPresent(name -> viewModel.renameOrganization(o.organization(), name));
        } else if (node instanceof TeamNode t) {
            new NameFormView(new NameFormViewModel(
                            "Team or business unit name", t.team().name()))
                    .showDialog(window(), "Rename team")
                    .ifPresent(name -> viewModel.renameTeam(t.team(), name));
        } else if (node instanceof AssessmentNode a) {
            viewModel
                    .participants(a.assessment())
                    .thenAcceptBoth(
                            viewModel.bundledModels(),
                            (participants, models) ->
                                    Platform.runLater(() -> editAssessment(a.assessment(), participants, models)));
        }
    }

    private void editAssessment(Assessment assessment, List<Participant> participants, List<MaturityModel> models) {
        AssessmentFormViewModel form = AssessmentFormViewModel.forEdit(
                assessment, participants, models, viewModel.backgroundExecutor(), viewModel.uiExecutor());
        if (new AssessmentFormView(form).showDialog(window(), "Edit " + assessment.title())) {
            viewModel
                    .updateAssessment(form.toUpdatedAssessment(), form.participantChanges())
                    .thenRun(() -> Platform.runLater(() -> {
                        // participants may have changed without the assessment record changing: open it again
                        if (viewModel.selectedProperty().get() instanceof AssessmentNode shown) {
                            showAssessment(shown.assessment());
                        }
                    }));
        }
    }

    /**
     * Organizations, teams and assessments with their kind as a style class; archived ones muted;
     * the full name on hover; an assessment's context menu holds its offline questionnaires.
     */
    private static final class EngagementCell extends TreeCell<EngagementNode> {
        private final QuestionnaireActions questionnaires;

        EngagementCell(QuestionnaireActions questionnaires) {
            this.questionnaires = questionnaires;
        }

        @Override
        protected void updateItem(EngagementNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass()
                    .removeAll(
                            "engagement-organization",
                            "engagement-team",
                            "engagement-assessment",
                            "engagement-archived");
            if (empty || node == null) {
                setText(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            setText(node.archived() ? node.label() + " (archived)" : node.label());
            setTooltip(new Tooltip(getText()));
            setContextMenu(node instanceof AssessmentNode a ? questionnaires.menuFor(a.assessment()) : null);
            getStyleClass()
                    .add(
                            node instanceof OrganizationNode
                                    ? "engagement-organization"
                                    : node instanceof TeamNode ? "engagement-team" : "engagement-assessment");
            if (node.archived()) {
                getStyleClass().add("engagement-archived");
            }
        }
    }
}
