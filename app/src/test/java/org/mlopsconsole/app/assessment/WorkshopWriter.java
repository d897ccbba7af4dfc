package org.mlopsconsole.app.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.app.workspace.Workspace;
import org.mlopsconsole.app.workspace.WorkspaceLocation;
import org.mlopsconsole.assessment.Rating;

/**
 * Run in a child process: rates questions in a workshop one by one, printing each, then waits to
 * be killed. The test kills it with SIGKILL, so no shutdown hook or close runs.
 */
public final class WorkshopWriter {

    private WorkshopWriter() {}

    public static void main(String[] args) throws Exception {
        int ratings = Integer.parseInt(args[1]);
        Workspace workspace = Workspace.open(new WorkspaceLocation(Path.of(args[0])));
        Clock clock = Clock.systemUTC();
        var engagements = new JdbcEngagementRepository(workspace.dataSource(), clock);
        var assessments = new JdbcAssessmentRepository(workspace.dataSource(), clock);
        Team team =
                engagements.createTeam(engagements.createOrganization("Acme").id(), "Fraud models");
        Assessment assessment = assessments.create(new NewAssessment(
                team.id(),
                "Baseline",
                "google-mlops",
                Optional.empty(),
                LocalDate.of(2026, 11, 23),
                "Ana",
                List.of(new NewAssessment.NewParticipant("Bruno", "data-scientist"))));
        Participant bruno = assessments.participants(assessment.id()).get(0);
        System.out.println("assessment " + assessment.id());
        for (int i = 0; i < ratings; i++) {
            assessments.rate(bruno.id(), "q" + i, Optional.of(Rating.values()[i % Rating.values().length]));
            assessments.setEvidence(assessment.id(), "q" + i, "evidence " + i);
            System.out.println("rated q" + i);
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
