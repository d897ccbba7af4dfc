package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mlopsconsole.app.assessment.AssessmentFormViewModel.ModelOption;
import org.mlopsconsole.app.assessment.AssessmentFormViewModel.ParticipantRow;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.ValidationError;
import org.mlopsconsole.workspace.AssessmentStatus;

/** The create / edit dialog of an assessment (AssessmentForm.fxml). */
public final class AssessmentFormView {

    @FXML
    private TextField title;

    @FXML
    private Label titleError;

    @FXML
    private ComboBox<ModelOption> model;

    @FXML
    private Button customModelButton;

    @FXML
    private Label modelError;

    @FXML
    private DatePicker date;

    @FXML
    private Label dateError;

    @FXML
    private TextField facilitator;

    @FXML
    private Label facilitatorError;

    @FXML
    private ComboBox<AssessmentStatus> status;

    @FXML
    private VBox participantRows;

    @FXML
    private Label participantsError;

    private final AssessmentFormViewModel viewModel;
    private Window owner;

    public AssessmentFormView(AssessmentFormViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        titleError.textProperty().bind(viewModel.titleShownErrorProperty());
        Validation.markInvalid(title, viewModel.titleShownErrorProperty());
        model.setItems(viewModel.models());
        model.valueProperty().bindBidirectional(viewModel.modelProperty());
        model.setDisable(viewModel.isEditing());
        customModelButton.setDisable(viewModel.isEditing());
        modelError.textProperty().bind(viewModel.modelErrorProperty());
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        dateError.textProperty().bind(viewModel.dateErrorProperty());
        Validation.markInvalid(date, viewModel.dateErrorProperty());
        facilitator.textProperty().bindBidirectional(viewModel.facilitatorProperty());
        facilitatorError.textProperty().bind(viewModel.facilitatorShownErrorProperty());
        Validation.markInvalid(facilitator, viewModel.facilitatorShownErrorProperty());
        status.getItems().setAll(AssessmentStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssessmentStatus value) {
                return value == null ? "" : value.label();
            }

            @Override
            public AssessmentStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        participantsError.textProperty().bind(viewModel.participantsShownErrorProperty());
        viewModel.participants().addListener((ListChangeListener<ParticipantRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    showParticipants();
                    return;
                }
            }
        });
        showParticipants();
    }

    /** Rebuilt only when rows come or go, so typing keeps its focus. */
    private void showParticipants() {
        participantRows.getChildren().clear();
        List<ParticipantRow> rows = viewModel.participants();
        for (int i = 0; i < rows.size(); i++) {
            ParticipantRow row = rows.get(i);
            TextField name = new TextField();
            name.setId("participant-name-" + i);
            name.setPromptText("Name");
            name.textProperty().bindBidirectional(row.nameProperty());
            // Picked from the role catalog; a role typed in by an older version stays as it was.
            javafx.scene.control.ComboBox<AssessmentFormViewModel.RoleChoice> role =
                    new javafx.scene.control.ComboBox<>();
            role.getItems()
                    .setAll(AssessmentFormViewModel.roleChoices(
                            row.roleProperty().get()));
            role.setValue(AssessmentFormViewModel.roleChoice(row.roleProperty().get()));
            role.setVisibleRowCount(14);
            role.setMaxWidth(Double.MAX_VALUE);
            role.setId("participant-role-" + i);
            role.setPromptText("Role from the catalog");
            role.valueProperty().addListener((o, was, is) -> row.roleProperty().set(is == null ? "" : is.value()));
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox.setHgrow(role, Priority.ALWAYS);
            Button remove = new Button("Remove");
            remove.getStyleClass().add(Styles.FLAT);
            remove.setId("participant-remove-" + i);
            remove.setOnAction(event -> {
                if (!row.saved() || confirmRemoval(row)) {
                    viewModel.removeParticipant(row);
                }
            });
            participantRows.getChildren().add(new HBox(8, name, role, remove));
        }
        if (participantRows.getScene() != null && participantRows.getScene().getWindow() != null) {
            participantRows.getScene().getWindow().sizeToScene(); // dialogs do not grow with their content
        }
    }

    /** A saved participant takes their ratings and notes along: ask before. */
    private boolean confirmRemoval(ParticipantRow row) {
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Remove " + row.nameProperty().get() + " from this assessment? Their ratings and notes are"
                        + " deleted when you save; Cancel on the form keeps them.",
                ButtonType.OK,
                ButtonType.CANCEL);
        confirm.setHeaderText("Remove a participant");
        confirm.initOwner(participantRows.getScene().getWindow());
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @FXML
    private void addParticipant() {
        viewModel.addParticipant("", "");
        participantRows.getChildren().stream()
                .reduce((first, second) -> second)
                .map(row -> ((HBox) row).getChildren().get(0))
                .ifPresent(javafx.scene.Node::requestFocus);
    }

    @FXML
    private void chooseCustomModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Custom maturity model");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Maturity models (JSON, YAML)", "*.json", "*.yaml", "*.yml"));
        Optional.ofNullable(chooser.showOpenDialog(owner))
                .map(java.io.File::toPath)
                .ifPresent(this::useCustomModel);
    }

    private void useCustomModel(Path file) {
        viewModel
                .useCustomModelFile(file)
                .whenComplete((errors, failure) -> javafx.application.Platform.runLater(() -> {
                    if (failure != null) {
                        ProblemsDialog.show(
                                owner, "The model file cannot be read", Failures.message(failure), List.of());
                    } else if (!errors.isEmpty()) {
                        ProblemsDialog.show(
                                owner,
                                "The custom model is not valid",
                                file.getFileName() + " has " + errors.size() + " problem"
                                        + (errors.size() == 1 ? "" : "s") + "; fix them and choose the file again.",
                                errors.stream().map(ValidationError::toString).toList());
                    }
                }));
    }

    /** Shows the dialog; true when the user confirmed a valid form. */
    public boolean showDialog(Window owner, String heading) {
        this.owner = owner;
        Parent content = org.mlopsconsole.app.common.ViewLoader.load(this);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(heading);
        dialog.setHeaderText(heading);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("assessment-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("assessment-dialog-ok");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(viewModel.validProperty().not());
        dialog.setOnShown(event -> title.requestFocus());
        return dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
