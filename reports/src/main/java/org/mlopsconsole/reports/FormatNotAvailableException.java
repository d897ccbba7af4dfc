package org.mlopsconsole.reports;

import java.util.stream.Collectors;

/** A report format that is not built yet was asked for; nothing has been written. */
public final class FormatNotAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FormatNotAvailableException(ReportFormat format) {
        super("the " + format.code() + " report format is not available yet; available: "
                + ReportFormat.availableFormats().stream()
                        .map(ReportFormat::code)
                        .collect(Collectors.joining(", ")));
    }
}
