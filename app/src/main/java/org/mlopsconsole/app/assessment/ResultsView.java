package org.mlopsconsole.app.assessment;

import atlantafx.base.theme.Styles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mlopsconsole.app.assessment.ResultsViewModel.CrosswalkRow;
import org.mlopsconsole.app.assessment.ResultsViewModel.DimensionResult;
import org.mlopsconsole.app.assessment.ResultsViewModel.HeatmapRow;
import org.mlopsconsole.app.assessment.ResultsViewModel.RoadmapStep;
import org.mlopsconsole.app.common.Tables;
import org.mlopsconsole.app.theme.ChartTheme;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.analysis.RoadmapItem.Horizon;

/**
 * Results, built in code: the overall verdict and what holds it, the dimension profile (level,
 * score and reason per dimension), a radar of current against target levels of the rated
 * dimensions, the heatmap of questions × participants, and the roadmap. Tables are virtualized, so
 * large models scroll smoothly.
 */
public final class ResultsView {

    private static final String NO_TARGET = "—";

    private final ResultsViewModel viewModel;
    private final DefaultCategoryDataset radarData = new DefaultCategoryDataset();
    private final TableView<HeatmapRow> heatmap = new TableView<>();
    private final VBox roadmap = new VBox(10);
    private final VBox reasons = new VBox(6);

    public ResultsView(ResultsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * The page, with {@code top} (the Risks pane) first inside its scroll: one scroll for the whole
     * page, so everything below, the radar included, can be brought into view.
     */
    public Parent build(Node top) {
        Label overall = new Label();
        overall.setId("results-overall");
        overall.getStyleClass().add(Styles.TITLE_3);
        overall.textProperty().bind(viewModel.overallProperty());
        Label overallReason = new Label();
        overallReason.setId("results-overall-reason");
        overallReason.setWrapText(true);
        overallReason.textProperty().bind(viewModel.overallReasonProperty());
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(viewModel.messageProperty());
        Label notice = new Label();
        notice.setId("results-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.WARNING);
        notice.textProperty().bind(viewModel.noticeProperty());
        for (Label line : List.of(message, notice)) {
            line.visibleProperty().bind(line.textProperty().isNotEmpty());
            line.managedProperty().bind(line.visibleProperty());
        }

        Node radar = radar();
        TableView<DimensionResult> dimensions = dimensionsTable();

        heatmap.setId("results-heatmap");
        heatmap.setPrefHeight(360);
        heatmap.setItems(viewModel.heatmap());
        heatmap.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // many participants scroll sideways
        Tables.emptyState(heatmap, ResultsViewModel.NO_RATINGS);
        Tables.wheelScrollsPage(heatmap);
        viewModel.participantNames().addListener((ListChangeListener<String>) change -> heatmapColumns());
        heatmapColumns();

        roadmap.setId("results-roadmap");
        viewModel.roadmap().addListener((ListChangeListener<RoadmapStep>) change -> showRoadmap());
        reasons.setId("results-reasons");
        viewModel.dimensions().addListener((ListChangeListener<DimensionResult>) change -> {
            showRadar();
            showReasons();
        });

        Label crosswalkTitle = sectionTitle("Every bundled model (crosswalk from mlops-practices)");
        TableView<CrosswalkRow> crosswalk = new TableView<>(viewModel.crosswalk());
        crosswalk.setId("results-crosswalk");
        crosswalk.setPrefHeight(300);
        crosswalk.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.wheelScrollsPage(crosswalk);
        crosswalk.getColumns().add(textColumn("Model", 320, CrosswalkRow::modelName));
        crosswalk.getColumns().add(textColumn("Scoring", 100, CrosswalkRow::scoring));
        crosswalk.getColumns().add(textColumn("Level", 260, CrosswalkRow::level));
        crosswalk.getColumns().add(textColumn("Score", 80, CrosswalkRow::score));
        crosswalk.getColumns().add(textColumn("Derived", 220, CrosswalkRow::derived));
        for (Node node : List.of(crosswalkTitle, crosswalk)) {
            node.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.crosswalk()));
            node.managedProperty().bind(node.visibleProperty());
        }
        VBox content = new VBox(
                14,
                top,
                roleFilter(),
                overall,
                overallReason,
                message,
                notice,
                sectionTitle("Level and score per dimension"),
                dimensions,
                sectionTitle("Why each level"),
                reasons,
                passRule(),
                radar,
                sectionTitle("Questions × participants"),
                heatmap,
                ratingLegend(),
                sectionTitle("Roadmap: to the next level first, then toward the targets"),
                roadmap,
                crosswalkTitle,
                crosswalk);
        content.setId("results-view");
        content.getStyleClass().add("results");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("results-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    /** "Ratings of: All participants ▾", and under it what a role's results leave out. */
    private Node roleFilter() {
        ComboBox<ResultsViewModel.RoleFilter> roles = new ComboBox<>(viewModel.roleFilters());
        roles.setId("results-role-filter");
        roles.valueProperty().bindBidirectional(viewModel.roleFilterProperty());
        Label note = new Label();
        note.setId("results-role-note");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(viewModel.roleNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        HBox bar = new HBox(8, new Label("Ratings of"), roles);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, bar, note);
    }

    private Label ratingLegend() {
        Label legend = new Label(viewModel.ratingLegend());
        legend.setId("results-rating-legend");
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        return legend;
    }

    private Label passRule() {
        Label rule = new Label(viewModel.passRule());
        rule.setWrapText(true);
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        return rule;
    }

    private static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }

    private Node radar() {
        SpiderWebPlot plot = new SpiderWebPlot(radarData);
        List<Level> levels = viewModel.model().levels();
        plot.setMaxValue(levels.size());
        plot.setSeriesPaint(0, new Color(0x1F, 0x6F, 0xEB));
        plot.setSeriesPaint(1, new Color(0xD2, 0x99, 0x22));
        plot.setSeriesOutlineStroke(
                1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        plot.setWebFilled(true);
        plot.setSeriesOutlineStroke(0, new BasicStroke(3f));
        plot.setInteriorGap(0.22);
        plot.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13));
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(null);
        ChartViewer viewer = new ChartViewer(chart);
        ChartTheme.follow(chart, viewer); // labels in the theme's text colour: readable on the dark theme
        viewer.setId("results-radar");
        viewer.setPrefSize(640, 420);
        viewer.setMaxWidth(760);
        viewer.setMinSize(320, 300);
        return viewer;
    }

