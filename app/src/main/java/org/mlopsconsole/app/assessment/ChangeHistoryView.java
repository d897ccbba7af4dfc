package org.mlopsconsole.app.assessment;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.mlopsconsole.app.common.Tables;

/** The History tab of an assessment: who changed which rating, note, consensus or target, when. */
public final class ChangeHistoryView {

    private final ChangeHistoryViewModel viewModel;

    public ChangeHistoryView(ChangeHistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        TableView<ChangeHistoryViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("history-table");
        table.getColumns().add(Tables.textColumn("When", 110, ChangeHistoryViewModel.Row::when));
        table.getColumns().add(Tables.textColumn("Who", 110, ChangeHistoryViewModel.Row::who));
        table.getColumns().add(Tables.textColumn("What", 110, ChangeHistoryViewModel.Row::what));
        table.getColumns().add(Tables.textColumn("Participant", 110, ChangeHistoryViewModel.Row::participant));
        table.getColumns().add(Tables.textColumn("Question or dimension", 110, ChangeHistoryViewModel.Row::item));
        table.getColumns().add(Tables.textColumn("From", 110, ChangeHistoryViewModel.Row::from));
        table.getColumns().add(Tables.textColumn("To", 110, ChangeHistoryViewModel.Row::to));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.emptyState(table, ChangeHistoryViewModel.NO_CHANGES);

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
}
