package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mlopsconsole.app.assessment.OrganizationRollupViewModel.Row;
import org.mlopsconsole.app.common.Tables;
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
        table.getColumns().add(Tables.textColumn("Dimension", 220, Row::dimension));
        table.getColumns().add(Tables.textColumn("Teams rated", 100, row -> String.valueOf(row.teams())));
        table.getColumns().add(Tables.textColumn("Median level", 160, Row::medianLevel));
        table.getColumns().add(Tables.textColumn("Levels", 80, Row::levels));
        table.getColumns().add(Tables.textColumn("Median score", 120, Row::medianScore));
        table.getColumns().add(Tables.textColumn("Scores", 120, Row::scoreSpread));
        table.getColumns().add(Tables.textColumn("Without a level", 240, Row::notRated));
        Tables.emptyState(table, OrganizationRollupViewModel.EMPTY);
        // The table grows with its rows: the page scrolls, not a box of its own inside it.
        Tables.growWithRows(table, 30, 3);
        VBox content = new VBox(12, title, summary, teamsUsed, chart(), table, exportBar());
        content.setId("organization-rollup");
        content.getStyleClass().add("results");
        viewModel.load();
        ScrollPane page = new ScrollPane(content);
        page.setFitToWidth(true);
        return page;
    }

    /** The median score per dimension as bars, dimensions top to bottom in the table's order. */
    private Node chart() {
        CategoryAxis dimensions = new CategoryAxis();
        NumberAxis scores = new NumberAxis();
        scores.setLabel("Median score");
        BarChart<Number, String> chart = new BarChart<>(scores, dimensions);
        chart.setId("rollup-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle("Median score per dimension");
        viewModel.rows().addListener((ListChangeListener<Row>) change -> showBars(chart));
        chart.managedProperty().bind(Bindings.isNotEmpty(viewModel.rows()));
        chart.visibleProperty().bind(chart.managedProperty());
        return chart;
    }

    private void showBars(BarChart<Number, String> chart) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Row> rows = new ArrayList<>(viewModel.rows());
        // A horizontal bar chart draws its first category at the bottom: reversed, it reads as the table.
        Collections.reverse(rows);
        rows.stream()
                .filter(row -> row.medianScoreValue().isPresent())
                .forEach(row -> series.getData()
                        .add(new XYChart.Data<>(row.medianScoreValue().getAsDouble(), row.dimension())));
        chart.getData().setAll(List.of(series));
        chart.setPrefHeight(Math.max(220, 90 + 28 * series.getData().size()));
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
}
