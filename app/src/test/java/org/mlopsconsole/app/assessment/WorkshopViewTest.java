package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.Rating;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workshop view of a model that restricts and relabels its ratings (the baseline checklist:
 * Yes, No, Not applicable), headless: only those buttons, with the model's labels, and the digit
 * keys of the offered ratings.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopViewTest {

    @TempDir
    static Path dir;

    private static EngagementFixture fixture;
    private WorkshopViewModel workshop;

    @Start
    void start(Stage stage) {
        fixture = new EngagementFixture(dir.resolve("ws-" + System.nanoTime()), "mlops-baseline-checklist");
        workshop = fixture.workshop();
        stage.setScene(new Scene(new StackPane(new WorkshopView(workshop, () -> {}).build()), 1000, 700));
        stage.show();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void buttonsAndKeysAreTheModelsOfferedRatingsByItsLabels(FxRobot robot) {
        List<String> buttons =
                robot.lookup(".rating-buttons").nth(0).lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                        .map(ToggleButton::getText)
                        .toList();
        assertThat(buttons).containsExactly("No", "Yes", "NA");
        assertThat(robot.lookup("#rating-0-PI").tryQuery()).isEmpty();
        assertThat(robot.lookup("#workshop-keys").queryAs(Label.class).getText())
                .startsWith("Keys: 1 No · 4 Yes · 0 NA rate · ");

        robot.clickOn("#workshop-question");
        robot.type(KeyCode.DIGIT2); // PI: not offered
        assertThat(robot.lookup("#workshop-message").queryAs(Label.class).getText())
                .contains("does not offer PI");
        robot.type(KeyCode.DIGIT4); // Yes

        assertThat(workshop.participantRatings().get(0).rating()).contains(Rating.FI);
        assertThat(robot.lookup("#rating-0-FI").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#workshop-message").queryAs(Label.class).getText())
                .isEmpty();
    }
}
