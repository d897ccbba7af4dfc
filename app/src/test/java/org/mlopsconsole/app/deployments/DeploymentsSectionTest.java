package org.mlopsconsole.app.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.AppServices;
import org.mlopsconsole.app.common.FxExecutors;
import org.mlopsconsole.app.shell.ConsoleApplication;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Deployments section in the main window, headless (TestFX on Monocle). */
@ExtendWith(ApplicationExtension.class)
class DeploymentsSectionTest {

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        services = AppServices.open(
                new WorkspaceLocation.Folder(dir.resolve("ws-" + System.nanoTime())), FxExecutors.fxThread());
        Path model = dir.resolve("minilm-" + System.nanoTime() + ".onnx");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, model);
        }
        services.runtime().repository().importModel(model, "minilm", OptionalLong.empty());
        ConsoleApplication.showMainWindow(stage, services);
    }

    @AfterEach
    void closeServices() {
        services.close();
    }

    @Test
    void importedModelIsListedAndItsSignatureAndExampleRequestAreShown(FxRobot robot) throws Exception {
        robot.clickOn("#section-deployments");

        @SuppressWarnings("unchecked")
        TableView<ModelVersionRow> table = robot.lookup("#model-versions").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.model()).isEqualTo("minilm");
            assertThat(row.version()).isEqualTo(1);
            assertThat(row.state()).isEqualTo("Not deployed");
        });
        // The table's cells are laid out a pulse after its items change; wait for the row's text.
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("minilm").tryQuery().isPresent());

        robot.clickOn("minilm");
        assertThat(robot.lookup("#model-signature").queryAs(TextArea.class).getText())
                .contains("input_ids  INT64 [-1, -1]");
        assertThat(robot.lookup("#try-request").queryAs(TextArea.class).getText())
                .contains("\"name\" : \"input_ids\"");
        assertThat(robot.lookup("#status-runtime").queryAs(Label.class).getText())
                .isEqualTo("Runtime: not started");
    }

    @Test
    void atTheDefault1200By800NothingIsClippedAndTheStatusAreaKeepsItsHeight(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1200);
            stage.setHeight(800);
        });
        robot.clickOn("#section-deployments");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("Not deployed").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextField port =
                robot.lookup("#server-port").queryAs(javafx.scene.control.TextField.class);
        assertThat(port.getWidth()).isGreaterThanOrEqualTo(port.prefWidth(-1) - 0.5);
        javafx.scene.control.Labeled state = robot.lookup(".table-cell")
                .match(node -> node instanceof javafx.scene.control.Labeled l && "Not deployed".equals(l.getText()))
                .queryAs(javafx.scene.control.Labeled.class);
        assertThat(org.mlopsconsole.app.common.TextFits.whole(state))
                .as("the state cell shows \"Not deployed\" whole")
                .isTrue();

        javafx.scene.Node status = robot.lookup("#deployments-status").query();
        double before = status.getBoundsInParent().getHeight();
        robot.clickOn("minilm");
        // not deployed: the request fails, and the failure shows in the status area as an error
        robot.interact(() -> robot.lookup("#try-send").queryButton().fire());
        Label message = robot.lookup("#deployments-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("The request failed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getStyleClass()).contains("danger");
        assertThat(status.getBoundsInParent().getHeight()).isEqualTo(before);
    }
}
