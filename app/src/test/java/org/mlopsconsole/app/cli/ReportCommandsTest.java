package org.mlopsconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ResponsesLoader;

class ReportCommandsTest {

    private static final String RESPONSES = """
            {
              "model": "mlops-practices",
              "respondents": [
                { "id": "ana", "name": "Ana", "ratings": { "mp-ci-build-test": "FI", "mp-cd-pipeline-release": "PI" },
                  "notes": { "mp-ci-build-test": "=SUM(1,2)" } },
                { "id": "bruno", "name": "Bruno", "ratings": { "mp-ci-build-test": "LI" } }
              ],
              "consensus": {},
              "targets": { "ci-cd": 3 }
            }
            """;

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void reportWritesTheExcelWorkbook() throws IOException {
        Path report = folder.resolve("report.xlsx");

        int exit = run(
                "report",
                "--model",
                "mlops-practices",
                "--responses",
                responses().toString(),
                "--format",
                "xlsx",
                "--out",
                report.toString(),
                "--organization",
                "Acme",
                "--date",
                "2026-11-02");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Report written to ");
        try (InputStream in = Files.newInputStream(report);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Acme");
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(workbook.getSheet("Crosswalk")).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pptx", "pdf"})
    void wordPowerPointAndPdfReportsAreWritten(String format) throws IOException {
        Path report = folder.resolve("report." + format);

        int exit = run(
                "report",
                "--model",
                "mlops-practices",
                "--responses",
                responses().toString(),
                "--format",
                format,
                "--out",
                report.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.size(report)).isGreaterThan(10_000);
    }

    @Test
    void baselineAddsTheComparisonSheets() throws IOException {
        Path baseline = folder.resolve("baseline.json");
        Files.writeString(baseline, RESPONSES.replace("\"FI\"", "\"NI\""));
        Path report = folder.resolve("report.xlsx");

        int exit = run(
                "report",
                "--model",
                "mlops-practices",
                "--responses",
                responses().toString(),
                "--baseline",
                baseline.toString(),
                "--baseline-date",
                "2026-05-04",
                "--format",
                "xlsx",
                "--out",
                report.toString());

        assertThat(exit).as(err.toString()).isZero();
        try (InputStream in = Files.newInputStream(report);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Comparison");
            assertThat(workbook.getSheet("Question changes")
                            .getRow(1)
                            .getCell(5)
                            .getStringCellValue())
                    .isEqualTo("up");
        }
    }

    @Test
    void baselineAddsTheComparisonSectionToThePdf() throws IOException {
        Path baseline = folder.resolve("baseline.json");
        Files.writeString(baseline, RESPONSES.replace("\"FI\"", "\"NI\""));
        Path report = folder.resolve("report.pdf");

        int exit = run(
                "report",
                "--model",
                "mlops-practices",
                "--responses",
                responses().toString(),
                "--baseline",
                baseline.toString(),
                "--baseline-date",
                "2026-05-04",
                "--format",
                "pdf",
                "--out",
                report.toString());

        assertThat(exit).as(err.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // a table row's cells on one line
            String text = stripper.getText(pdf);
            // Ana's FI was NI: the lower median of NI and LI was NI, of FI and LI it is LI.
            assertThat(text).contains("Comparison with 2026-05-04").containsPattern("mp-ci-build-test: .* NI LI up 2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx"})
    void baselineInAFormatWithoutComparisonSaysSoExitsTwoAndWritesNothing(String format) {
        Path report = folder.resolve("report." + format);

        int exit = run(
                "report",
                "--model",
                "mlops-practices",
                "--responses",
                responses().toString(),
                "--baseline",
                responses().toString(),
                "--format",
                format,
                "--out",
                report.toString());

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_USAGE);
        assertThat(err.toString())
                .contains("--baseline works with --format xlsx, pptx or pdf only; a " + format
                        + " comparison is not available");
        assertThat(report).doesNotExist();
    }

    @Test
    void unknownFormatIsAUsageError() {
        int exit = run(
                "report",
                "--model",
                "mlops-practices",
                "--responses",
                responses().toString(),
                "--format",
                "odt",
                "--out",
                folder.resolve("r.odt").toString());
        assertThat(exit).isEqualTo(CommandLineApp.EXIT_USAGE);
        assertThat(err.toString()).contains("unknown report format \"odt\"");
    }

    @Test
    void invalidResponsesFailWithTheFilesErrorsAndWriteNothing() throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, RESPONSES.replace("\"FI\"", "\"XX\""));
        Path report = folder.resolve("report.xlsx");

        int exit = run(
                "report",
                "--model",
                "mlops-practices",
                "--responses",
                bad.toString(),
                "--format",
                "xlsx",
                "--out",
                report.toString());

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_FAILED);
        assertThat(err.toString()).contains("bad.json").contains("invalid rating \"XX\"");
        assertThat(report).doesNotExist();
    }

    @Test
    void unknownModelNamesTheBundledOnes() {
        int exit = run(
                "report",
                "--model",
                "nope",
                "--responses",
                responses().toString(),
                "--format",
                "xlsx",
                "--out",
                folder.resolve("r.xlsx").toString());
        assertThat(exit).isEqualTo(CommandLineApp.EXIT_FAILED);
        assertThat(err.toString()).contains("unknown model \"nope\"").contains("mlops-practices");
    }

    @Test
    void questionnaireExportedThenFilledImportsIntoAResponsesFile() throws IOException {
        Path questionnaire = folder.resolve("questionnaire.xlsx");
        assertThat(run(
                        "questionnaire",
                        "export",
                        "--model",
                        "mlops-practices",
                        "--respondents",
                        "Ana, Bruno,Carla",
                        "--out",
                        questionnaire.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).startsWith("Questionnaire for 3 respondents written to ");
        try (InputStream in = Files.newInputStream(questionnaire);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheet("Bruno").getRow(6).getCell(5).setCellValue("LI");
            try (OutputStream file = Files.newOutputStream(questionnaire)) {
                workbook.write(file);
            }
        }
        Path json = folder.resolve("responses.json");

        int exit = run(
                "questionnaire",
                "import",
                questionnaire.toString(),
                "--model",
                "mlops-practices",
                "--out",
                json.toString());

        assertThat(exit).as(err.toString()).isZero();
        Responses imported = ResponsesLoader.load(json, ModelCatalog.bundled().practicesModel());
        assertThat(imported.respondents()).hasSize(3);
        assertThat(imported.respondents().get(1).ratings())
                .containsExactlyEntriesOf(java.util.Map.of("mp-ci-build-test", Rating.LI));
    }

    @Test
    void questionnaireImportListsCellErrorsAndWritesNothing() throws IOException {
        Path questionnaire = folder.resolve("questionnaire.xlsx");
        run(
                "questionnaire",
                "export",
                "--model",
                "mlops-practices",
                "--respondents",
                "Ana",
                "--out",
                questionnaire.toString());
        try (InputStream in = Files.newInputStream(questionnaire);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheet("Ana").getRow(7).getCell(5).setCellValue("yes");
            try (OutputStream file = Files.newOutputStream(questionnaire)) {
                workbook.write(file);
            }
        }
        Path json = folder.resolve("responses.json");

        int exit = run(
                "questionnaire",
                "import",
                questionnaire.toString(),
                "--model",
                "mlops-practices",
                "--out",
                json.toString());

        assertThat(exit).isEqualTo(CommandLineApp.EXIT_FAILED);
        assertThat(err.toString()).contains("Ana!F8: \"yes\" is not a rating");
        assertThat(json).doesNotExist();
    }

    private Path responses() {
        Path file = folder.resolve("responses.json");
        try {
            Files.writeString(file, RESPONSES);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    private int run(String... args) {
        return CommandLineApp.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }
}
