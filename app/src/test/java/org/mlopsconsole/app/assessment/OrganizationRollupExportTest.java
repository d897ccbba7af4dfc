package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.reports.ReportFormat;

/** "Export roll-up…" in the organization's roll-up view: the same file as the command line writes. */
class OrganizationRollupExportTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private OrganizationRollupViewModel rollup;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        rollup = new OrganizationRollupViewModel(
                fixture.engagements.organizations(false).get(0),
                fixture.engagements,
                fixture.assessments,
                Runnable::run,
                Runnable::run);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void exportIsDisabledUntilATeamIsRolledUp() {
        assertThat(rollup.exportDisabled().get()).isTrue();

        rollup.load().join();

        assertThat(rollup.exportDisabled().get()).isFalse();
    }

    @Test
    void exportWritesTheRollUpWorkbookAndSaysWhere() throws Exception {
        rollup.load().join();
        Path target = dir.resolve("acme.xlsx");

        Path written = rollup.export(target).join();

        assertThat(written).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(rollup.exportedProperty().get()).isEqualTo(written);
        assertThat(rollup.exportingProperty().get()).isFalse();
        assertThat(rollup.exportStatusProperty().get()).isEqualTo("Roll-up written to " + written);
        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            DataFormatter formatter = new DataFormatter();
            var summary = workbook.getSheet("Summary");
            assertThat(formatter.formatCellValue(summary.getRow(2).getCell(1))).isEqualTo("Acme");
            assertThat(formatter.formatCellValue(summary.getRow(10).getCell(0))).isEqualTo("Fraud models");
        }
    }

    @Test
    void pdfIsOfferedBesideXlsxAndNamedAfterTheOrganization() throws Exception {
        rollup.load().join();
        rollup.exportFormatProperty().set(ReportFormat.PDF);

        Path written = rollup.export(dir.resolve(rollup.suggestedFileName())).join();

        assertThat(rollup.exportFormats()).containsExactly(ReportFormat.XLSX, ReportFormat.PDF);
        assertThat(written.getFileName()).hasToString("acme-roll-up.pdf");
        assertThat(Files.readAllBytes(written)).startsWith("%PDF".getBytes());
    }

    @Test
    void aFailedExportSaysWhyAndWritesNothing() {
        rollup.load().join();
        Path target = dir.resolve("missing-folder").resolve("acme.xlsx");

        assertThatThrownBy(() -> rollup.export(target).join()).isInstanceOf(CompletionException.class);

        assertThat(rollup.exportStatusProperty().get())
                .startsWith("The roll-up was not written: folder ")
                .endsWith("does not exist");
        assertThat(rollup.exportedProperty().get()).isNull();
        assertThat(rollup.exportingProperty().get()).isFalse();
        assertThat(target.getParent()).doesNotExist();
    }
}
