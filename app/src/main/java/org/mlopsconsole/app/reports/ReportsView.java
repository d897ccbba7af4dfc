package org.mlopsconsole.app.reports;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mlopsconsole.reports.ReportFormat;

/** The Reports section, built in code: assessment, format, Export…, progress and Open. */
public final class ReportsView {

    private final ReportsViewModel viewModel;

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node build() {
        Label title = new Label("Reports");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label("Export an assessment of this workspace as an Excel workbook with native charts, a Word"
                + " report, a PowerPoint deck or a PDF; the workbook and the PDF can compare it with an earlier"
                + " assessment of the same team.");
        intro.getStyleClass().add("section-purpose");

        ComboBox<ReportsViewModel.Choice> assessment = new ComboBox<>(viewModel.assessments());
        assessment.setId("report-assessment");
        assessment.setMaxWidth(Double.MAX_VALUE);
        assessment.valueProperty().bindBidirectional(viewModel.selectedProperty());
        assessment.setOnShowing(event -> viewModel.refresh());

        ComboBox<ReportFormat> format = new ComboBox<>();
        format.setId("report-format");
        format.getItems().setAll(viewModel.formats());
        format.valueProperty().bindBidirectional(viewModel.formatProperty());

        ComboBox<ReportsViewModel.Choice> baseline = new ComboBox<>(viewModel.baselines());
        baseline.setId("report-baseline");
        baseline.setMaxWidth(Double.MAX_VALUE);
        baseline.valueProperty().bindBidirectional(viewModel.baselineProperty());
        baseline.disableProperty().bind(viewModel.baselineDisabled());

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, fieldLabel("Assessment"), assessment);
        form.addRow(1, fieldLabel("Format"), format);
        form.addRow(2, fieldLabel("Compare with"), baseline);

        Button export = new Button("Export…");
        export.setId("report-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(viewModel.exportDisabled());
        export.setOnAction(event -> chooseTargetAndExport(export));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.runningProperty());

        Button open = new Button("Open");
        open.setId("report-open");
        open.disableProperty().bind(viewModel.writtenProperty().isNull());
        open.setOnAction(event -> viewModel.open());

        Label status = new Label();
        status.setId("report-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((observable, before, failed) -> {
            status.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            status.getStyleClass().add(failed ? Styles.DANGER : Styles.TEXT_MUTED);
        });

        Button copyPath = new Button("Copy path");
        copyPath.setId("report-copy-path");
        copyPath.visibleProperty()
                .bind(viewModel.failedProperty().and(viewModel.writtenProperty().isNotNull()));
        copyPath.managedProperty().bind(copyPath.visibleProperty());
        copyPath.setOnAction(event -> {
            ClipboardContent path = new ClipboardContent();
            path.putString(viewModel.writtenProperty().get().toString());
            Clipboard.getSystemClipboard().setContent(path);
        });

        HBox actions = new HBox(12, export, progress, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox statusLine = new HBox(12, status, copyPath);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(16, title, intro, form, actions, statusLine);
        content.getStyleClass().add("content");
        content.setMaxWidth(900);
        content.setId("section-content-reports");
        viewModel.refresh();
        return content;
    }

    private void chooseTargetAndExport(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report");
        chooser.setInitialFileName(viewModel.suggestedFileName());
        String extension = "*." + viewModel.formatProperty().get().code();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, extension));
        File target = chooser.showSaveDialog(owner.getScene().getWindow());
        if (target != null) {
            viewModel.export(target.toPath());
        }
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }
}
