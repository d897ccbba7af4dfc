package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoringMethod;

class PdfReportTest {

    @TempDir
    Path folder;

    @Test
    void pdfHasCoverSummaryWithBothChartsFindingsRoadmapAndAppendices() throws IOException {
        ReportInput input = TestAssessments.practicesInput();
        Path file = folder.resolve("report.pdf");
        Reports.write(input, ReportFormat.PDF, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "MLOps maturity assessment: Acme Bank",
                            "Executive summary",
                            "Findings per dimension",
                            "Roadmap",
                            "Appendix A: every question",
                            "Appendix B: how the assessment was scored");
            for (Dimension dimension : input.model().dimensions()) {
                assertThat(text).contains(dimension.name());
            }
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("MLOps maturity assessment: Acme Bank");
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("radar and score charts").isEqualTo(2);
        }
    }

    @Test
    void textOutsideTheBuiltInFontsIsReplacedRatherThanFailing() throws IOException {
        MaturityModel model = TestAssessments.model(
                ScoringMethod.STAGED, TestAssessments.dimension("a", 1, TestAssessments.question("a1", 2, 1)));
        Responses responses = new Responses(
                "test",
                List.of(TestAssessments.respondent("r1", "Zoë 李", Map.of("a1", Rating.PI), Map.of())),
                Map.of(),
                Map.of());
        Engagement engagement = new Engagement("Søren & Čapek ✓", "", "", TestAssessments.ENGAGEMENT.date());
        Path file = folder.resolve("report.pdf");
        Reports.write(ReportInput.of(model, responses, engagement), ReportFormat.PDF, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Søren &").contains("?apek ?").contains("Participants: Zoë ?");
        }
    }
}
