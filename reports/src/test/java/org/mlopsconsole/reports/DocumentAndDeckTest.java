package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.Dimension;

class DocumentAndDeckTest {

    @TempDir
    Path folder;

    private final ReportInput input = TestAssessments.practicesInput();

    @Test
    void wordReportHasCoverContentsSummaryChartsFindingsRoadmapAndAppendicesAsStyledHeadings() throws IOException {
        try (XWPFDocument document = new XWPFDocument(write(input, ReportFormat.DOCX))) {
            assertThat(styled(document, "Title")).containsExactly("MLOps maturity assessment: Acme Bank");
            assertThat(texts(document)).contains("Team: Fraud models");
            assertThat(styled(document, "Heading1"))
                    .containsExactly(
                            "Executive summary",
                            "Findings per dimension",
                            "Risks",
                            "Improvement plan",
                            "Roadmap",
                            "Roles, tools and challenges",
                            "Appendix A: every question",
                            "Appendix B: evidence per question",
                            "Appendix C: how the assessment was scored");
            assertThat(styled(document, "Heading2"))
                    .containsAll(input.model().dimensions().stream()
                            .map(Dimension::name)
                            .toList());
            assertThat(styled(document, "Heading3")).contains("Next steps");
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertThat(pictures).hasSize(2);
            assertThat(pictures)
                    .allSatisfy(picture -> assertThat(picture.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG));
            // Twice the 624 px printed width: sharp on paper.
            assertThat(pictures.get(0).getData()).hasSizeGreaterThan(20_000);
            assertThat(document.getTables())
                    .as("dimensions, risks, roadmap, questions")
                    .hasSize(4);
            assertThat(document.getTables().get(0).getNumberOfRows())
                    .isEqualTo(1 + input.model().dimensions().size());
            assertThat(document.getTables().get(3).getNumberOfRows())
                    .isEqualTo(1 + (int) input.model().questions().count());
        }
    }

    @Test
    void wordReportHasAStylesPartATableOfContentsFieldAndPageNumbers() throws IOException {
        try (XWPFDocument document = new XWPFDocument(write(input, ReportFormat.DOCX))) {
            for (String style : List.of("Normal", "Heading1", "Heading2", "Heading3", "TOC1", "TOC2", "TableText")) {
                assertThat(document.getStyles().styleExist(style)).as(style).isTrue();
            }
            assertThat(document.getStyles()
                            .getStyle("Heading2")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .as("headings are outline levels: the navigation pane and the contents find them")
                    .hasToString("1");
            String body = document.getDocument().xmlText();
            assertThat(body).contains("TOC \\o \"1-2\"");
            XWPFFooter footer = document.getFooterList().get(0);
            assertThat(footer._getHdrFtr().xmlText()).contains("PAGE").contains("NUMPAGES");
            assertThat(document.getHeaderList().get(0).getText()).contains("Acme Bank · Fraud models · 2026-11-02");
        }
    }

    @Test
    void everyWordTableHasAGridSizedToItsContentARepeatedHeaderAndRowsThatDoNotSplit() throws IOException {
        try (XWPFDocument document = new XWPFDocument(write(input, ReportFormat.DOCX))) {
            for (XWPFTable table : document.getTables()) {
                var grid = table.getCTTbl().getTblGrid();
                assertThat(grid).isNotNull();
                assertThat(grid.sizeOfGridColArray())
                        .isEqualTo(table.getRow(0).getTableCells().size());
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getRows())
                        .allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
            }
            var roadmapGrid = document.getTables().get(2).getCTTbl().getTblGrid();
            long number = Long.parseLong(roadmapGrid.getGridColArray(0).getW().toString());
            long action = Long.parseLong(roadmapGrid.getGridColArray(3).getW().toString());
            assertThat(action).as("the Action column is the widest").isGreaterThan(4 * number);
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void wordPageIsTheChosenPaperSize(PaperSize paper) throws IOException {
        ReportInput chosen = input.withOptions(ReportOptions.defaults().withPaper(paper));
        try (XWPFDocument document = new XWPFDocument(write(chosen, ReportFormat.DOCX))) {
            var size = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(paper.widthTwips());
            assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(paper.heightTwips());
        }
    }

    @Test
    void deckTellsTheStoryWithTheDimensionDetailInTheAppendix() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(write(input, ReportFormat.PPTX))) {
            List<String> titles =
                    deck.getSlides().stream().map(DocumentAndDeckTest::title).toList();
            assertThat(titles.get(0)).isEqualTo("MLOps maturity assessment: Acme Bank");
            assertThat(titles.subList(1, 8))
                    .containsExactly(
                            "Executive summary",
                            "Profile: level per dimension",
                            "Level per dimension",
                            "Top risks: what holds each dimension",
                            "Roadmap: next level first, then toward target",
                            "Quick wins: next-level practices already partly in place",
                            "Next steps");
            assertThat(titles.subList(8, titles.size())).allMatch(title -> title.startsWith("Appendix: "));
            assertThat(String.join("\n", texts(deck.getSlides().get(1))))
                    .contains("Where you stand", "What holds you", "The three things to do");
            assertThat(deck.getPictureData())
                    .hasSize(2)
                    .allSatisfy(picture -> assertThat(picture.getType()).isEqualTo(PictureData.PictureType.PNG));
        }
    }

