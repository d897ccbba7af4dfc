package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mlopsconsole.app.assessment.TeamHistoryViewModel.Comparison;
import org.mlopsconsole.app.assessment.TeamHistoryViewModel.Trend;
import org.mlopsconsole.app.common.Tables;
import org.mlopsconsole.workspace.Assessment;

/** A team's history, built in code: a score trend line per dimension and a question-by-question comparison. */
public final class TeamHistoryView {

    private final TeamHistoryViewModel viewModel;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final ComboBox<Assessment> before = new ComboBox<>();
    private final ComboBox<Assessment> after = new ComboBox<>();

    public TeamHistoryView(TeamHistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label title = new Label("History");
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("history-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());

        chart.setId("history-chart");
        chart.getStyleClass().add("history-chart");
        chart.setTitle("Score per dimension, assessment by assessment");
        chart.setAnimated(false);
        chart.setPrefHeight(340);
        viewModel.trends().addListener((ListChangeListener<Trend>) change -> showTrends());

        StringConverter<Assessment> names = new StringConverter<>() {
            @Override
            public String toString(Assessment a) {
                return a == null ? "" : a.date() + " " + a.title();
            }

            @Override
            public Assessment fromString(String text) {
                return null;
            }
        };
        before.setId("compare-before");
        after.setId("compare-after");
        for (ComboBox<Assessment> choice : List.of(before, after)) {
            choice.setItems(viewModel.comparable());
            choice.setConverter(names);
            choice.valueProperty().addListener((observable, old, value) -> compare());
        }
        viewModel.comparable().addListener((ListChangeListener<Assessment>) change -> {
            List<Assessment> all = viewModel.comparable();
            if (all.size() >= 2) {
                before.setValue(all.get(all.size() - 2));
                after.setValue(all.get(all.size() - 1));
            }
        });
        HBox choices = new HBox(8, new Label("Compare"), before, new Label("with"), after);
        choices.setAlignment(Pos.CENTER_LEFT);

        TableView<Comparison> table = new TableView<>(viewModel.comparison());
        Tables.wheelScrollsPage(table);
        table.setId("history-comparison");
        table.setPrefHeight(320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.textColumn("Question", 420, c -> c.questionId() + ": " + c.text()));
        table.getColumns().add(Tables.textColumn("Before", 90, Comparison::before));
        table.getColumns().add(Tables.textColumn("After", 90, Comparison::after));
        table.getColumns().add(Tables.textColumn("Change", 90, Comparison::change));
        Tables.emptyState(table, TeamHistoryViewModel.NOTHING_TO_COMPARE);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Comparison item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("changed"), !empty && item != null && item.changed());
            }
        });

        VBox content = new VBox(12, title, summary, chart, choices, table);
        content.setId("team-history");
        content.getStyleClass().add("results");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        viewModel.load();
        return scroll;
    }

    private void showTrends() {
        chart.getData().clear();
        for (Trend trend : viewModel.trends()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(trend.dimension());
            // a dimension without a verdict then (not applicable, not assessed) has no point, not a 0
            trend.points().stream()
                    .filter(point -> point.score().isPresent())
                    .forEach(point -> series.getData()
                            .add(new XYChart.Data<>(point.label(), point.score().getAsDouble())));
            chart.getData().add(series);
        }
    }

    private void compare() {
        if (before.getValue() != null && after.getValue() != null) {
            viewModel.compare(before.getValue(), after.getValue());
        }
    }
}
