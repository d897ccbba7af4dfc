package org.mlopsconsole.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report can be written in. */
public enum ReportFormat {
    XLSX,
    DOCX,
    PPTX,
    PDF;

    /** The file extension and command-line name: xlsx, docx, pptx or pdf. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@link Reports#writeComparison} can compare with a baseline in this format (xlsx, pptx, pdf). */
    public boolean hasComparison() {
        return this != DOCX;
    }

    public static Optional<ReportFormat> parse(String code) {
        return Arrays.stream(values())
                .filter(format -> format.code().equalsIgnoreCase(code.strip()))
                .findFirst();
    }
}
