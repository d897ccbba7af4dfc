package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Plan tab, headless: an item is edited by keyboard alone (Enter edits and saves, Tab moves on). */
@ExtendWith(ApplicationExtension.class)
class PlanViewTest {

    @TempDir
    static Path dir;

    private static EngagementFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new EngagementFixture(dir.resolve("ws-" + System.nanoTime()));
        fixture.workspace.plans().addItem(fixture.assessment.id(), "Write the runbook", Phase.MONTHS_0_3);
        PlanViewModel plan = new PlanViewModel(
                fixture.assessment.id(), AssessmentUseCases.of(fixture.workspace), Runnable::run, Runnable::run);
        stage.setScene(new Scene(new StackPane(new PlanView(plan).build()), 1100, 500));
        stage.show();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void anItemIsEditedByKeyboardAndSaved(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<PlanViewModel.PlanRow> table = robot.lookup("#plan-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(0));
            table.getFocusModel().focus(0, table.getColumns().get(0));
        });

        robot.type(KeyCode.ENTER); // edit the title
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Write and test the runbook");
        robot.type(KeyCode.ENTER); // save it
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB); // owner, status, due
        robot.type(KeyCode.ENTER);
        robot.write("2027-03-31");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        PlanItem saved =
                fixture.workspace.plans().plan(fixture.assessment.id()).items().get(0);
        assertThat(saved.title()).isEqualTo("Write and test the runbook");
        assertThat(saved.due()).contains(java.time.LocalDate.of(2027, 3, 31));
        assertThat(saved.owner()).isEqualTo(Owner.unassigned());
        assertThat(table.getItems().get(0).dueText()).isEqualTo("2027-03-31");
    }
}
