package org.mlopsconsole.app.assessment;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/** The History tab of an assessment: who changed which rating, note, consensus or target, when. */
public final class ChangeHistoryView {

    private final ChangeHistoryViewModel viewModel;

    public ChangeHistoryView(ChangeHistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        TableView<ChangeHistoryViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("history-table");
        table.getColumns().add(column("When", ChangeHistoryViewModel.Row::when));
        table.getColumns().add(column("Who", ChangeHistoryViewModel.Row::who));
        table.getColumns().add(column("What", ChangeHistoryViewModel.Row::what));
        table.getColumns().add(column("Participant", ChangeHistoryViewModel.Row::participant));
        table.getColumns().add(column("Question or dimension", ChangeHistoryViewModel.Row::item));
        table.getColumns().add(column("From", ChangeHistoryViewModel.Row::from));
        table.getColumns().add(column("To", ChangeHistoryViewModel.Row::to));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button refresh = new Button("Refresh");
        refresh.setId("history-refresh");
        refresh.setOnAction(event -> viewModel.load());
        Button export = new Button("Export CSV…");
        export.setId("history-export");
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("history.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                viewModel.exportCsv(file.toPath());
            }
        });
        Label message = new Label();
        message.setId("history-message");
        message.textProperty().bind(viewModel.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, message, spacer, refresh, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(0, 0, 8, 0));

        BorderPane root = new BorderPane(table);
        root.setTop(actions);
        root.setPadding(new Insets(8));
        viewModel.load();
        return root;
    }

    private static TableColumn<ChangeHistoryViewModel.Row, String> column(
            String title, Function<ChangeHistoryViewModel.Row, String> value) {
        TableColumn<ChangeHistoryViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
