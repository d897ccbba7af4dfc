package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlopsconsole.reports.TestAssessments.ENGAGEMENT;
import static org.mlopsconsole.reports.TestAssessments.dimension;
import static org.mlopsconsole.reports.TestAssessments.model;
import static org.mlopsconsole.reports.TestAssessments.question;
import static org.mlopsconsole.reports.TestAssessments.respondent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoringMethod;

/** Reports say "not applicable" / "not assessed" instead of a level, and print points with two decimals. */
class ReportStatusTest {

    @TempDir
    Path folder;

    private final DataFormatter formatter = new DataFormatter();

    /** a rated (level 2), b every question NA, c nobody answered. */
    private static ReportInput mixedInput() {
        MaturityModel model = model(
                ScoringMethod.STAGED,
                dimension("a", 1, question("a2", 2, 1), question("a3", 3, 1)),
                dimension("b", 1, question("b2", 2, 1)),
                dimension("c", 1, question("c2", 2, 1)));
        Responses responses = new Responses(
                "test",
                List.of(respondent("r1", "Ana", Map.of("a2", Rating.FI, "a3", Rating.NI, "b2", Rating.NA), Map.of())),
                Map.of(),
                Map.of("b", 3));
        return ReportInput.of(model, responses, ENGAGEMENT);
    }

