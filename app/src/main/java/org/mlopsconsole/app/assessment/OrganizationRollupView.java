package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.mlopsconsole.app.assessment.OrganizationRollupViewModel.Row;

/** The organization's roll-up of its teams: median and spread per dimension. */
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
        TableView<Row> table = new TableView<>(viewModel.rows());
        table.setId("rollup-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Dimension", 220, Row::dimension));
        table.getColumns().add(column("Teams", 60, row -> String.valueOf(row.teams())));
        table.getColumns().add(column("Median level", 110, row -> String.valueOf(row.medianLevel())));
        table.getColumns().add(column("Levels", 90, row -> row.lowestLevel() + "–" + row.highestLevel()));
        table.getColumns().add(column("Median score", 110, Row::medianScore));
        table.getColumns().add(column("Scores", 120, Row::scoreSpread));
        VBox content = new VBox(12, title, summary, table);
        content.setId("organization-rollup");
        content.getStyleClass().add("results");
        viewModel.load();
        return content;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
