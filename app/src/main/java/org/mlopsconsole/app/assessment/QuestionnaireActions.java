package org.mlopsconsole.app.assessment;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.ImportMode;

/**
 * The offline questionnaire actions on an assessment in the tree (its context menu): export an
 * .xlsx for the participants, import filled ones (several at once), errors listed by file and cell.
 */
final class QuestionnaireActions {

    private final OfflineQuestionnaires questionnaires;
    /** Shows the assessment again once answers came in. */
    private final Consumer<Assessment> imported;

    QuestionnaireActions(OfflineQuestionnaires questionnaires, Consumer<Assessment> imported) {
        this.questionnaires = questionnaires;
        this.imported = imported;
    }

    ContextMenu menuFor(Assessment assessment) {
        MenuItem export = new MenuItem("Export questionnaire for the participants…");
        export.setId("export-questionnaire");
        MenuItem importFiles = new MenuItem("Import filled questionnaires…");
        importFiles.setId("import-questionnaires");
        ContextMenu menu = new ContextMenu(export, importFiles);
        // the dialogs belong to the window the menu was opened in
        export.setOnAction(event -> export(assessment, menu.getOwnerWindow()));
        importFiles.setOnAction(event -> importFiles(assessment, menu.getOwnerWindow()));
        return menu;
    }

    private void export(Assessment assessment, Window owner) {
        FileChooser chooser = chooser("Export questionnaire");
        chooser.setInitialFileName(OfflineQuestionnaires.suggestedFileName(assessment.title()));
        File target = chooser.showSaveDialog(owner);
        if (target == null) {
            return;
        }
        questionnaires
                .export(assessment.id(), target.toPath())
                .whenComplete((written, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        error(owner, "Could not export the questionnaire", Failures.message(failure));
                    } else {
                        info(owner, "Questionnaire written to " + written + ": a sheet per participant.");
                    }
                }));
    }

    private void importFiles(Assessment assessment, Window owner) {
        List<File> chosen = chooser("Import filled questionnaires").showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        List<Path> files = chosen.stream().map(File::toPath).toList();
        questionnaires
                .importFiles(assessment.id(), files, ImportMode.KEEP_EXISTING)
                .whenComplete((outcome, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        error(owner, "Could not import the questionnaires", Failures.message(failure));
                    } else if (outcome instanceof OfflineQuestionnaires.Refused refused) {
                        ProblemsDialog.show(
                                owner, "The questionnaires were not imported", refused.summary(), refused.lines());
                    } else {
                        info(owner, outcome.summary() + ".");
                        imported.accept(assessment);
                    }
                }));
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel questionnaires", "*.xlsx"));
        return chooser;
    }

    private static void info(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.show();
    }

    private static void error(Window owner, String heading, String detail) {
        ProblemsDialog.show(owner, heading, detail, List.of());
    }
}
