package org.mlopsconsole.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.reports.OrganizationRollUp.TeamResult;

/**
 * Times the organization roll-up in xlsx and pdf for 20 teams on the bundled practices model (13
 * dimensions, 3 participants each), warm; with a folder argument it also leaves both files there to
 * look at. A program, not a test: it prints figures.
 *
 * <p>Run: {@code java -cp <test classpath> org.mlopsconsole.reports.RollUpBenchmark [iterations [folder]]}
 */
public final class RollUpBenchmark {

    private static final int TEAMS = 20;

    private RollUpBenchmark() {}

    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        OrganizationRollUp rollUp = twentyTeams();
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("rollup-benchmark");
        Files.createDirectories(folder);
        for (ReportFormat format : List.of(ReportFormat.XLSX, ReportFormat.PDF)) {
            Path file = folder.resolve("sample-rollup." + format.code());
            double[] millis = ReportBenchmark.time(iterations, () -> Reports.writeRollUp(rollUp, format, file));
            System.out.printf(
                    Locale.ROOT,
                    "%-40s runs %d  min %.0f ms  p50 %.0f ms  max %.0f ms  (%,d bytes)%n",
                    format.code() + " roll-up, " + TEAMS + " teams x 13 dimensions",
                    millis.length,
                    millis[0],
                    millis[millis.length / 2],
                    millis[millis.length - 1],
                    Files.size(file));
            if (args.length < 2) {
                Files.delete(file);
            }
        }
        if (args.length < 2) {
            Files.delete(folder);
        }
    }

    static OrganizationRollUp twentyTeams() {
        MaturityModel model = TestAssessments.practicesModel();
        List<TeamResult> teams = new ArrayList<>();
        for (int t = 1; t <= TEAMS; t++) {
            var responses = TestAssessments.randomResponses(model, t, "Ana", "Bruno", "Carla");
            teams.add(new TeamResult("Team " + t, LocalDate.of(2026, 11, t), Scorer.score(model, responses)));
        }
        return new OrganizationRollUp("Acme Bank", model, teams, LocalDate.of(2026, 11, 23));
    }
}