    /**
     * Current level per rated dimension; the target where one is set, else the current level (no
     * gap). Plotted as the level's rank, floor = 1, so a dimension at the floor is not lost in the
     * centre. Dimensions without a level (not applicable, not assessed) are left out: the profile
     * table names them.
     */
    private void showRadar() {
        radarData.clear();
        List<DimensionResult> rated =
                viewModel.dimensions().stream().filter(DimensionResult::isRated).toList();
        for (DimensionResult dimension : rated) {
            radarData.addValue(rank(dimension.level().orElseThrow().id()), "Current", dimension.name());
        }
        for (DimensionResult dimension : rated) {
            radarData.addValue(
                    rank(dimension
                            .target()
                            .orElse(dimension.level().orElseThrow().id())),
                    "Target",
                    dimension.name());
        }
    }

    private int rank(int levelId) {
        List<Level> levels = viewModel.model().levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id() == levelId) {
                return i + 1;
            }
        }
        return 0;
    }

    private static final double ROW_HEIGHT = 34;
    private static final double HEADER_HEIGHT = 44;
    private static final double DIMENSION_MIN_WIDTH = 140;
    private static final double LEVEL_MAX_WIDTH = 300;
    private static final double SHORT_MAX_WIDTH = 120;
    private static final double TARGET_WIDTH = 110;

    /** The profile: one row per dimension, as tall as its rows, so nothing below hides behind blank space. */
    private TableView<DimensionResult> dimensionsTable() {
        TableView<DimensionResult> table = new TableView<>(viewModel.dimensions());
        table.setId("results-dimensions");
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty()
                .bind(javafx.beans.binding.Bindings.size(viewModel.dimensions())
                        .multiply(ROW_HEIGHT)
                        .add(HEADER_HEIGHT));
        table.minHeightProperty().bind(table.prefHeightProperty());
        // the short columns sized to their content and kept so; the dimension's name takes the rest
        // (in full on hover)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Tables.emptyState(table, ResultsViewModel.NO_DIMENSIONS);
        Tables.wheelScrollsPage(table);
        TableColumn<DimensionResult, String> name = Tables.textColumn("Dimension", 260, DimensionResult::name);
        name.setMinWidth(DIMENSION_MIN_WIDTH);
        TableColumn<DimensionResult, DimensionResult> level = levelColumn();
        Tables.sizeToContent(level, viewModel.dimensions(), DimensionResult::levelText, LEVEL_MAX_WIDTH);
        TableColumn<DimensionResult, String> score = textColumn("Score", 80, DimensionResult::score);
        Tables.sizeToContent(score, viewModel.dimensions(), DimensionResult::score, SHORT_MAX_WIDTH);
        TableColumn<DimensionResult, String> target = targetColumn();
        TableColumn<DimensionResult, String> gap = textColumn("Gap", 70, ResultsView::gapText);
        Tables.sizeToContent(gap, viewModel.dimensions(), ResultsView::gapText, SHORT_MAX_WIDTH);
        table.getColumns().setAll(List.of(name, level, score, target, gap));
        return table;
    }

    private static String gapText(DimensionResult dimension) {
        return dimension.gap().isPresent() ? "" + dimension.gap().getAsInt() : "—";
    }

    /** Each dimension's reason in full, under the table: the sentences are too long for a cell. */
    private void showReasons() {
        reasons.getChildren().clear();
        for (DimensionResult dimension : viewModel.dimensions()) {
            Label name = new Label(dimension.name() + ": ");
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label reason = new Label(dimension.reason());
            reason.setWrapText(true);
            HBox line = new HBox(name, reason);
            HBox.setHgrow(reason, Priority.ALWAYS);
            reasons.getChildren().add(line);
        }
    }

    /** The level, or for a dimension without one its status in muted text ("not applicable"). */
    private static TableColumn<DimensionResult, DimensionResult> levelColumn() {
        TableColumn<DimensionResult, DimensionResult> column = new TableColumn<>("Level");
        column.setPrefWidth(260);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DimensionResult row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.levelText());
                // a table cell's own text fill wins over a style class, so the muted colour is set inline
                setStyle(
                        !empty && row != null && !row.isRated()
                                ? "-fx-text-fill: -color-fg-muted; -fx-font-style: italic;"
                                : "");
            }
        });
        return column;
    }

    private TableColumn<DimensionResult, String> targetColumn() {
        TableColumn<DimensionResult, String> column = new TableColumn<>("Target");
        column.setMinWidth(TARGET_WIDTH); // the level picker: as wide as it needs, no wider
        column.setPrefWidth(TARGET_WIDTH);
        column.setMaxWidth(TARGET_WIDTH);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(target(cell.getValue().target())));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(targetChoices()));

            {
                choice.setOnAction(event -> {
                    DimensionResult row =
                            getTableRow() == null ? null : getTableRow().getItem();
                    String chosen = choice.getValue();
                    if (row != null && chosen != null && !chosen.equals(target(row.target()))) {
                        viewModel.setTarget(
                                row.id(),
                                NO_TARGET.equals(chosen)
                                        ? OptionalInt.empty()
                                        : OptionalInt.of(Integer.parseInt(chosen)));
                    }
                });
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                if (empty) {
                    setGraphic(null);
                } else {
                    choice.setValue(value);
                    setGraphic(choice);
                }
            }
        });
        return column;
    }

    private List<String> targetChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of(NO_TARGET));
        viewModel.model().levels().forEach(level -> choices.add(String.valueOf(level.id())));
        return choices;
    }

    private static String target(OptionalInt target) {
        return target.isPresent() ? String.valueOf(target.getAsInt()) : NO_TARGET;
    }

    private void heatmapColumns() {
        heatmap.getColumns().clear();
        TableColumn<HeatmapRow, String> question = textColumn("Question", 460, HeatmapRow::question);
        question.setCellFactory(column -> wrappingCell());
        heatmap.getColumns().add(question);
        List<String> names = viewModel.participantNames();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            heatmap.getColumns()
                    .add(ratingColumn(names.get(i), row -> row.ratings().get(index)));
        }
        heatmap.getColumns().add(ratingColumn("Result", HeatmapRow::aggregate));
        heatmap.getColumns().add(textColumn("Spread", 300, HeatmapRow::spread));
    }

    private TableColumn<HeatmapRow, Optional<Rating>> ratingColumn(
            String title, Function<HeatmapRow, Optional<Rating>> rating) {
        TableColumn<HeatmapRow, Optional<Rating>> column = new TableColumn<>(title);
        column.setPrefWidth(Math.max(90, 9 * title.length()));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(rating.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<Rating> value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeIf(style -> style.startsWith("heat-"));
                if (empty || value == null) {
                    setText(null);
                    return;
                }
                setText(viewModel.ratingText(value));
                getStyleClass().add("heat-" + value.map(Rating::name).orElse("none"));
            }
        });
        return column;
    }

    /** The analysis' roadmap in its order: the items to the next level, then those toward the target. */
    private void showRoadmap() {
        roadmap.getChildren().clear();
        if (viewModel.roadmap().isEmpty()) {
            Label done = new Label("No next steps: no rated dimension has a question left to satisfy.");
            done.getStyleClass().add(Styles.TEXT_MUTED);
            roadmap.getChildren().add(done);
        }
        Horizon shownHorizon = null;
        for (RoadmapStep step : viewModel.roadmap()) {
            if (step.horizon() != shownHorizon) {
                shownHorizon = step.horizon();
                Label title =
                        new Label(shownHorizon == Horizon.NEXT_LEVEL ? "To the next level" : "Then toward the targets");
                title.getStyleClass().add("roadmap-dimension");
                roadmap.getChildren().add(title);
            }
            Label line = new Label("• " + step.dimension() + (step.level().isEmpty() ? "" : ", level " + step.level())
                    + ": " + step.step());
            line.setWrapText(true);
            roadmap.getChildren().add(line);
        }
    }

    private static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Tables.headerWidth(title)); // Score and Gap never collapse to "…"
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static <T> TableCell<T, String> wrappingCell() {
        TableCell<T, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
            }
        };
        cell.setWrapText(true);
        return cell;
    }
}
