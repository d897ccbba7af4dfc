package org.mlopsconsole.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.mlopsconsole.reports.internal.excel.ReportWorkbook;
import org.mlopsconsole.reports.internal.io.AtomicFiles;
import org.mlopsconsole.reports.internal.pdf.ReportPdf;
import org.mlopsconsole.reports.internal.slides.ReportDeck;
import org.mlopsconsole.reports.internal.word.ReportDocument;

/** Writes assessment reports. Files appear complete or not at all (temp file, then atomic move). */
public final class Reports {

    private Reports() {}

    /** Writes the report in {@code format} to {@code target}, replacing it. */
    public static void write(ReportInput input, ReportFormat format, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(input, format, out));
    }

    /** Writes the report in {@code format} to {@code out}, which stays open. */
    public static void write(ReportInput input, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> ReportWorkbook.write(input, out);
            case DOCX -> ReportDocument.write(input, out);
            case PPTX -> ReportDeck.write(input, out);
            case PDF -> ReportPdf.write(input, out);
        }
    }
}
