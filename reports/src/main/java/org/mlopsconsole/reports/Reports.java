package org.mlopsconsole.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.mlopsconsole.reports.internal.excel.ReportWorkbook;
import org.mlopsconsole.reports.internal.io.AtomicFiles;
import org.mlopsconsole.reports.internal.slides.ReportDeck;
import org.mlopsconsole.reports.internal.word.ReportDocument;

/** Writes assessment reports. Files appear complete or not at all (temp file, then atomic move). */
public final class Reports {

    private Reports() {}

    /**
     * Writes the report in {@code format} to {@code target}, replacing it; throws {@link
     * FormatNotAvailableException} before touching the disk when the format is not built yet.
     */
    public static void write(ReportInput input, ReportFormat format, Path target) throws IOException {
        requireAvailable(format);
        AtomicFiles.write(target, out -> write(input, format, out));
    }

    /** Writes the report in {@code format} to {@code out}, which stays open. */
    public static void write(ReportInput input, ReportFormat format, OutputStream out) throws IOException {
        requireAvailable(format);
        switch (format) {
            case XLSX -> ReportWorkbook.write(input, out);
            case DOCX -> ReportDocument.write(input, out);
            case PPTX -> ReportDeck.write(input, out);
            default -> throw new FormatNotAvailableException(format);
        }
    }

    private static void requireAvailable(ReportFormat format) {
        if (!format.isAvailable()) {
            throw new FormatNotAvailableException(format);
        }
    }
}
