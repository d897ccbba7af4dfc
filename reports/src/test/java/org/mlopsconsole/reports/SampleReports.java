package org.mlopsconsole.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a sample report in every available format into the folder given as argument, to look at by hand. */
public final class SampleReports {

    private SampleReports() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(folder);
        for (ReportFormat format : ReportFormat.values()) {
            Path report = folder.resolve("sample-report." + format.code());
            Reports.write(TestAssessments.practicesInput(), format, report);
            System.out.println("Wrote " + report.toAbsolutePath());
        }
    }
}
