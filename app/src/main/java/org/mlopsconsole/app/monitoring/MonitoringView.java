package org.mlopsconsole.app.monitoring;

import atlantafx.base.theme.Styles;
import java.awt.BasicStroke;
import java.awt.Font;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mlopsconsole.app.common.Tables;
import org.mlopsconsole.app.monitoring.MonitoringData.AlertRow;
import org.mlopsconsole.app.monitoring.MonitoringData.Chart;
import org.mlopsconsole.app.monitoring.MonitoringData.DriftRow;
import org.mlopsconsole.app.monitoring.MonitoringData.Frame;
import org.mlopsconsole.app.monitoring.MonitoringData.OutcomeRow;
import org.mlopsconsole.runtime.monitoring.FeatureDistribution;

/**
 * The Monitoring section, built in code: live charts of the selected model (redrawn on the FX
 * thread from the frames its ViewModel prepares off it), drift, outcomes and alerts in tabs.
 */
public final class MonitoringView {

    private static final int CHARTS = 6;
    /** Shown before the first frame; the frames' own titles replace them. */
    private static final List<String> TITLES = List.of(
            "Throughput (requests/s)",
            "Latency (ms)",
            "Queue depth (requests)",
            "Batch size (rows)",
            "Errors (share)",
            "Process (CPU % | RSS MiB)");
    /** The chart with a second value axis on the right: the process's RSS beside its CPU %. */
    private static final int PROCESS_CHART = 5;

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final MonitoringViewModel viewModel;
    private final ObservableBooleanValue dark;
    private final List<JFreeChart> liveCharts = new ArrayList<>();
    private final List<XYSeriesCollection> liveData = new ArrayList<>();
    private final XYSeriesCollection processRight = new XYSeriesCollection();
    private final TilePane distributionCharts = new TilePane(12, 12);

    public MonitoringView(MonitoringViewModel viewModel, ObservableBooleanValue dark) {
        this.viewModel = viewModel;
        this.dark = dark;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("section-content-monitoring");
        root.getStyleClass().addAll("content", "monitoring");
        Node header = header();
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        root.setTop(header);
        TabPane tabs = new TabPane(
                tab("Live", live()), tab("Drift", drift()), tab("Outcomes", outcomes()), tab("Alerts", alerts()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        viewModel.frameProperty().addListener((observable, old, frame) -> draw(frame));
        viewModel.distributions().addListener((javafx.collections.ListChangeListener<FeatureDistribution>)
                change -> drawDistributions());
        dark.addListener((observable, old, isDark) -> restyle());
        root.sceneProperty().addListener((observable, old, scene) -> {
            if (scene == null) {
                viewModel.close();
            } else {
                viewModel.start();
            }
        });
        return root;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("monitoring-tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    private Node header() {
        Label title = new Label("Monitoring");
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<String> models = new ComboBox<>(viewModel.models());
        models.setId("monitoring-model");
        models.setPromptText("No model has served yet");
        models.valueProperty().bindBidirectional(viewModel.selectedModelProperty());
        Label variants = new Label();
        variants.getStyleClass().add(Styles.TEXT_MUTED);
        viewModel
                .frameProperty()
                .addListener((o, old, frame) -> variants.setText(frame == null ? "" : frame.variants()));
        Label message = new Label();
        message.setId("monitoring-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(12, title, models, variants, gap, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node live() {
        GridPane grid = new GridPane();
        grid.setId("monitoring-live-charts");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 0, 0, 0));
        for (int column = 0; column < 3; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100 / 3.0);
            grid.getColumnConstraints().add(constraints);
        }
        for (int row = 0; row < 2; row++) {
            RowConstraints constraints = new RowConstraints();
            constraints.setPercentHeight(50);
            grid.getRowConstraints().add(constraints);
        }
        for (int i = 0; i < CHARTS; i++) {
            XYSeriesCollection data = new XYSeriesCollection();
            JFreeChart chart = ChartFactory.createTimeSeriesChart(TITLES.get(i), null, null, data, true, true, false);
            chart.getTitle().setFont(TITLE_FONT);
            valueAxis((NumberAxis) chart.getXYPlot().getRangeAxis(), i == 4 ? 0.1 : 1);
            if (i == PROCESS_CHART) {
                addRightAxis(chart.getXYPlot());
            }
            liveCharts.add(chart);
            liveData.add(data);
            ChartViewer viewer = new ChartViewer(chart);
            viewer.setMinSize(200, 150);
            grid.add(viewer, i % 3, i / 3);
        }
        restyle();
        return grid;
    }

    /**
     * From zero and never below it (every live figure is a count, a rate or a share), and no
     * magnified noise when a figure stays flat (no errors: 0 to 0.1, not ±5e-9).
     */
    private static void valueAxis(NumberAxis values, double minimumSpan) {
        values.setRangeType(RangeType.POSITIVE);
        values.setAutoRangeIncludesZero(true);
        values.setAutoRangeMinimumSize(minimumSpan);
        values.setLabelFont(AXIS_FONT);
    }

    /** RSS in MiB on an axis of its own: hundreds of MiB would flatten a CPU % of 0 to 100. */
    private void addRightAxis(XYPlot plot) {
        NumberAxis right = new NumberAxis("RSS MiB");
        valueAxis(right, 1);
        plot.setRangeAxis(1, right);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, processRight);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.getRangeAxis(0).setLabel("CPU %");
    }

