package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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

/**
 * The whole main window at a projector's 1280×720, headless, with an assessment of twelve
 * participants: the question's header, every participant's row, the spread and consensus and the
 * notes lie inside the workshop's viewport with nothing to scroll; and in a window too small for
 * it, each move to another question scrolls back to the question's header.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopLayoutTest {

    private static final int PARTICIPANTS = 12;

    @TempDir
    static Path dir;

    private AppServices services;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = dir.resolve("ws-" + System.nanoTime());
        long assessmentId;
        try (EngagementFixture fixture = new EngagementFixture(folder)) {
            for (int i = fixture.participants.size(); i < PARTICIPANTS; i++) {
                fixture.assessments.addParticipant(
                        fixture.assessment.id(), "Participant number " + (i + 1), "engineer");
            }
            assessmentId = fixture.assessment.id();
        }
        Files.writeString(
                folder.resolve("ui-state.properties"),
                String.join(
                        "\n",
                        "window.x=0",
                        "window.y=0",
                        "window.width=1280",
                        "window.height=720",
                        "section=assessments",
                        "assessments.selection=assessment:" + assessmentId,
                        ""));
        services = AppServices.open(new WorkspaceLocation.Folder(folder), FxExecutors.fxThread());
        ConsoleApplication.showMainWindow(stage, services);
    }

    @AfterEach
    void closeServices() {
        services.close();
    }

    @Test
    void atTwelveEightyBySevenTwentyEveryParticipantTheVerdictAndTheNotesFitWithoutScrolling(FxRobot robot)
            throws Exception {
        waitForTheWorkshop(robot);
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(720);

        ScrollPane scroll = robot.lookup("#workshop-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getViewportBounds());
        assertThat(scroll.getContent().getBoundsInLocal().getHeight())
                .as("the workshop's content fits its viewport")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getHeight() + 0.5);

        List<Node> mustShow = new ArrayList<>();
        mustShow.add(robot.lookup("#workshop-position").query());
        mustShow.add(robot.lookup("#workshop-dimension").query());
        mustShow.add(robot.lookup("#workshop-timer").query());
        mustShow.add(robot.lookup("#workshop-question").query());
        for (int i = 0; i < PARTICIPANTS; i++) {
            mustShow.add(robot.lookup("#participant-row-" + i).query());
        }
        mustShow.add(robot.lookup("#workshop-spread").query());
        mustShow.add(robot.lookup("#consensus-FI").query());
        mustShow.add(robot.lookup("#workshop-view .text-area").queryAs(TextArea.class));
        for (Node node : mustShow) {
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertThat(bounds.getMinX()).as(node.getId() + " left").isGreaterThanOrEqualTo(viewport.getMinX() - 0.5);
            assertThat(bounds.getMaxX()).as(node.getId() + " right").isLessThanOrEqualTo(viewport.getMaxX() + 0.5);
            assertThat(bounds.getMinY()).as(node.getId() + " top").isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
            assertThat(bounds.getMaxY()).as(node.getId() + " bottom").isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
        }
        TextArea notes = robot.lookup("#workshop-view .text-area").queryAs(TextArea.class);
        assertThat(notes.getHeight()).as("the notes have room for a line").isGreaterThanOrEqualTo(40);
    }

    @Test
    void eachMoveToAnotherQuestionScrollsBackToTheQuestionsHeader(FxRobot robot) throws Exception {
        waitForTheWorkshop(robot);
        robot.interact(() -> stage.setHeight(480));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup("#workshop-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getContent().getBoundsInLocal().getHeight())
                .as("too small a window: the workshop scrolls")
                .isGreaterThan(scroll.getViewportBounds().getHeight());

        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.clickOn("#workshop-spread");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#workshop-position").queryAs(Label.class).getText())
                .startsWith("Question 2 of");
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmin());
    }

    private static void waitForTheWorkshop(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#participant-row-" + (PARTICIPANTS - 1))
                                .tryQuery()
                                .isPresent()
                        && !robot.lookup("#workshop-question")
                                .tryQuery()
                                .map(node -> ((Label) node).getText().isEmpty())
                                .orElse(true));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
