package org.mlopsconsole.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.mlopsconsole.reports.internal.excel.BenchmarkWorkbook;
import org.mlopsconsole.reports.internal.excel.ReportWorkbook;
import org.mlopsconsole.reports.internal.excel.RollUpWorkbook;
import org.mlopsconsole.reports.internal.io.AtomicFiles;
import org.mlopsconsole.reports.internal.pdf.ReportPdf;
import org.mlopsconsole.reports.internal.pdf.RollUpPdf;
import org.mlopsconsole.reports.internal.slides.ReportDeck;
import org.mlopsconsole.reports.internal.word.ReportDocument;

/** Writes assessment reports. Files appear complete or not at all (temp file, then atomic move). */
public final class Reports {

    private Reports() {}

    /**
     * Writes the Excel report of {@code current} compared with {@code baseline}; the same as {@link
     * #writeComparison(ReportInput, ReportInput, ReportFormat, Path)} with {@link ReportFormat#XLSX}.
     */
    public static void writeComparison(ReportInput baseline, ReportInput current, Path target) throws IOException {
        writeComparison(baseline, current, ReportFormat.XLSX, target);
    }

    /**
     * Writes the report of {@code current} compared with {@code baseline}, an earlier assessment of
     * the same team on the same model. XLSX adds two sheets, Comparison (levels and scores per
     * dimension, before and now, with a chart) and Question changes; PDF adds a "Comparison with
     * <i>date</i>" section with the same table and chart and the questions whose aggregate changed;
     * the deck adds a slide with the levels and scores before and now.
     *
     * @throws IllegalArgumentException when the models differ or {@code format} has no comparison
     *     (see {@link ReportFormat#hasComparison()}); nothing is written then
     */
    public static void writeComparison(ReportInput baseline, ReportInput current, ReportFormat format, Path target)
            throws IOException {
        if (!format.hasComparison()) {
            throw new IllegalArgumentException(
                    "a comparison with a baseline is available as xlsx, pptx or pdf, not " + format.code());
        }
        if (!baseline.model().id().equals(current.model().id())) {
            throw new IllegalArgumentException("the baseline is an assessment of model \""
                    + baseline.model().id() + "\", not \"" + current.model().id() + "\"");
        }
        AtomicFiles.write(target, out -> {
            switch (format) {
                case PDF -> ReportPdf.write(current, Optional.of(baseline), out);
                case PPTX -> ReportDeck.write(current, Optional.of(baseline), out);
                default -> ReportWorkbook.write(current, Optional.of(baseline), out);
            }
        });
    }

    /** Writes the report in {@code format} to {@code target}, replacing it. */
    public static void write(ReportInput input, ReportFormat format, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(input, format, out));
    }

    /** Writes the report in {@code format} to {@code out}, which stays open. */
    public static void write(ReportInput input, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> ReportWorkbook.write(input, Optional.empty(), out);
            case DOCX -> ReportDocument.write(input, out);
            case PPTX -> ReportDeck.write(input, out);
            case PDF -> ReportPdf.write(input, out);
        }
    }

    /**
     * Writes the organization roll-up in {@code format} to {@code target}, replacing it: an Excel
     * workbook (Summary, Teams by dimension, Method) or a PDF board summary. Other formats throw
     * {@link IllegalArgumentException} before anything is written.
     */
    public static void writeRollUp(OrganizationRollUp rollUp, ReportFormat format, Path target) throws IOException {
        writeRollUp(rollUp, format, ReportOptions.defaults(), target);
    }

    /**
     * The roll-up with {@code options}: the PDF on the chosen paper with the consultancy in its
     * header and "Prepared by" under the title; the workbook names the consultancy on its Summary.
     */
    public static void writeRollUp(OrganizationRollUp rollUp, ReportFormat format, ReportOptions options, Path target)
            throws IOException {
        switch (format) {
            case XLSX -> AtomicFiles.write(target, out -> RollUpWorkbook.write(rollUp, options, out));
            case PDF -> AtomicFiles.write(target, out -> RollUpPdf.write(rollUp, options, out));
            default ->
                throw new IllegalArgumentException(
                        "the organization roll-up is written as xlsx or pdf, not " + format.code());
        }
    }

    /**
     * Writes benchmark results to {@code target} as an Excel workbook, replacing it: Results (every
     * point of every run), Machines (their fingerprints) and, when two runs are compared,
     * Comparison (B ÷ A per shared point with a native chart, and the fingerprint differences).
     */
    public static void writeBenchmarks(BenchmarkReport report, Path target) throws IOException {
        AtomicFiles.write(target, out -> BenchmarkWorkbook.write(report, out));
    }
}
