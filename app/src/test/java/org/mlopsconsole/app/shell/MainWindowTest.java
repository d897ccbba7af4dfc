package org.mlopsconsole.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.AppServices;
import org.mlopsconsole.app.common.FxExecutors;
import org.mlopsconsole.app.state.PropertiesUiStateStore;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smoke test of the main window, headless (TestFX on Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        services = AppServices.open(
                new WorkspaceLocation.Folder(dir.resolve("ws-" + System.nanoTime())), FxExecutors.fxThread());
        viewModel = ConsoleApplication.showMainWindow(stage, services);
    }

    @AfterEach
    void closeServices() {
        services.close();
    }

    @Test
    void everySectionCanBeVisitedFromTheSidebar(FxRobot robot) {
        for (Section section : Section.values()) {
            robot.clickOn("#section-" + section.id());

            Node content = robot.lookup("#section-content-" + section.id()).query();
            assertThat(content.isVisible()).as(section.title()).isTrue();
            assertThat(content.getScene()).as(section.title() + " is shown").isNotNull();
            assertThat(viewModel.selectedSectionProperty().get()).isEqualTo(section);
        }
    }

    @Test
    void statusBarShowsTheWorkspaceAndTheRuntimeState(FxRobot robot) {
        Label workspace = robot.lookup("#status-workspace").queryAs(Label.class);
        Label runtime = robot.lookup("#status-runtime").queryAs(Label.class);

        assertThat(workspace.getText()).startsWith("Workspace: ").contains("ws-");
        assertThat(runtime.getText()).isEqualTo("Runtime: not started");
    }

    @Test
    void themeToggleSwitchesBetweenLightAndDarkAndIsSaved(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());

        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        assertThat(loadSavedState().darkTheme()).isTrue();

        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
        assertThat(loadSavedState().darkTheme()).isFalse();
    }

    @Test
    void settingsSectionBacksTheWorkspaceUp(FxRobot robot) throws Exception {
        robot.clickOn("#section-settings");
        robot.clickOn("#backup-button");

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#backup-status")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("Backup written to"));
        assertThat(services.workspace().location().backupsDirectory()).isNotEmptyDirectory();
    }

    @Test
    void aboutDialogShowsTheVersions(FxRobot robot) throws Exception {
        robot.clickOn("#about-button");

        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#about-dialog .label").queryAllAs(Label.class).stream()
                        .anyMatch(label -> label.getText().matches("\\d+\\.\\d+\\.\\d+.*")));
        robot.clickOn("Close");
    }

    private org.mlopsconsole.app.state.UiState loadSavedState() {
        return new PropertiesUiStateStore(services.workspace().location().uiStateFile()).load();
    }
}