    /**
     * Replaces the series of each chart with the frame's; runs on the FX thread. Each chart's
     * notifications are held meanwhile, so it is drawn once per frame, not once per change.
     */
    private void draw(Frame frame) {
        if (frame == null) {
            return;
        }
        // one time axis for all: from the oldest point shown (it used to be five minutes from the start)
        java.time.Instant start = frame.axisStart(MonitoringViewModel.WINDOW);
        for (int i = 0; i < Math.min(CHARTS, frame.charts().size()); i++) {
            Chart chart = frame.charts().get(i);
            JFreeChart drawn = liveCharts.get(i);
            drawn.setNotify(false);
            String title = chart.title() + " ("
                    + chart.right()
                            .map(right -> chart.unit() + " | " + right.unit())
                            .orElse(chart.unit()) + ")";
            if (drawn.getTitle() == null || !title.equals(drawn.getTitle().getText())) {
                drawn.setTitle(new TextTitle(title, TITLE_FONT));
                drawn.getTitle().setPaint(ChartPalette.of(dark.get()).text());
            }
            fill(liveData.get(i), chart.series());
            if (i == PROCESS_CHART) {
                fill(
                        processRight,
                        chart.right().map(MonitoringData.Axis::series).orElse(List.of()));
            }
            ((DateAxis) drawn.getXYPlot().getDomainAxis())
                    .setRange(start.toEpochMilli(), frame.at().toEpochMilli());
            drawn.setNotify(true);
        }
    }

    private static void fill(XYSeriesCollection data, List<MonitoringData.Series> series) {
        data.removeAllSeries();
        for (MonitoringData.Series each : series) {
            XYSeries xy = new XYSeries(each.name(), false, true);
            each.points().forEach(p -> xy.add(p.at().toEpochMilli(), p.value(), false));
            data.addSeries(xy);
        }
    }

    private void restyle() {
        ChartPalette palette = ChartPalette.of(dark.get());
        for (JFreeChart chart : liveCharts) {
            chart.setNotify(false);
            style(chart, palette);
            XYPlot plot = chart.getXYPlot();
            // a right axis' series take the colours after the left one's, and its label their colour
            int colour = 0;
            boolean twoAxes = plot.getRendererCount() > 1;
            int seriesPerAxis = twoAxes ? 1 : 5; // the process chart has one series on each axis
            for (int r = 0; r < plot.getRendererCount(); r++) {
                XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer(r);
                int first = colour;
                for (int s = 0; s < seriesPerAxis; s++) {
                    renderer.setSeriesPaint(s, palette.seriesColor(colour++));
                    renderer.setSeriesStroke(s, new BasicStroke(2f));
                }
                plot.getRangeAxis(r).setTickLabelPaint(palette.text());
                plot.getRangeAxis(r).setTickLabelFont(AXIS_FONT);
                plot.getRangeAxis(r).setLabelPaint(twoAxes ? palette.seriesColor(first) : palette.text());
            }
            plot.setBackgroundPaint(palette.background());
            plot.setDomainGridlinePaint(palette.grid());
            plot.setRangeGridlinePaint(palette.grid());
            plot.setOutlineVisible(false);
            plot.getDomainAxis().setTickLabelPaint(palette.text());
            plot.getDomainAxis().setTickLabelFont(AXIS_FONT);
            chart.setNotify(true);
        }
        drawDistributions();
    }

