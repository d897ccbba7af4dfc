package org.mlopsconsole.reports.internal.excel;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.reports.BenchmarkReport;

/**
 * Benchmark results: Results (every run's points), Machines (every run's fingerprint) and, for two
 * runs compared, Comparison (B ÷ A per shared point, with a chart, and the fingerprint differences).
 */
public final class BenchmarkWorkbook {

    public static final String RESULTS = "Results";
    public static final String MACHINES = "Machines";
    public static final String COMPARISON = "Comparison";

    /** Row (0-based) of the Comparison table's header: the labels of A and B stand above it. */
    static final int COMPARISON_HEADER = 3;

    private final BenchmarkReport report;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Cells cells = new Cells(workbook);
    /** Ratios and milliseconds need two decimals where the report's scores have one. */
    private final CellStyle twoDecimals = workbook.createCellStyle();

    {
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    private BenchmarkWorkbook(BenchmarkReport report) {
        this.report = report;
    }

    public static void write(BenchmarkReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new BenchmarkWorkbook(report).build()) {
            workbook.write(out);
        }
    }

    private XSSFWorkbook build() {
        results();
        machines();
        report.comparison().ifPresent(this::comparison);
        workbook.setActiveSheet(report.comparison().isPresent() ? 2 : 0);
        return workbook;
    }

    private void results() {
        XSSFSheet sheet = workbook.createSheet(RESULTS);
        Cells.widths(sheet, 28, 38, 12, 10, 10, 10, 10, 10, 8, 8, 8);
        cells.header(
                sheet.createRow(0),
                "Run",
                "Point",
                "Infer/s",
                "p50 ms",
                "p90 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "Errors",
                "Stable",
                "Trials");
        int rowIndex = 1;
        for (BenchmarkReport.Run run : report.runs()) {
            for (BenchmarkReport.Point point : run.points()) {
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, run.label());
                cells.text(row, 1, point.point());
                double[] figures = {point.throughput(), point.p50(), point.p90(), point.p95(), point.p99(), point.max()
                };
                for (int i = 0; i < figures.length; i++) {
                    decimal(row, 2 + i, figures[i]);
                }
                cells.integer(row, 8, (int) Math.min(Integer.MAX_VALUE, point.errors()));
                cells.text(row, 9, point.stable() ? "yes" : "no");
                cells.integer(row, 10, point.trials());
            }
        }
        Sheets.table(sheet, 0, rowIndex - 1, 11);
        Sheets.printFitToWidth(sheet);
    }

    private void machines() {
        XSSFSheet sheet = workbook.createSheet(MACHINES);
        int[] widths = new int[report.runs().size() + 1];
        java.util.Arrays.fill(widths, 48);
        widths[0] = 26;
        Cells.widths(sheet, widths);
        Row header = sheet.createRow(0);
        cells.header(header, "Field");
        for (int run = 0; run < report.runs().size(); run++) {
            cells.text(header, run + 1, report.runs().get(run).label(), cells.headerStyle());
        }
        // Fields in the first run's order, then any only later runs have.
        java.util.Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        rows.put("Started", 1);
        for (BenchmarkReport.Run run : report.runs()) {
            run.fingerprint().forEach(fact -> rows.putIfAbsent(fact.name(), rows.size() + 1));
        }
        rows.forEach((name, index) -> cells.label(sheet.createRow(index), 0, name));
        for (int run = 0; run < report.runs().size(); run++) {
            BenchmarkReport.Run each = report.runs().get(run);
            cells.wrappedText(sheet.getRow(1), run + 1, each.startedAt());
            for (BenchmarkReport.Fact fact : each.fingerprint()) {
                cells.wrappedText(sheet.getRow(rows.get(fact.name())), run + 1, fact.value());
            }
        }
        Sheets.table(sheet, 0, rows.size(), report.runs().size() + 1);
        Sheets.printFitToWidth(sheet);
    }

    private void comparison(BenchmarkReport.Comparison comparison) {
        XSSFSheet sheet = workbook.createSheet(COMPARISON);
        Cells.widths(sheet, 38, 12, 12, 12, 10, 10, 10, 10);
        Row a = sheet.createRow(0);
        cells.label(a, 0, "A");
        cells.text(a, 1, comparison.labelA());
        Row b = sheet.createRow(1);
        cells.label(b, 0, "B");
        cells.text(b, 1, comparison.labelB());
        cells.header(
                sheet.createRow(COMPARISON_HEADER),
                "Point",
                "A infer/s",
                "B infer/s",
                "B ÷ A throughput",
                "B ÷ A p50",
                "B ÷ A p95",
                "B ÷ A p99",
                "Both stable");
        int rowIndex = COMPARISON_HEADER + 1;
        double largest = 1;
        for (BenchmarkReport.Ratio ratio : comparison.rows()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, ratio.point());
            cells.number(row, 1, ratio.throughputA());
            cells.number(row, 2, ratio.throughputB());
            double[] ratios = {ratio.throughputRatio(), ratio.p50Ratio(), ratio.p95Ratio(), ratio.p99Ratio()};
            for (int i = 0; i < ratios.length; i++) {
                if (Double.isFinite(ratios[i])) {
                    decimal(row, 3 + i, ratios[i]);
                    largest = Math.max(largest, i == 0 || i == 3 ? ratios[i] : 0);
                }
            }
            cells.text(row, 7, ratio.bothStable() ? "yes" : "no");
        }
        int last = rowIndex - 1;
        int below = last + 2;
        if (!comparison.rows().isEmpty()) {
            Sheets.table(sheet, COMPARISON_HEADER, last, 8);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            int height = Math.max(16, comparison.rows().size() * 3 + 8);
            Charts.bars(
                    drawing,
                    drawing.createAnchor(0, 0, 0, 0, 0, below, 8, below + height),
                    "B ÷ A per point: throughput and p99 latency (1 = the same)",
                    new Charts.Table(sheet, COMPARISON_HEADER + 1, last, 0),
                    Math.ceil(largest * 1.1 * 4) / 4,
                    3,
                    6);
            below += height + 1;
        } else {
            cells.text(
                    sheet.createRow(COMPARISON_HEADER + 1),
                    0,
                    "The two runs share no point (load, batch and settings).");
        }
        differences(sheet, below, comparison);
    }

    private void decimal(Row row, int column, double value) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(twoDecimals);
    }

    private void differences(XSSFSheet sheet, int first, BenchmarkReport.Comparison comparison) {
        cells.title(
                sheet.createRow(first),
                0,
                comparison.differences().isEmpty() ? "The fingerprints are the same" : "The fingerprints differ in");
        if (comparison.differences().isEmpty()) {
            return;
        }
        cells.header(sheet.createRow(first + 1), "Field", "A", "B");
        int rowIndex = first + 2;
        for (BenchmarkReport.Difference difference : comparison.differences()) {
            Row row = sheet.createRow(rowIndex++);
            cells.text(row, 0, difference.field());
            cells.wrappedText(row, 1, difference.a());
            cells.wrappedText(row, 2, difference.b());
        }
    }
}
