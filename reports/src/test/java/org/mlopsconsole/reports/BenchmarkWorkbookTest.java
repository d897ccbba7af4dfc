package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkWorkbookTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    Path dir;

    @Test
    void twoComparedRunsGiveResultsMachinesAndAComparisonWithItsChart() throws IOException {
        BenchmarkReport.Run fp32 = run("fp32", "cpu A", 23.0, 36.14);
        BenchmarkReport.Run int8 = run("int8", "cpu B", 44.6, 19.76);
        BenchmarkReport report = new BenchmarkReport(
                List.of(fp32, int8),
                Optional.of(new BenchmarkReport.Comparison(
                        "fp32",
                        "int8",
                        List.of(new BenchmarkReport.Ratio(
                                "concurrency 1, batch 1", 23.0, 44.6, 1.9391, 0.5468, 0.51, Double.NaN, true)),
                        List.of(new BenchmarkReport.Difference("cpuModel", "cpu A", "cpu B")))));
        Path file = dir.resolve("bench.xlsx");

        Reports.writeBenchmarks(report, file);

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Results");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Machines");
            XSSFSheet results = workbook.getSheet("Results");
            assertThat(text(results, 2, 0)).isEqualTo("int8");
            assertThat(text(results, 2, 2)).isEqualTo("44.60");
            assertThat(text(results, 2, 3)).isEqualTo("19.76");
            XSSFSheet machines = workbook.getSheet("Machines");
            assertThat(text(machines, 0, 2)).isEqualTo("int8");
            assertThat(text(machines, 2, 0)).isEqualTo("CPU");
            assertThat(text(machines, 2, 2)).isEqualTo("cpu B");

            XSSFSheet comparison = workbook.getSheet("Comparison");
            assertThat(text(comparison, 4, 0)).isEqualTo("concurrency 1, batch 1");
            assertThat(text(comparison, 4, 3)).isEqualTo("1.94");
            assertThat(text(comparison, 4, 6))
                    .as("a ratio without a base stays blank")
                    .isEmpty();
            assertThat(column(comparison, 0)).contains("The fingerprints differ in", "cpuModel");
            List<XDDFChartData> charts =
                    comparison.getDrawingPatriarch().getCharts().get(0).getChartSeries();
            assertThat(charts.get(0).getSeriesCount()).isEqualTo(2);
            assertThat(workbook.getActiveSheetIndex()).isEqualTo(2);
        }
    }

    @Test
    void oneRunAloneHasNoComparisonSheet() throws IOException {
        Path file = dir.resolve("one.xlsx");

        Reports.writeBenchmarks(new BenchmarkReport(List.of(run("fp32", "cpu", 1, 1)), Optional.empty()), file);

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheet("Comparison")).isNull();
        }
    }

    private static BenchmarkReport.Run run(String label, String cpu, double throughput, double p50) {
        return new BenchmarkReport.Run(
                label,
                "2026-12-01T10:00:00Z",
                List.of(new BenchmarkReport.Fact("CPU", cpu), new BenchmarkReport.Fact("Target", "minilm.onnx")),
                List.of(new BenchmarkReport.Point(
                        "concurrency 1, batch 1", throughput, p50, p50 * 2, p50 * 2, p50 * 3, p50 * 4, 0, true, 3)));
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> texts = new java.util.ArrayList<>();
        for (int row = 0; row <= sheet.getLastRowNum(); row++) {
            texts.add(text(sheet, row, column));
        }
        return texts;
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row) == null
                ? ""
                : TEXT.formatCellValue(sheet.getRow(row).getCell(column));
    }
}
