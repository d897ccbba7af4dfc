package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.DimensionRef;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Person;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.assessment.tools.Component;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.Support;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolConstraints;
import org.mlopsconsole.assessment.tools.ToolInventory;

/** The engagement's RACI, tool coverage and challenges reach every format, and say so when not mapped. */
class RolesToolsChallengesTest {

    static final String PERSON = "Ingrid Quokkasdottir";
    static final String CUSTOM_TOOL = "Wombat deploy scripts";
    static final String CUSTOM_CHALLENGE = "Narwhal vendor lock-in";
    static final String HOSTILE_CHALLENGE = "=HYPERLINK(\"http://evil\")";

    @TempDir
    Path folder;

    /**
     * The medium template with model evaluation's Accountable removed (one error) and two people;
     * an inventory of Jenkins, GitLab, Airflow and a custom deploy tool without any model registry;
     * two challenges, one linked to a roadmap question.
     */
    static EngagementContext mapped() {
        Raci template = OrganizationSize.MEDIUM.template();
        Raci raci = template.withCell("model-evaluation", accountable(template, "model-evaluation"), Set.of())
                .withPeople(List.of(
                        new Person("p1", PERSON, List.of("kreuzberger-data-scientist", "ml-engineer")),
                        new Person("p2", "Bruno", List.of("business-stakeholder"))));
        ToolCatalog catalog = ToolCatalog.bundled();
        ToolInventory inventory = new ToolInventory(
                "Acme platform",
                List.of(
                        InventoryTool.of(catalog.find("jenkins").orElseThrow()),
                        InventoryTool.of(catalog.find("gitlab").orElseThrow()),
                        InventoryTool.of(catalog.find("airflow").orElseThrow()),
                        InventoryTool.custom(
                                "wombat", CUSTOM_TOOL, Map.of(Component.C8, Support.PARTIAL), List.of("deployment"))),
                new ToolConstraints(true, false, true));
        String question = TestAssessments.practicesModel()
                .questions()
                .findFirst()
                .orElseThrow()
                .id();
        ChallengeRegister register = new ChallengeRegister(List.of(
                RegisteredChallenge.of(
                                ChallengeCatalog.bundled()
                                        .find("serving-latency")
                                        .orElseThrow(),
                                4,
                                5)
                        .withRoadmapQuestions(List.of(question)),
                new RegisteredChallenge(
                        "lock-in",
                        CUSTOM_CHALLENGE,
                        2,
                        3,
                        List.of(new DimensionRef("mlops-practices", "serving")),
                        List.of(),
                        "")));
        return EngagementContext.of(Optional.of(raci), Optional.of(inventory), register);
    }

    private static String accountable(Raci raci, String activity) {
        return raci.rolesWith(activity, Responsibility.ACCOUNTABLE).get(0).id();
    }

