package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.Dimension;

class DocumentAndDeckTest {

    @TempDir
    Path folder;

    private final ReportInput input = TestAssessments.practicesInput();

    @Test
    void wordReportHasCoverSummaryChartsFindingsRoadmapAndAppendices() throws IOException {
        try (XWPFDocument document = new XWPFDocument(write(ReportFormat.DOCX))) {
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(paragraphs)
                    .contains(
                            "MLOps maturity assessment: Acme Bank",
                            "Team: Fraud models",
                            "Executive summary",
                            "Findings per dimension",
                            "Roadmap",
                            "Appendix A: every question",
                            "Appendix B: how the assessment was scored");
            for (Dimension dimension : input.model().dimensions()) {
                assertThat(paragraphs).contains(dimension.name());
            }
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertThat(pictures).hasSize(2);
            assertThat(pictures)
                    .allSatisfy(picture -> assertThat(picture.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG));
            // Twice the 624 px printed width: sharp on paper.
            assertThat(pictures.get(0).getData()).hasSizeGreaterThan(20_000);
            assertThat(document.getTables()).hasSize(3);
            assertThat(document.getTables().get(0).getNumberOfRows())
                    .isEqualTo(1 + input.model().dimensions().size());
            assertThat(document.getTables().get(2).getNumberOfRows())
                    .isEqualTo(1 + (int) input.model().questions().count());
        }
    }

    @Test
    void deckHasTitleResultTwoChartsOneSlidePerDimensionAndRoadmap() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(write(ReportFormat.PPTX))) {
            List<String> titles = deck.getSlides().stream().map(this::firstText).toList();
            int dimensions = input.model().dimensions().size();
            assertThat(titles.get(0)).isEqualTo("MLOps maturity assessment: Acme Bank");
            assertThat(titles.subList(1, 4))
                    .containsExactly("Overall result", "Level per dimension", "Score per dimension");
            assertThat(titles.subList(4, 4 + dimensions))
                    .containsExactlyElementsOf(input.model().dimensions().stream()
                            .map(Dimension::name)
                            .toList());
            assertThat(titles.subList(4 + dimensions, titles.size())).allMatch(title -> title.startsWith("Roadmap"));
            assertThat(deck.getPictureData())
                    .hasSize(2)
                    .allSatisfy(picture -> assertThat(picture.getType()).isEqualTo(PictureData.PictureType.PNG));
            long picturesOnChartSlides = deck.getSlides().subList(2, 4).stream()
                    .flatMap(slide -> slide.getShapes().stream())
                    .filter(shape -> shape instanceof XSLFPictureShape)
                    .count();
            assertThat(picturesOnChartSlides).isEqualTo(2);
        }
    }

    private String firstText(XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(shape -> shape instanceof XSLFTextShape)
                .map(shape -> ((XSLFTextShape) shape).getText())
                .findFirst()
                .orElse("");
    }

    private InputStream write(ReportFormat format) throws IOException {
        Path file = folder.resolve("report." + format.code());
        Reports.write(input, format, file);
        return Files.newInputStream(file);
    }
}
