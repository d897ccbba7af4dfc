package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlopsconsole.app.assessment.RisksViewModel.RiskRow;
import org.mlopsconsole.app.common.EmptyState;
import org.mlopsconsole.app.common.Tables;
import org.mlopsconsole.assessment.analysis.Risk;

/** At the top of Results: the counts of high and medium risks, the questions at risk, and the override. */
public final class RisksView {

    private static final EmptyState NO_RISK = new EmptyState(
            "No question at risk.",
            "A question left unsatisfied up to the level its dimension needs next, or up to its target, shows here.");
    private static final double ROW_HEIGHT = 34;
    /** Risk and dimension are short; a longer dimension name than this shows whole on hover. */
    private static final double SHORT_COLUMN_MAX = 220;

    private static final double QUESTION_MIN_WIDTH = 200;

    private final RisksViewModel viewModel;

    public RisksView(RisksViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label counts = new Label();
        counts.setId("risk-counts");
        counts.getStyleClass().add(Styles.TEXT_BOLD);
        counts.textProperty().bind(viewModel.countsProperty());

        TableView<RiskRow> table = new TableView<>(viewModel.rows());
        table.setId("risk-table");
        Tables.emptyState(table, NO_RISK);
        // as tall as its rows, inside the Results page's scroll: the wheel over it scrolls the page
        Tables.growWithRows(table, ROW_HEIGHT, 1);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<RiskRow, String> risk = new TableColumn<>("Risk");
        risk.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().riskText()));
        risk.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
                if (!empty && text != null) {
                    getStyleClass().add(text.startsWith(Risk.HIGH.words()) ? Styles.DANGER : Styles.WARNING);
                }
            }
        });
        Tables.sizeToContent(risk, viewModel.rows(), RiskRow::riskText, SHORT_COLUMN_MAX);
        TableColumn<RiskRow, String> dimension = Tables.textColumn("Dimension", 160, RiskRow::dimension);
        Tables.sizeToContent(dimension, viewModel.rows(), RiskRow::dimension, SHORT_COLUMN_MAX);
        TableColumn<RiskRow, String> question = Tables.textColumn("Question", 420, RiskRow::question);
        question.setMinWidth(QUESTION_MIN_WIDTH);
        TableColumn<RiskRow, String> reasonColumn =
                Tables.textColumn("Override reason", 160, row -> row.reason().orElse(""));
        table.getColumns().setAll(List.of(risk, dimension, question, reasonColumn));

        ComboBox<Risk> choice = new ComboBox<>();
        choice.getItems().setAll(viewModel.risks());
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Risk value) {
                return value == null ? "" : value.words();
            }

            @Override
            public Risk fromString(String text) {
                return null;
            }
        });
        choice.setPromptText("New risk");
        choice.setTooltip(new Tooltip("The risk for the question selected in the table"));
        choice.setId("risk-choice");
        TextField reason = new TextField();
        reason.setId("risk-reason");
        reason.setPromptText("Why (required)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMinWidth(100);
        Button override = new Button("Override");
        override.setTooltip(new Tooltip("Set the selected question's risk to the one chosen, with the reason"));
        override.setId("risk-override");
        override.disableProperty()
                .bind(table.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(choice.valueProperty().isNull()));
        override.setOnAction(event -> viewModel
                .override(table.getSelectionModel().getSelectedItem().questionId(), choice.getValue(), reason.getText())
                .thenRun(reason::clear));
        Button clear = new Button("Clear override");
        clear.setTooltip(new Tooltip("Use the computed risk for the selected question again"));
        clear.setId("risk-clear");
        clear.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        clear.setOnAction(event -> viewModel.clearOverride(
                table.getSelectionModel().getSelectedItem().questionId()));
        HBox actions = new HBox(8, choice, reason, override, clear);
        for (Region fixed : List.of(choice, override, clear)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // the labels are short: shown whole, the field gives way
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("risk-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        VBox content = new VBox(8, table, actions, message);
        content.setPadding(new Insets(8));
        TitledPane pane = new TitledPane("", content);
        pane.setGraphic(counts);
        pane.setId("risks");
        pane.setExpanded(true);
        return pane;
    }
}