    @Test
    void workbookShowsTheStatusWhereADimensionHasNoLevel() throws IOException {
        try (XSSFWorkbook workbook = xlsx(mixedInput())) {
            Sheet dimensions = workbook.getSheet("Dimensions");
            assertThat(texts(dimensions.getRow(2), 3, 9))
                    .containsExactly(
                            "",
                            "not applicable",
                            "",
                            "3",
                            "",
                            "Not applicable: every question is rated NA, so the dimension has no level and counts"
                                    + " for nothing overall.");
            assertThat(texts(dimensions.getRow(3), 3, 6)).containsExactly("", "not assessed", "");
            Sheet summary = workbook.getSheet("Summary");
            assertThat(texts(summary.getRow(17), 0, 5)).containsExactly("Dimension b", "", "3", "", "not applicable");
            assertThat(workbook.getSheet("Roadmap").getLastRowNum())
                    .as("only the rated dimension has roadmap items")
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NA, Not applicable", "none, Not assessed"})
    void anAssessmentWithNothingRatedSaysSoInEveryFormatNeverLevelZero(String rating, String words) throws IOException {
        MaturityModel model = model(ScoringMethod.STAGED, dimension("a", 1, question("a2", 2, 1)));
        Map<String, Rating> ratings = rating.equals("none") ? Map.of() : Map.of("a2", Rating.valueOf(rating));
        ReportInput input = ReportInput.of(
                model,
                new Responses("test", List.of(respondent("r1", "Ana", ratings, Map.of())), Map.of(), Map.of()),
                ENGAGEMENT);

        String pdf = pdfText(input);
        assertThat(pdf).contains(words + ": no overall level or score").doesNotContain("Level 0", "score 0.0");
        try (XSSFWorkbook workbook = xlsx(input)) {
            assertThat(valueAfter(workbook.getSheet("Summary"), "Overall level"))
                    .isEqualTo(words.toLowerCase());
        }
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(written(input, ReportFormat.DOCX))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
            assertThat(text).contains(words + ": no overall level or score").doesNotContain("Level 0");
            assertThat(docx.getAllPictures())
                    .as("no chart of levels nobody has")
                    .isEmpty();
        }
        try (var pptx = new org.apache.poi.xslf.usermodel.XMLSlideShow(written(input, ReportFormat.PPTX))) {
            String text = String.join(
                    "\n",
                    pptx.getSlides().stream()
                            .flatMap(slide -> DocumentAndDeckTest.texts(slide).stream())
                            .toList());
            assertThat(text).contains(words + ": no overall level or score").doesNotContain("Level 0");
            assertThat(pptx.getPictureData()).isEmpty();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(ReportFormat.class)
    void notApplicableAndNotAssessedDimensionsAreNamedAsSuchInEveryFormat(ReportFormat format) throws IOException {
        String text;
        java.io.InputStream in = written(mixedInput(), format);
        text = switch (format) {
            case XLSX -> {
                try (var workbook = new XSSFWorkbook(in)) {
                    StringBuilder all = new StringBuilder();
                    workbook.getSheet("Dimensions")
                            .forEach(row -> row.forEach(cell ->
                                    all.append(formatter.formatCellValue(cell)).append(' ')));
                    yield all.toString();
                }
            }
            case DOCX -> {
                try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                    yield new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
                }
            }
            case PPTX -> {
                try (var pptx = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
                    yield String.join(
                            " ",
                            pptx.getSlides().stream()
                                    .flatMap(slide -> DocumentAndDeckTest.texts(slide).stream())
                                    .toList());
                }
            }
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
        };
        assertThat(text.replaceAll("\\s+", " ").toLowerCase()).contains("not applicable", "not assessed");
    }

    private java.io.InputStream written(ReportInput input, ReportFormat format) throws IOException {
        Path file = folder.resolve("report-" + System.nanoTime() + "." + format.code());
        Reports.write(input, format, file);
        return java.nio.file.Files.newInputStream(file);
    }

    @Test
    void pointsMinimumScoresPrintWithUpToTwoDecimalsAndTheMethodNamesItsVersion() throws IOException {
        ReportInput input = pointsInput();

        String pdf = pdfText(input);
        assertThat(pdf).contains("score 1.5").contains("Scoring method version: 2");
        try (XSSFWorkbook workbook = xlsx(input)) {
            Sheet dimensions = workbook.getSheet("Dimensions");
            assertThat(formatter.formatCellValue(dimensions.getRow(1).getCell(5)))
                    .isEqualTo("2.75");
            assertThat(formatter.formatCellValue(dimensions.getRow(2).getCell(5)))
                    .isEqualTo("1.5");
            assertThat(valueAfter(workbook.getSheet("Method"), "Scoring method version"))
                    .isEqualTo("2");
        }
    }

    /** s1: FI, FI, LI and a custom 0.75 for LI -> 2.75; s2: FI, PI -> 1.5, the minimum. */
    private static ReportInput pointsInput() {
        MaturityModel model = new MaturityModel(
                1,
                "test",
                "Points",
                "1",
                "tests",
                Optional.empty(),
                "",
                ScoringMethod.POINTS_MINIMUM,
                EnumSet.of(Rating.FI),
                new RatingScale(RatingScale.standard().offered(), Map.of(), Map.of(Rating.LI, 0.75)),
                List.of(new Level(0, "Untested", "", 0), new Level(1, "Tested", "", 0), new Level(2, "Well", "", 2)),
                List.of(
                        dimension("s1", 1, question("a1", 0, 1), question("a2", 0, 1), question("a3", 0, 1)),
                        dimension("s2", 1, question("b1", 0, 1), question("b2", 0, 1))));
        Responses responses = new Responses(
                "test",
                List.of(respondent(
                        "r1",
                        "Ana",
                        Map.of("a1", Rating.FI, "a2", Rating.FI, "a3", Rating.LI, "b1", Rating.FI, "b2", Rating.PI),
                        Map.of())),
                Map.of(),
                Map.of());
        return ReportInput.of(model, responses, ENGAGEMENT);
    }

    private XSSFWorkbook xlsx(ReportInput input) throws IOException {
        return TestAssessments.workbook(input, folder);
    }

    private String pdfText(ReportInput input) throws IOException {
        Path file = folder.resolve("report-" + System.nanoTime() + ".pdf");
        Reports.write(input, ReportFormat.PDF, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private List<String> texts(Row row, int from, int to) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            texts.add(formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }

    private String valueAfter(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (formatter.formatCellValue(row.getCell(0)).equals(label)) {
                return formatter.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError("no row labelled " + label);
    }
}
