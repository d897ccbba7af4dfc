package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mlopsconsole.app.assessment.OrganizationRollupViewModel.Row;
import org.mlopsconsole.reports.ReportFormat;

/** The organization's roll-up of its teams: median and spread per dimension, and its export as xlsx or pdf. */
public final class OrganizationRollupView {

    private final OrganizationRollupViewModel viewModel;

    public OrganizationRollupView(OrganizationRollupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label title = new Label("Teams rolled up");
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("rollup-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label teamsUsed = new Label();
        teamsUsed.setId("rollup-teams-used");
        teamsUsed.setWrapText(true);
        teamsUsed.getStyleClass().add(Styles.TEXT_MUTED);
        teamsUsed.textProperty().bind(viewModel.teamsUsedProperty());
        TableView<Row> table = new TableView<>(viewModel.rows());
        table.setId("rollup-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Dimension", 220, Row::dimension));
        table.getColumns().add(column("Teams rated", 90, row -> String.valueOf(row.teams())));
        table.getColumns().add(column("Median level", 160, Row::medianLevel));
        table.getColumns().add(column("Levels", 80, Row::levels));
        table.getColumns().add(column("Median score", 110, Row::medianScore));
        table.getColumns().add(column("Scores", 120, Row::scoreSpread));
        table.getColumns().add(column("Without a level", 240, Row::notRated));
        VBox content = new VBox(12, title, summary, teamsUsed, table, exportBar());
        content.setId("organization-rollup");
        content.getStyleClass().add("results");
        viewModel.load();
        return content;
    }

    /** Format, "Export roll-up…", progress and where the file went. */
    private Node exportBar() {
        ComboBox<ReportFormat> format = new ComboBox<>();
        format.setId("rollup-format");
        format.getItems().setAll(viewModel.exportFormats());
        format.valueProperty().bindBidirectional(viewModel.exportFormatProperty());
        Button export = new Button("Export roll-up…");
        export.setId("rollup-export");
        export.disableProperty().bind(viewModel.exportDisabled());
        export.setOnAction(event -> chooseTargetAndExport(export));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.exportingProperty());
        Label status = new Label();
        status.setId("rollup-export-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.exportStatusProperty());
        HBox bar = new HBox(12, format, export, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void chooseTargetAndExport(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export roll-up");
        chooser.setInitialFileName(viewModel.suggestedFileName());
        String extension = "*." + viewModel.exportFormatProperty().get().code();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, extension));
        File target = chooser.showSaveDialog(owner.getScene().getWindow());
        if (target != null) {
            viewModel.export(target.toPath());
        }
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
