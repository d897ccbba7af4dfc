package org.mlopsconsole.app.benchmarks;

import atlantafx.base.theme.Styles;
import java.awt.BasicStroke;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlopsconsole.app.theme.ChartTheme;
import org.mlopsconsole.reports.BenchmarkReport;
import org.mlopsconsole.workspace.BenchmarkRun;
import org.mlopsconsole.workspace.BenchmarkTargetKind;

/**
 * The Benchmarks section, built in code: stored runs and the run form on the left, the selected
 * runs' curves (JFreeChart) and the comparison of two on the right. The charts take their colors
 * from AtlantaFX's variables, resolved in the scene, so they follow the light and dark themes.
 */
public final class BenchmarksView {

    private static final DateTimeFormatter MEASURED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final int CHART_COLORS = 8;
    /** p50 solid, p95 dashed, p99 dotted: the run is the color, the percentile the line. */
    private static final BasicStroke[] PERCENTILE_STROKES = {
        new BasicStroke(2.2f),
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f),
        new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 4f}, 0f)
    };

    private final BenchmarksViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<BenchmarkRun> table = new TableView<>();
    private final List<Runnable> redraws = new ArrayList<>();
    /** A hidden label styled with a color variable at a time, to read the theme's value of it. */
    private final Label probe = new Label();

    private boolean showingSelection;

    public BenchmarksView(BenchmarksViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Parent build() {
        root.setId("section-content-benchmarks");
        root.getStyleClass().addAll("content", "benchmarks");
        Node header = header();
        BorderPane.setMargin(header, new Insets(0, 0, 12, 0));
        root.setTop(header);
        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.33);
        root.setCenter(split);
        // Colors resolve once the view is in a scene with the theme; a theme switch re-styles the scene.
        probe.setManaged(false);
        probe.setVisible(false);
        root.getChildren().add(probe);
        root.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::redrawCharts); // after the scene has applied its stylesheets
            }
        });
        viewModel.refresh();
        return root;
    }

    private Node header() {
        Label title = new Label("Benchmarks");
        title.getStyleClass().add(Styles.TITLE_2);
        Button importButton = new Button("Import result file…");
        importButton.setId("bench-import");
        importButton.setOnAction(event -> chooseAndImport());
        Button refresh = new Button("Refresh");
        refresh.setId("bench-refresh");
        refresh.setOnAction(event -> viewModel.refresh());
        Label hint = new Label("bench --format json files, from this machine or another (mlops-runtime.jar bench)");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(8, importButton, refresh, hint);
        keepPreferredWidth(actions);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("bench-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        return new VBox(8, title, actions, message);
    }

    private Node left() {
        table.setId("bench-runs");
        table.setPlaceholder(new Label("No results yet: import a result file or run a benchmark below"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns()
                .setAll(List.of(
                        column("Label", BenchmarkRun::label, 120),
                        column("Measured", run -> MEASURED.format(run.startedAt()), 128),
                        column(
                                "Where",
                                run -> run.targetKind() == BenchmarkTargetKind.IN_PROCESS ? "in process" : "HTTP")));
        table.setItems(viewModel.runs());
        table.setPrefHeight(220);
        table.setMinHeight(150);
        // Selection order matters (the first is A), so the view keeps it as the user clicked.
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<BenchmarkRun>) change -> {
            if (!showingSelection) {
                syncSelection(table.getSelectionModel().getSelectedItems());
            }
        });
        viewModel.selected().addListener((ListChangeListener<BenchmarkRun>) change -> showSelection());
        Label machine = new Label();
        machine.setId("bench-machine");
        machine.setWrapText(true);
        machine.getStyleClass().add(Styles.TEXT_MUTED);
        viewModel.selected().addListener((ListChangeListener<BenchmarkRun>)
                change -> machine.setText(viewModel.selected().stream()
                        .map(run -> run.label() + ": " + run.target() + " on " + run.machine())
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("")));
        Button rename = new Button("Rename…");
        rename.setId("bench-rename");
        rename.disableProperty()
                .bind(javafx.beans.binding.Bindings.size(viewModel.selected()).isNotEqualTo(1));
        rename.setOnAction(event -> askNewLabel());
        Button delete = new Button("Delete");
        delete.setId("bench-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.selected()));
        delete.setOnAction(event -> viewModel.deleteSelected());
        Label export = new Label("Export");
        export.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.layout.FlowPane manage = new javafx.scene.layout.FlowPane(
                8,
                8,
                rename,
                delete,
                export,
                exportButton("JSON", BenchmarksViewModel.Export.JSON, "*.json"),
                exportButton("CSV", BenchmarksViewModel.Export.CSV, "*.csv"),
                exportButton("Excel", BenchmarksViewModel.Export.XLSX, "*.xlsx"));
        manage.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, table, manage, machine, runForm());
        left.setPadding(new Insets(0, 12, 0, 0));
        return left;
    }

    private Button exportButton(String text, BenchmarksViewModel.Export format, String pattern) {
        Button button = new Button(text);
        button.setId("bench-export-" + format.name().toLowerCase(Locale.ROOT));
        button.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.selected()));
        button.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export benchmark results");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text, pattern));
            chooser.setInitialFileName("benchmark" + pattern.substring(1));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                viewModel.export(format, file.toPath());
            }
        });
        return button;
    }

    private Node runForm() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        TextField target = field("bench-target", viewModel.targetProperty(), "model.onnx, or http://host:8000");
        Button choose = new Button("Choose…");
        choose.setId("bench-choose-model");
        choose.setOnAction(event -> chooseModel());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        HBox targetRow = new HBox(8, target, choose);
        HBox.setHgrow(target, Priority.ALWAYS);
        grid.addRow(0, fieldLabel("Model, URL"), targetRow);
        grid.addRow(
                1, fieldLabel("Model name"), field("bench-model-name", viewModel.modelNameProperty(), "on the server"));
        grid.addRow(
                2, fieldLabel("Concurrency"), field("bench-concurrency", viewModel.concurrencyProperty(), "1,2,4,8"));
        grid.addRow(3, fieldLabel("Batch sizes"), field("bench-batches", viewModel.batchesProperty(), "1,8,32"));
        grid.addRow(4, fieldLabel("Window"), field("bench-window", viewModel.windowProperty(), "5s"));
        grid.addRow(
                5, fieldLabel("Label"), field("bench-label", viewModel.labelProperty(), "default: target and time"));
        GridPane.setHgrow(targetRow, Priority.ALWAYS);
        Button run = new Button("Run benchmark");
        run.setId("bench-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(viewModel.runningProperty());
        run.setOnAction(event -> viewModel.run());
        Button cancel = new Button("Cancel");
        cancel.setId("bench-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("bench-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox controls = new HBox(8, run, cancel, progress);
        keepPreferredWidth(controls);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("bench-progress-text");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.progressTextProperty());
        TitledPane pane = new TitledPane("Run a benchmark on this machine", new VBox(10, grid, controls, status));
        // Closed, out of the list's way, unless there is nothing to look at yet or a run is measuring.
        pane.setExpanded(false);
        viewModel.runs().addListener((ListChangeListener<BenchmarkRun>) change -> {
            if (viewModel.runs().isEmpty()) {
                pane.setExpanded(true);
            }
        });
        viewModel.runningProperty().addListener((observable, was, running) -> {
            if (running) {
                pane.setExpanded(true);
            }
        });
        return pane;
    }

    private Node right() {
        TabPane charts = new TabPane(
                chartTab(
                        "Throughput",
                        "bench-chart-concurrency",
                        "Concurrency (requests in flight)",
                        "Throughput (infer/s)",
                        viewModel.throughputByConcurrency(),
                        false),
                chartTab(
                        "Latency",
                        "bench-chart-latency",
                        "Throughput (infer/s)",
                        "Latency (ms): p50 solid, p95 dashed, p99 dotted",
                        viewModel.latencyByThroughput(),
                        true),
                chartTab(
                        "Batch size",
                        "bench-chart-batch",
                        "Batch size (inferences per request)",
                        "Throughput (infer/s)",
                        viewModel.throughputByBatch(),
                        false));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.setId("bench-charts");
        SplitPane right = new SplitPane(charts, comparison());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        right.setPadding(new Insets(0, 0, 0, 12));
        return right;
    }

    private Node comparison() {
        Label title = new Label();
        title.setId("bench-comparison-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.textProperty().bind(viewModel.comparisonTitleProperty());
        TableView<BenchmarkReport.Ratio> ratios = new TableView<>(viewModel.ratios());
        ratios.setId("bench-ratios");
        ratios.setPlaceholder(new Label("No shared points"));
        ratios.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ratios.getColumns()
                .setAll(List.of(
                        ratioColumn("Point", BenchmarkReport.Ratio::point, 130),
                        ratioColumn("A\ninfer/s", r -> fixed(r.throughputA(), 1), 64),
                        ratioColumn("B\ninfer/s", r -> fixed(r.throughputB(), 1), 64),
                        ratioColumn("B÷A\ninfer/s", r -> fixed(r.throughputRatio(), 2), 64),
                        ratioColumn("B÷A\np50", r -> fixed(r.p50Ratio(), 2), 52),
                        ratioColumn("B÷A\np95", r -> fixed(r.p95Ratio(), 2), 52),
                        ratioColumn("B÷A\np99", r -> fixed(r.p99Ratio(), 2), 52),
                        ratioColumn("Both\nstable", r -> r.bothStable() ? "yes" : "no", 56)));
        ratios.setPrefHeight(140);
        ListView<String> differences = new ListView<>(viewModel.differences());
        differences.setId("bench-differences");
        differences.setPlaceholder(new Label("The fingerprints are the same"));
        differences.setPrefHeight(90);
        Label differ = new Label("Fingerprint fields that differ");
        differ.getStyleClass().add(Styles.TEXT_MUTED);
        VBox.setVgrow(ratios, Priority.ALWAYS);
        VBox box = new VBox(8, title, ratios, differ, differences);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Tab chartTab(
            String name,
            String id,
            String xLabel,
            String yLabel,
            ObservableList<BenchmarkCurves.Curve> curves,
            boolean percentiles) {
        XYSeriesCollection data = new XYSeriesCollection();
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        x.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(null);
        ChartViewer viewer = new ChartViewer(chart);
        ChartTheme.follow(chart, viewer);
        viewer.setId(id);
        viewer.setMinSize(300, 220);
        Runnable redraw = () -> {
            data.removeAllSeries();
            for (BenchmarkCurves.Curve curve : curves) {
                XYSeries series = new XYSeries(curve.name(), false, true);
                curve.points().forEach(point -> series.add(point[0], point[1]));
                data.addSeries(series);
            }
            theme(chart, plot, renderer, curves.size(), percentiles);
        };
        curves.addListener((ListChangeListener<BenchmarkCurves.Curve>) change -> redraw.run());
        redraws.add(redraw);
        Label empty = new Label("Select runs in the list to plot them");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(curves));
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(viewer, empty);
        Tab tab = new Tab(name, stack);
        tab.setId(id + "-tab");
        return tab;
    }

    private void redrawCharts() {
        redraws.forEach(Runnable::run);
    }

    /** Paints from the theme's variables: series -color-chart-N, text -color-fg-*, grid -color-border-muted. */
    private void theme(
            JFreeChart chart, XYPlot plot, XYLineAndShapeRenderer renderer, int series, boolean percentiles) {
        if (root.getScene() == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= CHART_COLORS; i++) {
            names.add("-color-chart-" + i);
        }
        names.addAll(List.of("-color-fg-default", "-color-fg-muted", "-color-border-muted", "-color-bg-default"));
        List<java.awt.Color> colors = resolve(names);
        java.awt.Color text = colors.get(CHART_COLORS);
        java.awt.Color muted = colors.get(CHART_COLORS + 1);
        java.awt.Color grid = colors.get(CHART_COLORS + 2);
        plot.setBackgroundPaint(colors.get(CHART_COLORS + 3));
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setOutlinePaint(grid);
        for (NumberAxis axis : List.of((NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis())) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(muted);
            axis.setAxisLinePaint(grid);
            axis.setTickMarkPaint(grid);
        }
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(null);
        legend.setItemPaint(text);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        for (int i = 0; i < series; i++) {
            int color = percentiles ? i / PERCENTILE_STROKES.length : i;
            renderer.setSeriesPaint(i, colors.get(color % CHART_COLORS));
            renderer.setSeriesStroke(
                    i, percentiles ? PERCENTILE_STROKES[i % PERCENTILE_STROKES.length] : new BasicStroke(2.2f));
        }
    }

    /** Each variable's value, read from a hidden label styled with it in this scene. */
    private List<java.awt.Color> resolve(List<String> variables) {
        List<java.awt.Color> colors = new ArrayList<>();
        for (String variable : variables) {
            probe.setStyle("-fx-text-fill: " + variable + ";");
            probe.applyCss();
            Color fill = probe.getTextFill() instanceof Color c ? c : Color.GRAY;
            colors.add(new java.awt.Color(
                    (float) fill.getRed(), (float) fill.getGreen(), (float) fill.getBlue(), (float) fill.getOpacity()));
        }
        return colors;
    }

    private void syncSelection(List<BenchmarkRun> inTable) {
        List<BenchmarkRun> ordered = new ArrayList<>(viewModel.selected());
        ordered.retainAll(inTable);
        inTable.stream().filter(run -> !ordered.contains(run)).forEach(ordered::add);
        // The table is firing its own change: it must not be changed back while it does.
        showingSelection = true;
        try {
            viewModel.selected().setAll(ordered);
        } finally {
            showingSelection = false;
        }
    }

    /** The ViewModel chose runs (an import or a run selects the new one): show that in the table. */
    private void showSelection() {
        if (showingSelection) {
            return;
        }
        showingSelection = true;
        try {
            if (!table.getSelectionModel().getSelectedItems().equals(viewModel.selected())) {
                table.getSelectionModel().clearSelection();
                viewModel.selected().forEach(run -> table.getSelectionModel().select(run));
            }
        } finally {
            showingSelection = false;
        }
    }

    private void askNewLabel() {
        BenchmarkRun run = viewModel.selected().get(0);
        TextInputDialog dialog = new TextInputDialog(run.label());
        dialog.setTitle("Rename benchmark result");
        dialog.setHeaderText(null);
        dialog.setContentText("Label");
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().filter(text -> !text.isBlank()).ifPresent(viewModel::renameSelected);
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import benchmark result files");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Benchmark results (JSON)", "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            files.stream().map(File::toPath).forEach(viewModel::importFile);
        }
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Benchmark an ONNX model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.targetProperty().set(file.toPath().toString());
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> TableColumn<T, String> genericColumn(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static TableColumn<BenchmarkRun, String> column(String title, Function<BenchmarkRun, String> value) {
        return genericColumn(title, value);
    }

    private static TableColumn<BenchmarkRun, String> column(
            String title, Function<BenchmarkRun, String> value, double width) {
        TableColumn<BenchmarkRun, String> column = genericColumn(title, value);
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<BenchmarkReport.Ratio, String> ratioColumn(
            String title, Function<BenchmarkReport.Ratio, String> value, double width) {
        TableColumn<BenchmarkReport.Ratio, String> column = genericColumn(title, value);
        column.setPrefWidth(width);
        return column;
    }

    private static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "";
    }

    /** Buttons and labels in a row keep their text whole; text fields give way instead. */
    private static void keepPreferredWidth(HBox row) {
        row.getChildren().stream()
                .filter(node -> node instanceof Button || node instanceof Label)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
    }
}
