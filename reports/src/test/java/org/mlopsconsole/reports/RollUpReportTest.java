package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mlopsconsole.reports.TestAssessments.dimension;
import static org.mlopsconsole.reports.TestAssessments.model;
import static org.mlopsconsole.reports.TestAssessments.question;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.ScoringMethod;
import org.mlopsconsole.reports.OrganizationRollUp.TeamResult;

/**
 * The organization roll-up in Excel and PDF. Three teams on a staged model of two dimensions, each
 * with statements at levels 2, 3 and 4 (levels 1 to 4, 1 the floor):
 *
 * <pre>
 *              a: level score    b: level score   overall
 * Fraud           3     66.7        1      0.0    1  33.3
 * Credit          2     33.3        4    100.0    2  66.7
 * =Payments       1      0.0        3     66.7    1  33.3
 * median          2     33.3        3     66.7    1  33.3
 * </pre>
 */
class RollUpReportTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    private static final MaturityModel MODEL = model(
            ScoringMethod.STAGED,
            dimension("a", 1, question("a2", 2, 1), question("a3", 3, 1), question("a4", 4, 1)),
            dimension("b", 1, question("b2", 2, 1), question("b3", 3, 1), question("b4", 4, 1)));

    @TempDir
    Path folder;

    private final DataFormatter formatter = new DataFormatter();

    static TeamResult team(String name, String ratings) {
        String[] ids = {"a2", "a3", "a4", "b2", "b3", "b4"};
        Map<String, Rating> consensus = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            consensus.put(ids[i], ratings.charAt(i) == 'y' ? Rating.FI : Rating.NI);
        }
        ScoreReport score = Scorer.score(MODEL, new Responses("test", List.of(), consensus, Map.of()));
        return new TeamResult(name, DATE.minusDays(name.length()), score);
    }

    static OrganizationRollUp threeTeams() {
        return new OrganizationRollUp(
                "Acme Bank",
                MODEL,
                List.of(team("Fraud", "yynnnn"), team("Credit", "ynnyyy"), team("=Payments", "nnnyyn")),
                DATE);
    }

    private XSSFWorkbook xlsx(OrganizationRollUp rollUp) throws IOException {
        Path file = folder.resolve("rollup.xlsx");
        Reports.writeRollUp(rollUp, ReportFormat.XLSX, file);
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private String text(Sheet sheet, int row, int column) {
        return formatter.formatCellValue(sheet.getRow(row).getCell(column));
    }

    private static List<String> column(Sheet sheet, int column, int fromRow, int toRow) {
        DataFormatter formatter = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int r = fromRow; r <= toRow; r++) {
            values.add(formatter.formatCellValue(sheet.getRow(r).getCell(column)));
        }
        return values;
    }

    @Test
    void workbookHasSummaryTeamsByDimensionAndMethodSheetsInOrder() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));

            assertThat(names).containsExactly("Summary", "Teams by dimension", "Method");
        }
    }

    @Test
    void summaryNamesOrganizationModelDateTeamCountAndEachTeamsOverallLevel() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            XSSFSheet summary = workbook.getSheet("Summary");

            assertThat(text(summary, 2, 1)).isEqualTo("Acme Bank");
            assertThat(text(summary, 3, 1)).isEqualTo("Test model (test, version 1)");
            assertThat(summary.getRow(4).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(DATE);
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(text(summary, 6, 1)).isEqualTo("1 (Initial)");
            assertThat(text(summary, 7, 1)).isEqualTo("33.3");
            assertThat(column(summary, 0, 9, 12)).containsExactly("Team", "Fraud", "Credit", "=Payments");
            assertThat(column(summary, 2, 9, 12)).containsExactly("Overall level", "1", "2", "1");
            assertThat(column(summary, 3, 10, 12)).containsExactly("Initial", "Repeatable", "Initial");
            assertThat(column(summary, 4, 10, 12)).containsExactly("33.3", "66.7", "33.3");
            assertThat(column(summary, 0, 14, 16)).containsExactly("Dimension", "Dimension a", "Dimension b");
            assertThat(column(summary, 1, 15, 16)).as("median level").containsExactly("2", "3");
            assertThat(column(summary, 5, 15, 16)).as("weakest team").containsExactly("=Payments", "Fraud");
        }
    }

    @Test
    void summaryChartsAreNativeBarsOverEveryTeamAndDimensionWithExplicitFills() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            List<XSSFChart> charts =
                    workbook.getSheet("Summary").getDrawingPatriarch().getCharts();

            assertThat(charts).hasSize(2);
            XDDFChartData teams = charts.get(0).getChartSeries().get(0);
            assertThat(teams).isInstanceOf(XDDFBarChartData.class);
            assertThat(teams.getSeriesCount()).isEqualTo(1);
            assertThat(teams.getSeries(0).getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(teams.getSeries(0).getShapeProperties().getFillProperties())
                    .isInstanceOf(XDDFSolidFillProperties.class);
            assertThat(charts.get(0)
                            .getCTChart()
                            .getPlotArea()
                            .getBarChartArray(0)
                            .getSerArray(0)
                            .getTx()
                            .getStrRef()
                            .getF())
                    .isEqualTo("Summary!$E$10");
            XDDFChartData dimensions = charts.get(1).getChartSeries().get(0);
            assertThat(dimensions.getSeriesCount()).isEqualTo(1);
            assertThat(dimensions.getSeries(0).getCategoryData().getPointCount())
                    .isEqualTo(2);
            assertThat(dimensions.getSeries(0).getShapeProperties().getFillProperties())
                    .isInstanceOf(XDDFSolidFillProperties.class);
        }
    }

    @Test
    void teamsByDimensionGivesLevelAndScorePerTeamThenTheMedianAndTheWeakestTeam() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            XSSFSheet teams = workbook.getSheet("Teams by dimension");

            assertThat(text(teams, 0, 4)).isEqualTo("Dimension a");
            assertThat(text(teams, 0, 6)).isEqualTo("Dimension b");
            assertThat(column(teams, 0, 1, 4)).containsExactly("Team", "Fraud", "Credit", "=Payments");
            assertThat(column(teams, 4, 1, 4)).containsExactly("Level", "3", "2", "1");
            assertThat(column(teams, 5, 1, 4)).containsExactly("Score", "66.7", "33.3", "0.0");
            assertThat(column(teams, 6, 2, 4)).containsExactly("1", "4", "3");
            assertThat(column(teams, 7, 2, 4)).containsExactly("0.0", "100.0", "66.7");
            assertThat(text(teams, 6, 0)).isEqualTo("Organization median");
            assertThat(List.of(text(teams, 6, 4), text(teams, 6, 5), text(teams, 6, 6), text(teams, 6, 7)))
                    .containsExactly("2", "33.3", "3", "66.7");
            assertThat(text(teams, 7, 0)).isEqualTo("Lowest level");
            assertThat(List.of(text(teams, 7, 4), text(teams, 7, 6))).containsExactly("1", "1");
            assertThat(text(teams, 8, 0)).isEqualTo("Weakest team");
            assertThat(List.of(text(teams, 8, 4), text(teams, 8, 6))).containsExactly("=Payments", "Fraud");
            assertThat(teams.getRow(2).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0");
            assertThat(teams.getRow(2).getCell(4).getCellStyle().getDataFormatString())
                    .isEqualTo("0");
        }
    }

    @Test
    void teamsSheetFreezesHeadersAndTeamColumnFiltersAndPrintsLandscapeFittedToWidth() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            XSSFSheet teams = workbook.getSheet("Teams by dimension");

            assertThat(teams.getPaneInformation().isFreezePane()).isTrue();
            assertThat(teams.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(teams.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(teams.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:H5");
            assertThat(teams.getPrintSetup().getLandscape()).isTrue();
            assertThat(teams.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(teams.getPrintSetup().getFitHeight()).isZero();
            assertThat(teams.getColumnWidth(0)).isEqualTo(28 * 256);
            assertThat(teams.getMergedRegions()).contains(CellRangeAddress.valueOf("E1:F1"));
        }
    }

    @Test
    void levelCellsAreShadedRedToGreenFromTheModelsLowestToItsHighestLevel() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            var formatting = workbook.getSheet("Teams by dimension").getSheetConditionalFormatting();

            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            XSSFConditionalFormatting levels = formatting.getConditionalFormattingAt(0);
            assertThat(levels.getFormattingRanges())
                    .extracting(CellRangeAddress::formatAsString)
                    .containsExactly("C3:C8", "E3:E8", "G3:G8");
            assertThat(levels.getRule(0).getConditionType()).isEqualTo(ConditionType.COLOR_SCALE);
            XSSFColorScaleFormatting scale = levels.getRule(0).getColorScaleFormatting();
            assertThat(scale.getThresholds()).extracting(t -> t.getValue()).containsExactly(1.0, 2.5, 4.0);
            assertThat(scale.getColors()[0].getRGB()).containsExactly(0xF8, 0x69, 0x6B);
        }
    }

    @Test
    void teamNamesThatLookLikeFormulasStayQuotedText() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            for (Cell cell : List.of(
                    workbook.getSheet("Summary").getRow(12).getCell(0),
                    workbook.getSheet("Teams by dimension").getRow(4).getCell(0))) {
                assertThat(cell.getStringCellValue()).isEqualTo("=Payments");
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }
    }

    @Test
    void medianLevelTakesTheLowerMiddleWhenTheTeamCountIsEven() throws IOException {
        OrganizationRollUp two = new OrganizationRollUp(
                "Acme Bank", MODEL, List.of(team("Fraud", "yynnnn"), team("Credit", "ynnyyy")), DATE);

        try (XSSFWorkbook workbook = xlsx(two)) {
            XSSFSheet teams = workbook.getSheet("Teams by dimension");
            assertThat(text(teams, 5, 0)).isEqualTo("Organization median");
            assertThat(List.of(text(teams, 5, 4), text(teams, 5, 5))).containsExactly("2", "50.0");
        }
    }

    @Test
    void teamsTiedOnLevelAndScoreAreAllNamedWeakest() throws IOException {
        OrganizationRollUp tied = new OrganizationRollUp(
                "Acme Bank",
                MODEL,
                List.of(team("Fraud", "nnnyyy"), team("Credit", "nnnyyn"), team("Cards", "ynnyyy")),
                DATE);

        try (XSSFWorkbook workbook = xlsx(tied)) {
            assertThat(text(workbook.getSheet("Teams by dimension"), 8, 4)).isEqualTo("Fraud, Credit");
        }
    }

    @Test
    void aNotApplicableTeamIsNamedAsSuchAndLeftOutOfBothMedians() throws IOException {
        Map<String, Rating> allNotApplicable = new LinkedHashMap<>();
        MODEL.questions().forEach(question -> allNotApplicable.put(question.id(), Rating.NA));
        ScoreReport unscored = Scorer.score(MODEL, new Responses("test", List.of(), allNotApplicable, Map.of()));
        OrganizationRollUp rollUp = new OrganizationRollUp(
                "Acme Bank",
                MODEL,
                List.of(team("Fraud", "yynnnn"), team("Credit", "ynnyyy"), new TeamResult("Labs", DATE, unscored)),
                DATE);

        try (XSSFWorkbook workbook = xlsx(rollUp)) {
            XSSFSheet teams = workbook.getSheet("Teams by dimension");
            assertThat(text(teams, 4, 0)).isEqualTo("Labs");
            // Scoring method 2: answering everything NA no longer gives the top level.
            assertThat(List.of(text(teams, 4, 4), text(teams, 4, 5)))
                    .as("not applicable, so no level and no score")
                    .containsExactly("not applicable", "");
            assertThat(List.of(text(teams, 6, 4), text(teams, 6, 5)))
                    .as("lower median of the rated teams' levels 3 and 2, median of scores 66.7 and 33.3")
                    .containsExactly("2", "50.0");
            assertThat(text(teams, 8, 4)).endsWith("; not rated: Labs (not applicable)");
        }
    }

    @Test
    void methodSheetSaysHowEachTeamsLatestAssessmentIsChosen() throws IOException {
        try (XSSFWorkbook workbook = xlsx(threeTeams())) {
            XSSFSheet method = workbook.getSheet("Method");

            assertThat(text(method, 0, 0)).isEqualTo("How this roll-up was made");
            assertThat(text(method, 2, 0)).isEqualTo("Latest assessment");
            assertThat(text(method, 2, 1)).contains("latest assessment", "latest date");
            assertThat(column(method, 0, 0, method.getLastRowNum()))
                    .contains("a. Aggregate")
                    .doesNotContain("Why");
        }
    }

    @Test
    void pdfNamesEveryTeamTheirLevelsAndTheWeakestDimensions() throws IOException {
        Path file = folder.resolve("rollup.pdf");

        Reports.writeRollUp(threeTeams(), ReportFormat.PDF, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            // Lines wrap where the layout decides: compare with every run of white space as one space.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages())
                    .as("teams, levels, two charts, weakest")
                    .isEqualTo(5);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("MLOps maturity roll-up: Acme Bank");
            assertThat(text)
                    .contains("MLOps maturity roll-up: Acme Bank", "2026-11-23")
                    .contains("Fraud 3 1 1", "Credit 2 4 2", "=Payments 1 3 1", "Organization median 2 3 1")
                    .contains("Weakest dimensions: Dimension a (median level 2), Dimension b (median level 3)")
                    .contains("Median level 3 (Defined), teams from level 1 to 4; median score 66.7, from 0.0 to 100.0."
                            + " Weakest: Fraud.")
                    .contains("Dimension a 2 1-3 33.3 =Payments");
            assertThat(text.replace(" ", ""))
                    .as("the heatmap names its dimensions above their columns")
                    .contains("Team" + "Dimensiona" + "Dimensionb" + "Overall");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"DOCX", "PPTX"})
    void otherFormatsAreRefusedNamingTheOnesThatWorkAndWriteNothing(ReportFormat format) {
        Path file = folder.resolve("rollup." + format.code());

        assertThatThrownBy(() -> Reports.writeRollUp(threeTeams(), format, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the organization roll-up is written as xlsx or pdf, not " + format.code());
        assertThat(file).doesNotExist();
    }

    @Test
    void aRollUpNeedsAtLeastOneTeam() {
        assertThatThrownBy(() -> new OrganizationRollUp("Acme Bank", MODEL, List.of(), DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a roll-up of \"Acme Bank\" needs at least one assessed team; it has none");
    }

    @Test
    void everyTeamMustBeScoredOnTheRollUpsModel() {
        MaturityModel practices = TestAssessments.practicesModel();
        TeamResult onPractices = new TeamResult(
                "Cards", DATE, Scorer.score(practices, TestAssessments.randomResponses(practices, 1, "Ana")));

        assertThatThrownBy(() ->
                        new OrganizationRollUp("Acme Bank", MODEL, List.of(team("Fraud", "yyyyyy"), onPractices), DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("team \"Cards\" was scored on model \"mlops-practices\", not \"test\": a roll-up needs"
                        + " every team on the same model");
    }

    @Test
    void missingPartsAreNamed() {
        ScoreReport score = team("Fraud", "yyyyyy").score();
        assertThatThrownBy(() -> new OrganizationRollUp(null, MODEL, List.of(team("Fraud", "yyyyyy")), DATE))
                .hasMessage("the organization's name is missing");
        assertThatThrownBy(() -> new OrganizationRollUp("Acme Bank", MODEL, List.of(team("Fraud", "yyyyyy")), null))
                .hasMessage("the roll-up's date is missing");
        assertThatThrownBy(() ->
                        new OrganizationRollUp("Acme Bank", MODEL, Arrays.asList(team("Fraud", "yyyyyy"), null), DATE))
                .hasMessage("team 2 of the roll-up is missing");
        assertThatThrownBy(() -> new TeamResult(" ", DATE, score)).hasMessage("a team of a roll-up needs a name");
        assertThatThrownBy(() -> new TeamResult("Fraud", null, score))
                .hasMessage("the assessment date of team \"Fraud\" is missing");
    }
}