    static ReportInput withContext() {
        return TestAssessments.practicesInput().withEngagementContext(mapped());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theRaciItsCheckTheToolCoverageAndTheChallengesAppearInEveryFormat(ReportFormat format) throws IOException {
        Path file = folder.resolve("mapped." + format.code());
        Reports.write(withContext(), format, file);
        String text = EvidencePlanAndRisksTest.text(file, format);
        assertThat(text)
                .as("the RACI grid and its check")
                .contains("Model evaluation", "ML engineer", "RA")
                .contains("has no Accountable role");
        assertThat(text)
                .as("the coverage and the suggestions")
                .contains("C6 Model registry", "missing", "Jenkins", CUSTOM_TOOL, "MLflow");
        assertThat(text).as("the challenges").contains("Low latency and high throughput in serving", CUSTOM_CHALLENGE);
        if (format != ReportFormat.PPTX) {
            assertThat(text).as("the people and the linked roadmap item").contains(PERSON, "20");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ReportFormat.class,
            names = {"DOCX", "PDF", "XLSX"})
    void anEngagementWithNothingMappedSaysSo(ReportFormat format) throws IOException {
        Path file = folder.resolve("plain." + format.code());
        Reports.write(TestAssessments.practicesInput(), format, file);
        String text = EvidencePlanAndRisksTest.text(file, format);
        if (format == ReportFormat.XLSX) {
            assertThat(text)
                    .contains("No RACI was mapped", "No tool inventory was mapped", "No challenge was registered");
        } else {
            assertThat(text).contains("No RACI, tool inventory or challenge register was mapped");
        }
    }

    @Test
    void theDeckLeavesOutWhatWasNotMappedAndShowsWhatWas() throws IOException {
        Path plain = folder.resolve("plain.pptx");
        Reports.write(TestAssessments.practicesInput(), ReportFormat.PPTX, plain);
        assertThat(EvidencePlanAndRisksTest.text(plain, ReportFormat.PPTX)).doesNotContain("RACI", "Tool coverage");
        ReportInput onlyChallenges = TestAssessments.practicesInput()
                .withEngagementContext(
                        new EngagementContext(Optional.empty(), Optional.empty(), mapped().challenges()));
        Path partial = folder.resolve("partial.pptx");
        Reports.write(onlyChallenges, ReportFormat.PPTX, partial);
        assertThat(EvidencePlanAndRisksTest.text(partial, ReportFormat.PPTX))
                .contains("Challenges by score", CUSTOM_CHALLENGE)
                .doesNotContain("Who does what", "Tool coverage");
    }

    @Test
    void theExcelSheetsAreShadedFrozenChartedAndNeverStartAFormula() throws IOException {
        EngagementContext context = mapped();
        ChallengeRegister hostile = new ChallengeRegister(
                List.of(new RegisteredChallenge("evil", HOSTILE_CHALLENGE, 5, 5, List.of(), List.of(), "-1+1")));
        ReportInput input = TestAssessments.practicesInput()
                .withEngagementContext(new EngagementContext(context.raci(), context.tools(), hostile));
        Path file = folder.resolve("hostile.xlsx");
        Reports.write(input, ReportFormat.XLSX, file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (String name : List.of("RACI", "Tool coverage", "Challenges")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getColumnWidth(0)).as(name).isGreaterThan(20 * 256);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && (cell.getStringCellValue().startsWith("=")
                                        || cell.getStringCellValue().startsWith("-"))) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as("%s!%s", name, cell.getAddress())
                                    .isTrue();
                        }
                    }
                }
            }
            XSSFSheet challenges = workbook.getSheet("Challenges");
            assertThat(challenges.getRow(1).getCell(0).getStringCellValue()).isEqualTo(HOSTILE_CHALLENGE);
            assertThat(challenges.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(25);

            XSSFSheet coverage = workbook.getSheet("Tool coverage");
            assertThat(coverage.getDrawingPatriarch().getCharts())
                    .as("a native chart")
                    .hasSize(1);
            Row registry = rowStartingWith(coverage, "C6 Model registry");
            assertThat(registry.getCell(1).getStringCellValue()).isEqualTo("missing");
            Row ci = rowStartingWith(coverage, "C1 CI/CD component");
            assertThat(ci.getCell(1).getStringCellValue()).isEqualTo("covered");
            assertThat(rgb(registry.getCell(1)))
                    .as("missing and covered are shaded apart")
                    .isNotEqualTo(rgb(ci.getCell(1)));

            XSSFSheet raci = workbook.getSheet("RACI");
            Row evaluation = rowStartingWith(raci, "Model evaluation");
            assertThat(evaluation).isNotNull();
            assertThat(sheetText(raci)).contains("has no Accountable role", PERSON);
        }
    }

    private static Row rowStartingWith(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + text + " on " + sheet.getSheetName());
    }

    private static String rgb(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle())
                .getFillForegroundXSSFColor()
                .getARGBHex();
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\t')));
        return text.toString();
    }
}
