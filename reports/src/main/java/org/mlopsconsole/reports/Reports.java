package org.mlopsconsole.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
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
     * Writes the Excel report of {@code current} with two more sheets comparing it with {@code
     * baseline}, an earlier assessment of the same team on the same model: Comparison (levels and
     * scores per dimension, before and now, with a chart) and Question changes.
     */
    public static void writeComparison(ReportInput baseline, ReportInput current, Path target) throws IOException {
        if (!baseline.model().id().equals(current.model().id())) {
            throw new IllegalArgumentException("the baseline is an assessment of model \""
                    + baseline.model().id() + "\", not \"" + current.model().id() + "\"");
        }
        AtomicFiles.write(target, out -> ReportWorkbook.write(current, Optional.of(baseline), out));
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
        switch (format) {
            case XLSX -> AtomicFiles.write(target, out -> RollUpWorkbook.write(rollUp, out));
            case PDF -> AtomicFiles.write(target, out -> RollUpPdf.write(rollUp, out));
            default ->
                throw new IllegalArgumentException(
                        "the organization roll-up is written as xlsx or pdf, not " + format.code());
        }
    }
}
