package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mlopsconsole.app.assessment.RisksViewModel.RiskRow;
import org.mlopsconsole.assessment.analysis.Risk;

/** At the top of Results: the counts of high and medium risks, the questions at risk, and the override. */
public final class RisksView {

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
        table.setPrefHeight(200);
        table.setPlaceholder(new Label("No question at risk."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<RiskRow, String> risk = column("Risk", RiskRow::riskText);
        risk.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                setText(empty ? null : text);
                if (!empty && text != null) {
                    getStyleClass().add(text.startsWith(Risk.HIGH.words()) ? Styles.DANGER : Styles.WARNING);
                }
            }
        });
        TableColumn<RiskRow, String> question = column("Question", RiskRow::question);
        question.setPrefWidth(420);
        table.getColumns()
                .setAll(java.util.List.of(
                        risk,
                        column("Dimension", RiskRow::dimension),
                        question,
                        column("Override reason", row -> row.reason().orElse(""))));

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
        choice.setPromptText("Risk");
        choice.setId("risk-choice");
        TextField reason = new TextField();
        reason.setId("risk-reason");
        reason.setPromptText("Why (required)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button override = new Button("Override");
        override.setId("risk-override");
        override.disableProperty()
                .bind(table.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(choice.valueProperty().isNull()));
        override.setOnAction(event -> viewModel
                .override(table.getSelectionModel().getSelectedItem().questionId(), choice.getValue(), reason.getText())
                .thenRun(reason::clear));
        Button clear = new Button("Use the computed risk");
        clear.setId("risk-clear");
        clear.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        clear.setOnAction(event -> viewModel.clearOverride(
                table.getSelectionModel().getSelectedItem().questionId()));
        HBox actions = new HBox(8, new Label("Selected question:"), choice, reason, override, clear);
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

    private static TableColumn<RiskRow, String> column(String name, Function<RiskRow, String> value) {
        TableColumn<RiskRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