    @Test
    void noSlideCarriesALineOfTextAlone() throws IOException {
        assertNoSlideCarriesALineAlone(SampleReports.branded(input));
    }

    @Test
    void noSlideCarriesALineOfTextAloneWithAPlanEvidenceAndOverrides() throws IOException {
        assertNoSlideCarriesALineAlone(SampleReports.branded(EvidencePlanAndRisksTest.withEverything()));
    }

    private void assertNoSlideCarriesALineAlone(ReportInput branded) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(comparison(branded))) {
            for (XSLFSlide slide : deck.getSlides()) {
                long graphics = slide.getShapes().stream()
                        .filter(shape -> shape instanceof XSLFPictureShape || shape instanceof XSLFGraphicFrame)
                        .count();
                List<String> lines = texts(slide);
                assertThat(graphics > 0 || lines.size() >= 3)
                        .as(
                                "slide \"%s\" carries a table, a picture or two lines beside its title: %s",
                                title(slide), lines)
                        .isTrue();
            }
        }
    }

    @Test
    void deckComparesWithTheBaselineWhenGiven() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(comparison(input))) {
            assertThat(deck.getSlides().stream().map(DocumentAndDeckTest::title))
                    .contains("Since 2026-05-04: the comparison with the baseline");
        }
    }

    private InputStream comparison(ReportInput current) throws IOException {
        Path file = folder.resolve("compared-" + System.nanoTime() + ".pptx");
        Reports.writeComparison(SampleReports.baseline(), current, ReportFormat.PPTX, file);
        return Files.newInputStream(file);
    }

    /** The paragraphs with text on the slide, the title and the header line among them. */
    static List<String> texts(XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(shape -> shape instanceof XSLFTextShape)
                .flatMap(shape -> ((XSLFTextShape) shape).getTextParagraphs().stream())
                .map(XSLFTextParagraph::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    static String title(XSLFSlide slide) {
        Optional<XSLFShape> first = slide.getShapes().stream()
                .filter(shape -> shape instanceof XSLFTextShape)
                .findFirst();
        return first.map(shape -> ((XSLFTextShape) shape).getText()).orElse("");
    }

    private static List<String> styled(XWPFDocument document, String style) {
        return document.getParagraphs().stream()
                .filter(paragraph -> style.equals(paragraph.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }

    private static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private InputStream write(ReportInput report, ReportFormat format) throws IOException {
        Path file = folder.resolve("report-" + System.nanoTime() + "." + format.code());
        Reports.write(report, format, file);
        return Files.newInputStream(file);
    }
}
