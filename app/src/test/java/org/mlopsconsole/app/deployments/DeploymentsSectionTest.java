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

    @Start
    void start(Stage stage) throws IOException {
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
}
