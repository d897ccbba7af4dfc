package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
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
                            "Risks",
                            "Improvement plan",
                            "Appendix B: evidence per question",
                            "Appendix C: how the assessment was scored");
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
    void namesInPolishDanishGreekCyrillicAndTurkishComeBackExactly() throws IOException {
        List<String> names = List.of("Łukasz Wróbel", "Ελένη Παπαδοπούλου", "Дмитрий Иванов", "Şule Çelik");
        MaturityModel model = TestAssessments.model(
                ScoringMethod.STAGED,
                new Dimension("a", "Διαχείριση μοντέλων", "", 1, List.of(TestAssessments.question("a1", 2, 1))));
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            respondents.add(TestAssessments.respondent("r" + i, names.get(i), Map.of("a1", Rating.LI), Map.of()));
        }
        Engagement engagement = new Engagement(
                "Ærøskøbing Kommune", "Команда данных", "Łukasz Wróbel", TestAssessments.ENGAGEMENT.date());

        // Lines of the cover wrap where they will: compare with single spaces.
        String text = textOf(ReportInput.of(model, new Responses("test", respondents, Map.of(), Map.of()), engagement))
                .replaceAll("\\s+", " ");

        assertThat(text)
                .contains("MLOps maturity assessment: Ærøskøbing Kommune")
                .contains("Team: Команда данных")
                .contains("Participants: Łukasz Wróbel, Ελένη Παπαδοπούλου, Дмитрий Иванов, Şule Çelik")
                .contains("Διαχείριση μοντέλων")
                .doesNotContain("?");
    }

    @Test
    void regularAndBoldFontsAreEmbeddedAsSubsets() throws IOException {
        Path file = folder.resolve("report.pdf");
        Reports.write(TestAssessments.practicesInput(), ReportFormat.PDF, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            // A subset's name carries a six-letter tag: ABCDEF+LiberationSans.
            assertThat(fonts)
                    .isNotEmpty()
                    .allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans(-Bold)?"), "subset of Liberation Sans")
                    .anyMatch(name -> name.endsWith("+LiberationSans"))
                    .anyMatch(name -> name.endsWith("+LiberationSans-Bold"));
        }
    }

    @Test
    void charactersNoFontHasAreReplacedAndNamedOnTheCoverRatherThanFailing() throws IOException {
        MaturityModel model = TestAssessments.model(
                ScoringMethod.STAGED, TestAssessments.dimension("a", 1, TestAssessments.question("a1", 2, 1)));
        Responses responses = new Responses(
                "test",
                List.of(TestAssessments.respondent("r1", "Zoë 李", Map.of("a1", Rating.PI), Map.of())),
                Map.of(),
                Map.of());
        // An emoji: neither Liberation Sans nor the usual CJK fallback fonts have it.
        Engagement engagement = new Engagement("Søren & Čapek \uD83D\uDE00", "", "", TestAssessments.ENGAGEMENT.date());

        String text = textOf(ReportInput.of(model, responses, engagement));

        assertThat(text)
                .contains("Søren &", "Čapek ?", "Participants: Zoë ")
                // 李 prints where a CJK font is installed and is named beside the emoji where none is
                .containsPattern("No font on this computer prints these characters, shown as '\\?': [^\\n]*U\\+1F600");
    }

    private String textOf(ReportInput input) throws IOException {
        Path file = folder.resolve("report-" + System.nanoTime() + ".pdf");
        Reports.write(input, ReportFormat.PDF, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
