package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.MaturityModel;

/** Page numbers, running headers that name client and team, repeated table headers, and CJK names. */
class PdfPagesTest {

    @TempDir
    Path folder;

    @Test
    void everyPageHasItsNumberAndFromTheSecondTheClientTeamAndConsultancy() throws IOException {
        try (PDDocument pdf = write(SampleReports.branded(TestAssessments.practicesInput()))) {
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                String text = page(pdf, page);
                assertThat(text).contains("Page " + page + " of " + pages);
                if (page > 1) {
                    assertThat(text).contains("Acme Bank - Fraud models - 2026-11-02", "Northwind Advisory");
                }
            }
            assertThat(page(pdf, 1)).contains("Prepared by Northwind Advisory");
        }
    }

    @Test
    void theQuestionTableRepeatsItsHeaderOnEveryPageItRunsOnto() throws IOException {
        try (PDDocument pdf = write(TestAssessments.practicesInput())) {
            int first = -1;
            int pagesWithHeader = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = page(pdf, page);
                if (text.contains("Appendix A: every question")) {
                    first = page;
                }
                if (first > 0
                        && !text.contains("Appendix B")
                        && text.contains("Question Level Aggregate Disagreement")) {
                    pagesWithHeader++;
                }
            }
            assertThat(pagesWithHeader)
                    .as("the appendix runs over several pages, each with the header")
                    .isGreaterThan(2);
        }
    }

    @Test
    void aJapaneseOrganizationPrintsInAFontThatHasItOrTheFirstPageNamesWhatCouldNotPrint() throws IOException {
        MaturityModel model = TestAssessments.practicesModel();
        ReportInput input = ReportInput.of(
                model,
                TestAssessments.randomResponses(model, 7, "Ana"),
                new Engagement("株式会社テスト", "Fraud", "", LocalDate.of(2026, 11, 2)));
        try (PDDocument pdf = write(input)) {
            String cover = page(pdf, 1);
            if (cover.contains("No font on this computer prints these characters")) {
                assertThat(cover).contains("U+682A"); // 株
            } else {
                assertThat(cover).contains("株式会社テスト").doesNotContain("???");
            }
        }
    }

    private PDDocument write(ReportInput input) throws IOException {
        Path file = folder.resolve("report-" + System.nanoTime() + ".pdf");
        Reports.write(input, ReportFormat.PDF, file);
        return Loader.loadPDF(file.toFile());
    }

    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theRollUpNamesTheDimensionsOverItsHeatmapAndTheTeamsLeftOutWithTheReason() throws IOException {
        OrganizationRollUp rollUp = SampleReports.withLeftOut(RollUpBenchmark.twentyTeams());
        Path file = folder.resolve("rollup.pdf");
        Reports.writeRollUp(rollUp, ReportFormat.PDF, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(page(pdf, 1)).contains("Left out: Pricing (its latest assessment used model google-mlops).");
            // Set upright, the names come out of text extraction in pieces: compare without spaces.
            String heatmap = page(pdf, 2).replace(" ", "");
            rollUp.model()
                    .dimensions()
                    .forEach(dimension ->
                            assertThat(heatmap).contains(dimension.name().replace(" ", "")));
            assertThat(heatmap).doesNotContain("D1");
        }
        Path workbook = folder.resolve("rollup.xlsx");
        Reports.writeRollUp(rollUp, ReportFormat.XLSX, workbook);
        try (var in = java.nio.file.Files.newInputStream(workbook);
                var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var row = xlsx.getSheet("Summary").getRow(8);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Left out");
            assertThat(row.getCell(1).getStringCellValue())
                    .isEqualTo("Pricing (its latest assessment used model google-mlops)");
        }
    }
}
