package org.mlopsconsole.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report can be written in; not every one is built yet. */
public enum ReportFormat {
    XLSX(true),
    DOCX(true),
    PPTX(true),
    PDF(false);

    private final boolean available;

    ReportFormat(boolean available) {
        this.available = available;
    }

    public boolean isAvailable() {
        return available;
    }

    /** The file extension and command-line name: xlsx, docx, pptx or pdf. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> parse(String code) {
        return Arrays.stream(values())
                .filter(format -> format.code().equalsIgnoreCase(code.strip()))
                .findFirst();
    }

    public static List<ReportFormat> availableFormats() {
        return Arrays.stream(values()).filter(ReportFormat::isAvailable).toList();
    }
}
