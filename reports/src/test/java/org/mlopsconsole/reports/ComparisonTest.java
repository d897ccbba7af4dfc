package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;

class ComparisonTest {

    @TempDir
    Path folder;

    private final DataFormatter formatter = new DataFormatter();

    @Test
    void comparisonSheetsShowLevelAndScoreDeltasAndQuestionChanges() throws IOException {
        ReportInput now = ReportWorkbookTest.stagedInput();
        ReportInput before = sixMonthsEarlier();
        Path file = folder.resolve("compare.xlsx");

        Reports.writeComparison(before, now, file);

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names.subList(0, 3)).containsExactly("Summary", "Comparison", "Question changes");
            XSSFSheet comparison = workbook.getSheet("Comparison");
            assertThat(text(comparison.getRow(0), 1)).isEqualTo("2026-05-04");
            // c: level 2 -> 3, score 100*(1+1/3+0)/3 = 44.4 -> 100*(1+1+1/3)/3 = 77.8
            Row c = comparison.getRow(6);
            assertThat(texts(c, 0, 7)).containsExactly("Dimension c", "2", "3", "1", "44.4", "77.8", "33.3");
            XDDFChartData bars = comparison
                    .getDrawingPatriarch()
                    .getCharts()
                    .get(0)
                    .getChartSeries()
                    .get(0);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            XSSFSheet changes = workbook.getSheet("Question changes");
            assertThat(texts(changes.getRow(3), 1, 7)).containsExactly("a3", "Statement a3", "NI", "PI", "up", "1");
            assertThat(texts(changes.getRow(4), 1, 7))
                    .containsExactly("b2", "Statement b2", "unanswered", "unanswered", "same", "");
            assertThat(texts(changes.getRow(8), 1, 7)).containsExactly("c4", "Statement c4", "NI", "PI", "up", "1");
        }
    }

    @Test
    void pdfComparisonShowsLevelAndScoreDeltasTheChartAndTheQuestionsThatChanged() throws IOException {
        Path file = folder.resolve("compare.pdf");

        Reports.writeComparison(sixMonthsEarlier(), ReportWorkbookTest.stagedInput(), ReportFormat.PDF, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Comparison with 2026-05-04")
                    .contains("Δ level")
                    // c: level 2 -> 3, score 44.4 -> 77.8, no target
                    .contains("Dimension c 2 3 +1 44.4 77.8 +33.3 -")
                    .contains("Questions whose aggregate rating changed")
                    .contains("a3: Statement a3 Dimension a NI PI up 1")
                    .contains("c4: Statement c4 Dimension c NI PI up 1");
            String changes = text.substring(text.indexOf("Questions whose aggregate rating changed"));
            assertThat(changes.substring(0, changes.indexOf("Findings per dimension")))
                    .as("b2 stayed unanswered, so it is no change")
                    .doesNotContain("b2:");
            PDPage comparisonPage = pdf.getPage(2);
            assertThat(comparisonPage.getResources().getXObjectNames())
                    .as("the baseline and now score chart")
                    .hasSize(1);
        }
    }

    @Test
    void pdfWithoutBaselineHasNoComparison() throws IOException {
        Path file = folder.resolve("report.pdf");

        Reports.write(ReportWorkbookTest.stagedInput(), ReportFormat.PDF, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Comparison with");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"DOCX"})
    void formatsWithoutComparisonAreRefusedAndNothingIsWritten(ReportFormat format) {
        Path file = folder.resolve("compare." + format.code());
        assertThat(format.hasComparison()).isFalse();
        assertThatThrownBy(() ->
                        Reports.writeComparison(sixMonthsEarlier(), ReportWorkbookTest.stagedInput(), format, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a comparison with a baseline is available as xlsx, pptx or pdf, not " + format.code());
        assertThat(file).doesNotExist();
    }

    @Test
    void baselineOfAnotherModelIsRefusedAndNothingIsWritten() {
        Path file = folder.resolve("compare.xlsx");
        assertThatThrownBy(() -> Reports.writeComparison(
                        TestAssessments.practicesInput(), ReportWorkbookTest.stagedInput(), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the baseline is an assessment of model \"mlops-practices\", not \"test\"");
        assertThat(file).doesNotExist();
    }

    /** The staged test assessment six months earlier: a3 and c4 were NI, c3 only PI; b2 already unanswered. */
    private static ReportInput sixMonthsEarlier() {
        ReportInput now = ReportWorkbookTest.stagedInput();
        Responses earlier = new Responses(
                "test",
                List.of(TestAssessments.respondent(
                        "r1",
                        "Ana",
                        Map.of(
                                "a1", Rating.FI, "a2", Rating.LI, "a3", Rating.NI, "c2", Rating.FI, "c3", Rating.PI,
                                "c4", Rating.NI),
                        Map.of())),
                Map.of(),
                Map.of("a", 3));
        return ReportInput.of(now.model(), earlier, new Engagement("Acme Bank", "", "", LocalDate.of(2026, 5, 4)));
    }

    private String text(Row row, int column) {
        return formatter.formatCellValue(row.getCell(column));
    }

    private List<String> texts(Row row, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            texts.add(text(row, i));
        }
        return texts;
    }
}
