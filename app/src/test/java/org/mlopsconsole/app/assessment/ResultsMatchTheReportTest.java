package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.app.assessment.ResultsViewModel.DimensionResult;
import org.mlopsconsole.app.assessment.ResultsViewModel.RoadmapStep;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.reports.Engagement;
import org.mlopsconsole.reports.ReportFormat;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.Reports;

/**
 * One input, fed to the Results screen and to the report: both say the same levels, scores,
 * reasons and roadmap, because both show the one analysis of assessment-models.
 */
class ResultsMatchTheReportTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Rated, held-back, not-applicable and not-assessed dimensions, a disagreement and targets. */
    private Responses oneInput() {
        return new Responses(
                fixture.model.id(),
                List.of(
                        new Respondent(
                                "p1",
                                "Bruno",
                                "data scientist",
                                Map.of(
                                        "goo-experimentation-l1-1",
                                        Rating.FI,
                                        "goo-experimentation-l2-1",
                                        Rating.NI,
                                        "goo-pipeline-l1-1",
                                        Rating.LI,
                                        firstMonitoringQuestion(),
                                        Rating.NA),
                                Map.of()),
                        new Respondent(
                                "p2",
                                "Chen",
                                "ML engineer",
                                Map.of("goo-experimentation-l2-1", Rating.LI, "goo-pipeline-l1-2", Rating.PI),
                                Map.of())),
                everyOtherMonitoringQuestion(Rating.NA),
                Map.of("pipeline", 2, "experimentation", 2));
    }

    private String firstMonitoringQuestion() {
        return fixture.dimension("monitoring").questions().get(0).id();
    }

    /** Monitoring's questions but the one p1 rated NA: with them NA too, monitoring is not applicable. */
    private Map<String, Rating> everyOtherMonitoringQuestion(Rating rating) {
        Map<String, Rating> consensus = new java.util.LinkedHashMap<>();
        fixture.dimension("monitoring").questions().stream()
                .filter(q -> !q.id().equals(firstMonitoringQuestion()))
                .forEach(q -> consensus.put(q.id(), rating));
        return consensus;
    }

    @Test
    void resultsAndTheReportSayTheSameLevelsReasonsAndRoadmap() throws Exception {
        Responses input = oneInput();
        fixture.assessments.replaceResponses(fixture.assessment.id(), input);
        ResultsViewModel results = fixture.results();
        results.refresh().join();

        ReportInput reportInput = ReportInput.of(
                fixture.model, input, new Engagement("Acme", "Fraud models", "Ana", LocalDate.of(2026, 11, 23)));
        AssessmentAnalysis report = reportInput.analysis();
        Path workbook = dir.resolve("report.xlsx");
        Reports.write(reportInput, ReportFormat.XLSX, workbook);

        assertThat(results.messageProperty().get()).isEmpty();
        assertThat(results.dimensions())
                .extracting(
                        DimensionResult::name,
                        DimensionResult::levelText,
                        DimensionResult::score,
                        DimensionResult::reason)
                .containsExactlyElementsOf(report.dimensions().stream()
                        .map(d -> tuple(d.name(), d.levelText(), d.scoreText(), d.reason()))
                        .toList());
        assertThat(results.overallReasonProperty().get())
                .isEqualTo(report.overall().reason());
        assertThat(results.overallProperty().get()).contains(report.overall().levelText());
        assertThat(results.roadmap())
                .extracting(RoadmapStep::horizon, RoadmapStep::dimension, RoadmapStep::step)
                .containsExactlyElementsOf(report.roadmap().stream()
                        .map(item -> tuple(item.horizon(), item.dimension().name(), item.text()))
                        .toList())
                .isNotEmpty();
        assertTheWorkbookSaysTheSame(workbook, results);
        // the input covers every kind of verdict, so the comparison means something
        assertThat(results.dimensions())
                .extracting(DimensionResult::levelText)
                .contains("not applicable", "not assessed");
    }

    /** The Dimensions and Roadmap sheets of the written report, against what Results shows. */
    private static void assertTheWorkbookSaysTheSame(Path file, ResultsViewModel results) throws Exception {
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet dimensions = workbook.getSheet("Dimensions");
            for (int i = 0; i < results.dimensions().size(); i++) {
                DimensionResult shown = results.dimensions().get(i);
                Row row = dimensions.getRow(i + 1);
                assertThat(text.formatCellValue(row.getCell(1))).isEqualTo(shown.name());
                assertThat(text.formatCellValue(row.getCell(5)))
                        .isEqualTo(shown.score().replace("n/a", ""));
                assertThat(text.formatCellValue(row.getCell(8))).isEqualTo(shown.reason());
            }
            Sheet roadmap = workbook.getSheet("Roadmap");
            assertThat(roadmap.getLastRowNum()).isEqualTo(results.roadmap().size());
            for (int i = 0; i < results.roadmap().size(); i++) {
                RoadmapStep shown = results.roadmap().get(i);
                Row row = roadmap.getRow(i + 1);
                assertThat(text.formatCellValue(row.getCell(1)))
                        .isEqualTo(shown.horizon().code());
                assertThat(text.formatCellValue(row.getCell(2))).isEqualTo(shown.dimension());
                String action = text.formatCellValue(row.getCell(3));
                assertThat(shown.step())
                        .as("the question's text first (its closing full stop aside), the id second")
                        .startsWith(action.endsWith(".") ? action.substring(0, action.length() - 1) : action)
                        .contains("(" + text.formatCellValue(row.getCell(5)) + ", ");
            }
        }
    }
}
