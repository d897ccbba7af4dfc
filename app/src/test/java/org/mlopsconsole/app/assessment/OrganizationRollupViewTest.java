package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.reports.ReportFormat;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The roll-up view, headless: its export bar offers xlsx and pdf once a team is rolled up. */
@ExtendWith(ApplicationExtension.class)
class OrganizationRollupViewTest {

    @TempDir
    static Path dir;

    private static EngagementFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new EngagementFixture(dir.resolve("ws-" + System.nanoTime()));
        OrganizationRollupViewModel viewModel = new OrganizationRollupViewModel(
                fixture.engagements.organizations(false).get(0),
                fixture.engagements,
                fixture.assessments,
                Runnable::run,
                Runnable::run);
        stage.setScene(new Scene(new StackPane(new OrganizationRollupView(viewModel).build()), 900, 600));
        stage.show();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void exportBarOffersXlsxAndPdfOnceTheTeamsAreRolledUp(FxRobot robot) {
        ComboBox<ReportFormat> format = robot.lookup("#rollup-format").queryAs(ComboBox.class);

        assertThat(format.getItems()).containsExactly(ReportFormat.XLSX, ReportFormat.PDF);
        assertThat(format.getValue()).isEqualTo(ReportFormat.XLSX);
        assertThat(robot.lookup("#rollup-export").queryAs(Button.class).isDisabled())
                .isFalse();
        assertThat(robot.lookup("#rollup-export").queryAs(Button.class).getText())
                .isEqualTo("Export roll-up…");
    }

    @Test
    void everyHeaderReadsWholeAndTheTableGrowsWithItsRowsUnderAChart(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<OrganizationRollupViewModel.Row> table =
                robot.lookup("#rollup-table").queryAs(javafx.scene.control.TableView.class);

        for (javafx.scene.control.TableColumn<OrganizationRollupViewModel.Row, ?> column : table.getColumns()) {
            assertThat(column.getWidth())
                    .as(column.getText())
                    .isGreaterThanOrEqualTo(org.mlopsconsole.app.common.Tables.headerWidth(column.getText()) - 0.5);
        }
        robot.lookup("#rollup-table .column-header .label")
                .queryAllAs(javafx.scene.control.Labeled.class)
                .forEach(header -> assertThat(org.mlopsconsole.app.common.TextFits.whole(header))
                        .as("header %s reads whole", header.getText())
                        .isTrue());
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getPrefHeight())
                .isGreaterThanOrEqualTo(table.getItems().size() * table.getFixedCellSize());
        assertThat(robot.lookup("#rollup-chart").query().isVisible()).isTrue();
        assertThat(robot.lookup("#rollup-teams-used")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .contains("Baseline");
    }
}
