package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mlopsconsole.app.assessment.PlanViewModel.PlanRow;
import org.mlopsconsole.assessment.plan.Effort;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanDrafts;
import org.mlopsconsole.assessment.plan.PlanStatus;

/**
 * The Plan tab beside Results: the improvement plan as a table edited in place. Keyboard: arrows
 * or Tab / Shift+Tab move between cells, Enter (or F2) edits the cell, Enter saves it, Escape
 * leaves it as it was. Delete asks before it removes the selected item.
 */
public final class PlanView {

    private final PlanViewModel viewModel;
    private final TableView<PlanRow> table = new TableView<>();

    public PlanView(PlanViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent build() {
        MenuItem perQuestion = new MenuItem("One item per roadmap question");
        perQuestion.setId("draft-per-question");
        perQuestion.setOnAction(event -> viewModel.draftFromRoadmap(PlanDrafts.Grouping.PER_QUESTION));
        MenuItem perDimension = new MenuItem("One item per dimension and phase");
        perDimension.setId("draft-per-dimension");
        perDimension.setOnAction(event -> viewModel.draftFromRoadmap(PlanDrafts.Grouping.PER_DIMENSION));
        MenuButton draft = new MenuButton("Draft from roadmap", null, perQuestion, perDimension);
        draft.setId("plan-draft");

        TextField newTitle = new TextField();
        newTitle.setId("plan-new-title");
        newTitle.setPromptText("New item's title");
        newTitle.setPrefColumnCount(16);
        Button add = new Button("Add");
        add.setId("plan-add");
        add.setDefaultButton(false);
        Runnable addItem = () -> viewModel.add(newTitle.getText()).thenRun(() -> {
            if (!viewModel.messageProperty().get().startsWith("Type")) {
                newTitle.clear();
            }
        });
        add.setOnAction(event -> addItem.run());
        newTitle.setOnAction(event -> addItem.run());
        Button delete = new Button("Delete");
        delete.setId("plan-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> deleteSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.Control control : List.of(draft, add, delete)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, draft, spacer, newTitle, add, delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("plan-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label message = new Label();
        message.setId("plan-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label keys = new Label("Keys: arrows or Tab move · Enter edits and saves · Escape cancels");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, actions, summary, message, table, keys);
        root.setId("plan");
        root.setPadding(new Insets(8, 12, 8, 0));
        viewModel.load();
        return root;
    }

    private void buildTable() {
        table.setId("plan-table");
        table.setItems(viewModel.rows());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label("No items yet: draft them from the roadmap, or type a title and Add."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        TableColumn<PlanRow, String> title =
                textColumn("Title", "plan-title", row -> row.item().title(), viewModel::setTitle);
        title.setPrefWidth(360);
        TableColumn<PlanRow, String> owner = column("Owner", "plan-owner", PlanRow::ownerText);
        owner.setCellFactory(column -> {
            ComboBoxTableCell<PlanRow, String> cell = new ComboBoxTableCell<>(viewModel.ownerChoices());
            cell.setComboBoxEditable(true);
            return cell;
        });
        owner.setOnEditCommit(event -> viewModel.setOwner(event.getRowValue(), event.getNewValue()));
        owner.setPrefWidth(150);
        TableColumn<PlanRow, PlanStatus> status = choiceColumn(
                "Status",
                "plan-status",
                row -> row.item().status(),
                viewModel.statuses(),
                PlanStatus::label,
                viewModel::setStatus);
        TableColumn<PlanRow, String> due = textColumn("Due", "plan-due", PlanRow::dueText, viewModel::setDue);
        TableColumn<PlanRow, Effort> effort = choiceColumn(
                "Effort",
                "plan-effort",
                row -> row.item().effort(),
                viewModel.efforts(),
                Effort::label,
                viewModel::setEffort);
        TableColumn<PlanRow, Phase> phase = choiceColumn(
                "Phase",
                "plan-phase",
                row -> row.item().phase(),
                viewModel.phases(),
                Phase::label,
                viewModel::setPhase);
        TableColumn<PlanRow, Boolean> quickWin = choiceColumn(
                "Quick win",
                "plan-quick-win",
                row -> row.item().quickWin(),
                List.of(true, false),
                yes -> yes ? "Yes" : "No",
                viewModel::setQuickWin);
        // The short columns keep their words whole; the title takes what is left.
        owner.setMinWidth(110);
        status.setMinWidth(100);
        due.setMinWidth(95);
        effort.setMinWidth(75);
        phase.setMinWidth(105);
        quickWin.setMinWidth(80);
        title.setMinWidth(100);
        table.getColumns().setAll(List.of(title, owner, status, due, effort, phase, quickWin));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyboard);
        // When a cell's editor closes, the keyboard stays in the table (not on the first button).
        table.editingCellProperty().addListener((observable, was, editing) -> {
            if (editing == null) {
                table.requestFocus();
            }
        });
    }

    /** Enter or F2 edits the focused cell; Tab and Shift+Tab move along the row, then to the next. */
    private void keyboard(KeyEvent event) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<PlanRow, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
            TableColumn<PlanRow, ?> column =
                    focused.getTableColumn() == null ? table.getColumns().get(0) : focused.getTableColumn();
            table.edit(focused.getRow(), column);
            event.consume();
        } else if (event.getCode() == KeyCode.TAB) {
            move(focused, event.isShiftDown() ? -1 : 1);
            event.consume();
        }
    }

    private void move(TablePosition<PlanRow, ?> from, int step) {
        int columns = table.getColumns().size();
        int column = from.getTableColumn() == null ? 0 : table.getColumns().indexOf(from.getTableColumn());
        int index = from.getRow() * columns + column + step;
        if (index < 0 || index >= table.getItems().size() * columns) {
            return;
        }
        TableColumn<PlanRow, ?> target = table.getColumns().get(index % columns);
        table.getSelectionModel().clearAndSelect(index / columns, target);
        table.getFocusModel().focus(index / columns, target);
    }

    private void deleteSelected() {
        PlanRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "\"" + row.item().title() + "\" leaves the plan; a follow-up will not carry it.",
                new javafx.scene.control.ButtonType("Delete", javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                javafx.scene.control.ButtonType.CANCEL);
        confirm.initOwner(table.getScene() == null ? null : table.getScene().getWindow());
        confirm.setHeaderText("Delete the plan item?");
        confirm.showAndWait()
                .filter(button -> button.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .ifPresent(button -> viewModel.delete(row));
    }

    private static <T> TableColumn<PlanRow, T> column(String name, String id, Function<PlanRow, T> value) {
        TableColumn<PlanRow, T> column = new TableColumn<>(name);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static TableColumn<PlanRow, String> textColumn(
            String name, String id, Function<PlanRow, String> value, BiConsumer<PlanRow, String> commit) {
        TableColumn<PlanRow, String> column = column(name, id, value);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(event -> commit.accept(event.getRowValue(), event.getNewValue()));
        return column;
    }

    private static <T> TableColumn<PlanRow, T> choiceColumn(
            String name,
            String id,
            Function<PlanRow, T> value,
            List<T> choices,
            Function<T, String> shown,
            BiConsumer<PlanRow, T> commit) {
        TableColumn<PlanRow, T> column = column(name, id, value);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : shown.apply(choice);
            }

            @Override
            public T fromString(String text) {
                return choices.stream()
                        .filter(choice -> shown.apply(choice).equals(text))
                        .findFirst()
                        .orElse(null);
            }
        };
        column.setCellFactory(ComboBoxTableCell.forTableColumn(converter, FXCollections.observableArrayList(choices)));
        column.setOnEditCommit(event -> {
            if (event.getNewValue() != null) {
                commit.accept(event.getRowValue(), event.getNewValue());
            }
        });
        return column;
    }
}
