package org.mlopsconsole.app.rolestools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.workspace.PasswordSource;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The RACI grid, headless: edited by keyboard (arrows, letters, Delete) and by mouse (click, menu). */
@ExtendWith(ApplicationExtension.class)
class RaciGridEditingTest {

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private RolesToolsViewModel viewModel;

    @Start
    void start(Stage stage) {
        workspace = Workspaces.open(
                new WorkspaceLocation.Folder(dir.resolve("ws-" + System.nanoTime())), PasswordSource.none());
        workspace.engagements().createOrganization("Acme");
        viewModel = new RolesToolsViewModel(
                workspace.engagements(),
                workspace.rolesAndTools(),
                workspace.assessments(),
                workspace.plans(),
                Runnable::run,
                Runnable::run);
        stage.setScene(new Scene(new StackPane(new RolesToolsView(viewModel).build()), 1200, 800));
        stage.show();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void keysMoveBetweenCellsToggleLettersAndClear(FxRobot robot) {
        robot.interact(() -> robot.lookup("#raci-cell-0-0").query().requestFocus());

        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.RIGHT, KeyCode.DOWN);
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.R, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.cell(0, 0)).isEmpty();
        assertThat(viewModel.cell(1, 1))
                .containsExactlyInAnyOrder(Responsibility.RESPONSIBLE, Responsibility.ACCOUNTABLE);
        assertThat(text(robot, "#raci-cell-1-1")).isEqualTo("RA");
        robot.type(KeyCode.A);
        assertThat(text(robot, "#raci-cell-1-1")).isEqualTo("R");
    }

    @Test
    void aClickCyclesAndTheMenuTogglesALetter(FxRobot robot) {
        robot.interact(() -> viewModel.clear(2, 0));

        robot.clickOn("#raci-cell-2-0");
        assertThat(text(robot, "#raci-cell-2-0")).isEqualTo("R");
        robot.clickOn("#raci-cell-2-0");
        assertThat(text(robot, "#raci-cell-2-0")).isEqualTo("A");
        robot.clickOn("#raci-cell-2-0", MouseButton.SECONDARY);
        ContextMenu menu = (ContextMenu)
                robot.lookup("#raci-cell-2-0").query().getProperties().get(RolesToolsView.MENU);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu.isShowing()).isTrue();
        MenuItem consulted = menu.getItems().stream()
                .filter(item -> item.getText().equals("Toggle C (Consulted)"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            consulted.fire();
            menu.hide();
        });

        assertThat(viewModel.cell(2, 0))
                .containsExactlyInAnyOrder(Responsibility.ACCOUNTABLE, Responsibility.CONSULTED);
        assertThat(robot.lookup("#raci-findings").tryQuery()).isPresent();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
