package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves real office software opens what we write: LibreOffice converts each file to PDF. Skipped,
 * with a message, where {@code libreoffice} is not installed (Debian: libreoffice-calc-nogui, -writer-nogui, -impress-nogui).
 */
class LibreOfficeIntegrationTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void requireLibreOffice() {
        assumeTrue(
                onPath("libreoffice"),
                "LibreOffice is not installed; skipping the conversion test"
                        + " (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui libreoffice-impress-nogui)");
    }

    @Test
    void libreOfficeConvertsTheReportWorkbookToPdf() throws Exception {
        Path report = folder.resolve("report.xlsx");
        Reports.write(TestAssessments.practicesInput(), ReportFormat.XLSX, report);
        assertConvertsToPdf(report);
    }

    @Test
    void libreOfficeConvertsTheWordReportToPdf() throws Exception {
        Path report = folder.resolve("report.docx");
        Reports.write(TestAssessments.practicesInput(), ReportFormat.DOCX, report);
        assertConvertsToPdf(report);
    }

    @Test
    void libreOfficeConvertsTheDeckToPdf() throws Exception {
        Path report = folder.resolve("deck.pptx");
        Reports.write(TestAssessments.practicesInput(), ReportFormat.PPTX, report);
        assertConvertsToPdf(report);
    }

    @Test
    void libreOfficeConvertsTheQuestionnaireToPdf() throws Exception {
        Path questionnaire = folder.resolve("questionnaire.xlsx");
        Questionnaires.export(TestAssessments.practicesModel(), List.of("Ana", "Bruno"), questionnaire);
        assertConvertsToPdf(questionnaire);
    }

    @Test
    void libreOfficeConvertsTheOrganizationRollUpWorkbookToPdf() throws Exception {
        Path rollUp = folder.resolve("rollup.xlsx");
        Reports.writeRollUp(RollUpBenchmark.twentyTeams(), ReportFormat.XLSX, rollUp);
        assertConvertsToPdf(rollUp);
    }

    private static void assertConvertsToPdf(Path file) throws IOException, InterruptedException {
        Path outDir = Files.createDirectories(folder.resolve("pdf-" + file.getFileName()));
        Path profile = folder.resolve("lo-profile");
        Process process = new ProcessBuilder(
                        "libreoffice",
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        outDir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        folder.resolve("lo-" + file.getFileName() + ".log").toFile())
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();
        assertThat(process.exitValue()).isZero();
        String baseName = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path pdf = outDir.resolve(baseName + ".pdf");
        assertThat(pdf).exists();
        byte[] head = Files.readAllBytes(pdf);
        assertThat(new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(head.length).isGreaterThan(10_000);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