    private static void style(JFreeChart chart, ChartPalette palette) {
        chart.setBackgroundPaint(palette.background());
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(palette.text());
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(palette.background());
            legend.setItemPaint(palette.text());
            legend.setItemFont(AXIS_FONT);
        }
    }

    private Node drift() {
        Label reference = new Label();
        reference.textProperty().bind(viewModel.driftReferenceProperty());
        reference.setWrapText(true);
        Label verdict = new Label();
        verdict.setId("monitoring-drift-verdict");
        verdict.getStyleClass().add(Styles.TITLE_4);
        verdict.textProperty().bind(viewModel.driftVerdictProperty());
        Button csv = new Button("Reference from CSV…");
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showOpenDialog(csv.getScene().getWindow());
            if (file != null) {
                viewModel.useReferenceCsv(file.toPath());
            }
        });
        Button first = new Button("Reference from the next requests");
        first.setOnAction(e -> viewModel.useFirstRequests());
        Button compare = new Button("Compare now");
        compare.setOnAction(e -> viewModel.compareNow());
        HBox actions = new HBox(8, csv, first, compare);
        TableView<DriftRow> table = new TableView<>(viewModel.driftRows());
        Tables.wheelScrollsPage(table);
        table.setId("monitoring-drift-table");
        table.getColumns()
                .addAll(List.of(
                        column("Feature", 110, DriftRow::feature),
                        column("Type", 90, DriftRow::type),
                        column("Test", 190, DriftRow::test),
                        column("Statistic", 90, DriftRow::statistic),
                        column("p-value", 90, DriftRow::pValue),
                        column("Threshold", 80, DriftRow::threshold),
                        column("Drift", 60, row -> row.drift() ? "yes" : "no"),
                        column("PSI", 70, DriftRow::psi),
                        column("PSI band", 90, DriftRow::psiBand)));
        // room for a few features' rows even when the distributions below take the rest of the height
        table.setPrefHeight(190);
        table.setMinHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        distributionCharts.setPrefColumns(3);
        ScrollPane charts = new ScrollPane(distributionCharts);
        charts.setFitToWidth(true);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox box =
                new VBox(8, reference, actions, verdict, table, new Label("Reference vs current, per feature"), charts);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void drawDistributions() {
        if (distributionCharts == null) {
            return;
        }
        ChartPalette palette = ChartPalette.of(dark.get());
        distributionCharts.getChildren().clear();
        for (FeatureDistribution feature : viewModel.distributions()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (int bin = 0; bin < feature.bins().size(); bin++) {
                data.addValue(
                        feature.reference().get(bin),
                        "reference",
                        feature.bins().get(bin));
                data.addValue(
                        feature.current().get(bin), "current", feature.bins().get(bin));
            }
            JFreeChart chart = ChartFactory.createBarChart(
                    feature.feature(), null, "share", data, PlotOrientation.VERTICAL, true, false, false);
            chart.getTitle().setFont(TITLE_FONT);
            style(chart, palette);
            CategoryPlot plot = chart.getCategoryPlot();
            plot.setBackgroundPaint(palette.background());
            plot.setRangeGridlinePaint(palette.grid());
            plot.setOutlineVisible(false);
            plot.getDomainAxis().setTickLabelPaint(palette.text());
            plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
            // bin edges such as -0.53 did not fit flat under a narrow bar and showed as "-..."
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
            plot.getRangeAxis().setTickLabelPaint(palette.text());
            plot.getRangeAxis().setLabelPaint(palette.text());
            BarRenderer renderer = (BarRenderer) plot.getRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setSeriesPaint(0, palette.seriesColor(0));
            renderer.setSeriesPaint(1, palette.seriesColor(2));
            ChartViewer viewer = new ChartViewer(chart);
            viewer.setPrefSize(340, 220);
            distributionCharts.getChildren().add(viewer);
        }
    }

    private Node outcomes() {
        TableView<OutcomeRow> table = new TableView<>(viewModel.outcomeRows());
        Tables.wheelScrollsPage(table);
        table.setId("monitoring-outcomes-table");
        table.getColumns()
                .addAll(List.of(
                        column("Window", 220, OutcomeRow::window),
                        column("Joined", 80, row -> Integer.toString(row.joined())),
                        column("Accuracy", 90, OutcomeRow::accuracy),
                        column("Macro-F1", 90, OutcomeRow::macroF1),
                        column("MAE", 90, OutcomeRow::mae),
                        column("RMSE", 90, OutcomeRow::rmse)));
        table.setPlaceholder(new Label(
                "No outcomes joined yet: POST /v2/models/{model}/outcomes with the request ids and their labels."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label note = new Label("Rolling quality of the logged predictions that have an outcome, one row per minute.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, note, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node alerts() {
        TableView<AlertRow> table = new TableView<>(viewModel.alertRows());
        Tables.wheelScrollsPage(table);
        table.setId("monitoring-alerts-table");
        table.getColumns()
                .addAll(List.of(
                        column("State", 80, AlertRow::state),
                        column("Model", 120, AlertRow::model),
                        column("Rule", 120, AlertRow::rule),
                        column("Condition", 220, AlertRow::condition),
                        column("Value", 80, AlertRow::value),
                        column("Since", 200, AlertRow::since)));
        table.setPlaceholder(new Label("No alert raised."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TextArea rules = new TextArea();
        rules.setId("monitoring-rules");
        rules.setStyle("-fx-font-family: monospace;");
        rules.textProperty().bindBidirectional(viewModel.rulesTextProperty());
        rules.setPrefRowCount(8);
        Button save = new Button("Save rules");
        save.setId("monitoring-save-rules");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> viewModel.saveRules());
        Label help = new Label("The selected model's alerts.json: signals such as latency_p95_ms, error_ratio,"
                + " throughput_per_second, drift_share, dataset_drift, feature_drift{f0}.");
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        VBox box = new VBox(8, table, new Label("Rules"), help, rules, save);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
