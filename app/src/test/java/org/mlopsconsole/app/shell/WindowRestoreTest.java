package org.mlopsconsole.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.AppServices;
import org.mlopsconsole.app.common.FxExecutors;
import org.mlopsconsole.workspace.WorkspaceException;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens where, as large as, and on the section it was left. */
@ExtendWith(ApplicationExtension.class)
class WindowRestoreTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        WorkspaceLocation.Folder location = new WorkspaceLocation.Folder(dir.resolve("ws"));
        Files.createDirectories(location.directory());
        Files.writeString(
                location.uiStateFile(),
                "window.x=40\nwindow.y=30\nwindow.width=1000\nwindow.height=700\nsection=benchmarks\ntheme.dark=true\n");
        this.stage = stage;
        services = AppServices.open(location, FxExecutors.fxThread());
        ConsoleApplication.showMainWindow(stage, services);
    }

    @AfterEach
    void closeServices() {
        services.close();
    }

    @Test
    void opensWithTheSavedBoundsSectionAndTheme(FxRobot robot) {
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(robot.lookup("#section-benchmarks")
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#section-content-benchmarks").tryQuery()).isPresent();
        assertThat(robot.lookup("#theme-toggle").queryButton().getText()).isEqualTo("Light theme");
    }

    @Test
    void workspaceThatCannotBeOpenedGetsADialogWithTheReason() throws Exception {
        Alert dialog = WaitForAsyncUtils.asyncFx(() -> ConsoleApplication.openFailureDialog(
                        new WorkspaceException("Workspace file w.mv.db is read-only: make it writable.")))
                .get();

        assertThat(dialog.getAlertType()).isEqualTo(Alert.AlertType.ERROR);
        assertThat(dialog.getHeaderText()).isEqualTo("The workspace cannot be opened");
        assertThat(dialog.getContentText()).isEqualTo("Workspace file w.mv.db is read-only: make it writable.");
    }
}
