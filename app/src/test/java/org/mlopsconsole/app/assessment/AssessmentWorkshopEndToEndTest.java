package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.AppServices;
import org.mlopsconsole.app.assessment.AssessmentFormViewModel.ModelOption;
import org.mlopsconsole.app.assessment.ResultsViewModel.DimensionResult;
import org.mlopsconsole.app.common.FxExecutors;
import org.mlopsconsole.app.shell.ConsoleApplication;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop end to end, headless: an engagement, an assessment with three participants rated by
 * keyboard with a consensus, and a results view that shows what the engine's Scorer (and so
 * {@code mlops-console assess score}) gives for the same responses.
 */
@ExtendWith(ApplicationExtension.class)
class AssessmentWorkshopEndToEndTest {

    @TempDir
    static Path dir;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = AppServices.open(
                new WorkspaceLocation.Folder(dir.resolve("ws-" + System.nanoTime())), FxExecutors.fxThread());
        ConsoleApplication.showMainWindow(stage, services);
    }

    @AfterEach
    void closeServices() {
        services.close();
    }

    private static final MaturityModel MODEL =
            ModelCatalog.bundled().find("google-mlops").orElseThrow();
    /** The questions in workshop order: the keys below rate the first three and delivery's first. */
    private static final List<String> QUESTION_IDS =
            MODEL.questions().map(org.mlopsconsole.assessment.Question::id).toList();

    private static String firstDeliveryQuestion() {
        return MODEL.dimensions().stream()
                .filter(d -> d.id().equals("delivery"))
                .findFirst()
                .orElseThrow()
                .questions()
                .get(0)
                .id();
    }

    @Test
    void aWorkshopRatedByKeyboardShowsTheEnginesLevelsAndScores(FxRobot robot) throws Exception {
        robot.clickOn("#section-assessments");
        createNamed(robot, "#new-organization", "Acme");
        createNamed(robot, "#new-team", "Fraud models");
        createAssessment(robot);

        waitUntil(robot, "#workshop-question", node -> !((Label) node).getText().isEmpty());
        robot.clickOn("#workshop-question");
        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT4, KeyCode.DIGIT3); // FI, FI, LI
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.DIGIT4); // NI, LI, FI: they disagree
        assertThat(robot.lookup("#workshop-disagreement").query().isVisible()).isTrue();
        assertThat(robot.lookup("#workshop-spread").queryAs(Label.class).getText())
                .isEqualTo("Spread NI–FI (3 steps)");
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT2).release(KeyCode.SHIFT); // consensus PI
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.TAB); // Bruno is away: start with Chen
        robot.type(KeyCode.DIGIT4, KeyCode.DIGIT2); // Chen FI, Dara PI
        for (int i = 2; i < QUESTION_IDS.indexOf(firstDeliveryQuestion()); i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.DIGIT0, KeyCode.DIGIT0, KeyCode.DIGIT0); // delivery's first question not applicable
        assertThat(robot.lookup("#workshop-progress").queryAs(Label.class).getText())
                .isEqualTo("4 of " + QUESTION_IDS.size() + " answered");

        robot.clickOn("#results-tab");
        waitUntil(robot, "#results-overall", node -> !((Label) node).getText().isEmpty());

        Responses expected = sameResponsesWrittenByHand();
        long assessmentId = onlyAssessmentId();
        assertThat(services.assessments().responses(assessmentId)).isEqualTo(expected);
        AssessmentAnalysis analysis = AssessmentAnalysis.of(MODEL, expected);
        assertThat(robot.lookup("#results-overall").queryAs(Label.class).getText())
                .isEqualTo("Level " + analysis.overall().levelText() + " · score "
                        + analysis.overall().scoreText());
        assertThat(robot.lookup("#results-overall-reason").queryAs(Label.class).getText())
                .isEqualTo(analysis.overall().reason());
        @SuppressWarnings("unchecked")
        TableView<DimensionResult> table = robot.lookup("#results-dimensions").queryAs(TableView.class);
        List<DimensionResult> shown = table.getItems();
        assertThat(shown).hasSize(analysis.dimensions().size());
        for (int i = 0; i < shown.size(); i++) {
            DimensionVerdict engine = analysis.dimensions().get(i);
            assertThat(shown.get(i).levelText()).as(engine.id()).isEqualTo(engine.levelText());
            assertThat(shown.get(i).score()).as(engine.id()).isEqualTo(engine.scoreText());
        }
        // The numbers the assertions above compare with, written out so a change of rules shows here.
        assertThat(shown.get(0).levelText()).isEqualTo("1 (ML pipeline automation)");
        assertThat(shown.get(0).score()).isEqualTo("66.7");
        assertThat(shown.get(0).reason())
                .startsWith("Held back from level 2 (CI/CD pipeline automation) by: ")
                .contains("(" + QUESTION_IDS.get(1) + ", rated PI)")
                .doesNotContain(QUESTION_IDS.get(0));
        // delivery: its one rated question is NA, the others unanswered (scoring method 2: no level)
        assertThat(shown.get(2).levelText()).isEqualTo("not assessed");
    }

    @Test
    void aNameIsRequiredBeforeTheDialogCanBeConfirmed(FxRobot robot) throws Exception {
        robot.clickOn("#section-assessments");
        robot.clickOn("#new-organization");
        waitUntil(robot, "#name-field", node -> true);
        javafx.scene.Node ok = robot.lookup("#name-dialog .button")
                .match(node -> node instanceof javafx.scene.control.Button b && "OK".equals(b.getText()))
                .query();
        Label error = robot.lookup("#name-error").queryAs(Label.class);

        assertThat(ok.isDisabled()).isTrue();
        // nothing typed yet: the field is not red, the error waits for the first edit
        assertThat(error.getText()).isEmpty();
        assertThat(robot.lookup("#name-field").query().getPseudoClassStates())
                .extracting(Object::toString)
                .doesNotContain("danger");

        robot.clickOn("#name-field").write("A").eraseText(1);
        assertThat(error.getText()).isEqualTo("Organization name is required.");
        assertThat(robot.lookup("#name-field").query().getPseudoClassStates())
                .extracting(Object::toString)
                .contains("danger");

        robot.write("Acme");

        assertThat(ok.isDisabled()).isFalse();
        assertThat(error.getText()).isEmpty();
        robot.clickOn("Cancel");
        assertThat(services.engagements().organizations(true)).isEmpty();
    }

    private static Responses sameResponsesWrittenByHand() {
        String first = QUESTION_IDS.get(0);
        String second = QUESTION_IDS.get(1);
        String third = QUESTION_IDS.get(2);
        String delivery = firstDeliveryQuestion();
        return new Responses(
                "google-mlops",
                List.of(
                        new Respondent(
                                "p1",
                                "Bruno",
                                "data-scientist",
                                Map.of(first, Rating.FI, second, Rating.NI, delivery, Rating.NA),
                                Map.of()),
                        new Respondent(
                                "p2",
                                "Chen",
                                "ml-engineer",
                                Map.of(first, Rating.FI, second, Rating.LI, third, Rating.FI, delivery, Rating.NA),
                                Map.of()),
                        new Respondent(
                                "p3",
                                "Dara",
                                "manager",
                                Map.of(first, Rating.LI, second, Rating.FI, third, Rating.PI, delivery, Rating.NA),
                                Map.of())),
                Map.of(second, Rating.PI),
                Map.of());
    }

    private long onlyAssessmentId() {
        long organization = services.engagements().organizations(false).get(0).id();
        long team = services.engagements().teams(organization, false).get(0).id();
        return services.assessments().forTeam(team, false).get(0).id();
    }

    private static void createNamed(FxRobot robot, String button, String name) throws Exception {
        robot.clickOn(button);
        waitUntil(robot, "#name-field", node -> true);
        robot.clickOn("#name-field").write(name);
        robot.clickOn("OK");
        waitUntil(
                robot,
                "#engagement-tree",
                tree -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                        .anyMatch(cell -> name.equals(cell.getText()) && cell.isSelected()));
    }

    private static void createAssessment(FxRobot robot) throws Exception {
        robot.clickOn("#new-assessment");
        waitUntil(robot, "#assessment-title", node -> true);
        robot.clickOn("#assessment-title").write("Baseline");
        @SuppressWarnings("unchecked")
        ComboBox<ModelOption> models = robot.lookup("#assessment-model").queryAs(ComboBox.class);
        robot.interact(() -> models.setValue(models.getItems().stream()
                .filter(option -> option.id().equals("google-mlops"))
                .findFirst()
                .orElseThrow()));
        robot.clickOn("#assessment-facilitator").write("Ana");
        String[][] people = {{"Bruno", "data-scientist"}, {"Chen", "ml-engineer"}, {"Dara", "manager"}};
        for (int i = 0; i < people.length; i++) {
            robot.clickOn("#add-participant");
            robot.clickOn("#participant-name-" + i).write(people[i][0]);
            @SuppressWarnings("unchecked")
            ComboBox<AssessmentFormViewModel.RoleChoice> role =
                    robot.lookup("#participant-role-" + i).queryAs(ComboBox.class);
            String wanted = people[i][1];
            robot.interact(() -> role.setValue(role.getItems().stream()
                    .filter(choice -> choice.value().equals(wanted))
                    .findFirst()
                    .orElseThrow()));
        }
        robot.clickOn("#assessment-dialog-ok");
    }

    private static void waitUntil(FxRobot robot, String query, java.util.function.Predicate<Node> condition)
            throws Exception {
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(condition::test).orElse(false));
    }
}
