package org.mlopsconsole.app.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.AppServices;
import org.mlopsconsole.app.common.FxExecutors;
import org.mlopsconsole.app.shell.ConsoleApplication;
import org.mlopsconsole.reports.BenchmarkReport;
import org.mlopsconsole.workspace.BenchmarkRun;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Benchmarks section in the main window, headless (TestFX on Monocle), over two stored runs. */
@ExtendWith(ApplicationExtension.class)
class BenchmarksSectionTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(
                new WorkspaceLocation.Folder(dir.resolve("ws-" + System.nanoTime())), FxExecutors.fxThread());
        services.benchmarks().save(BenchmarkFixtures.result("cpu A", 100), "before");
        services.benchmarks().save(BenchmarkFixtures.result("cpu B", 150), "after");
        ConsoleApplication.showMainWindow(stage, services);
    }

    @AfterEach
    void closeServices() {
        services.close();
    }

    @Test
    void selectingTwoStoredRunsShowsTheirRatios(FxRobot robot) throws Exception {
        robot.clickOn("#section-benchmarks");

        @SuppressWarnings("unchecked")
        TableView<BenchmarkRun> runs = robot.lookup("#bench-runs").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.getItems().size() == 2);
        // "before" (listed second: newest first) and then "after": the first chosen is A.
        robot.interact(() -> runs.getSelectionModel().select(1));
        robot.interact(() -> runs.getSelectionModel().select(0));

        @SuppressWarnings("unchecked")
        TableView<BenchmarkReport.Ratio> ratios = robot.lookup("#bench-ratios").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ratios.getItems().size() == 6);
        assertThat(ratios.getItems())
                .allSatisfy(ratio -> assertThat(ratio.throughputRatio()).isEqualTo(1.5));
        assertThat(robot.lookup("#bench-comparison-title").queryLabeled().getText())
                .isEqualTo("B \"after\" ÷ A \"before\": 6 shared points");
        assertThat(robot.lookup("#bench-cancel").queryButton().isDisabled()).isTrue();
    }
}
