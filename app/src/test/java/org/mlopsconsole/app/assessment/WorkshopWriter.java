package org.mlopsconsole.app.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/**
 * Run in a child process: rates questions in a workshop one by one, printing each, then waits to
 * be killed. The test kills it with SIGKILL, so no shutdown hook or close runs.
 */
public final class WorkshopWriter {

    private WorkshopWriter() {}

    public static void main(String[] args) throws Exception {
        int ratings = Integer.parseInt(args[1]);
        Workspace workspace = Workspaces.open(new WorkspaceLocation.Folder(Path.of(args[0])));
        Clock clock = Clock.systemUTC();
        var engagements = workspace.engagements();
        var assessments = workspace.assessments();
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
            assessments.rate(
                    bruno.id(), "q" + i, Optional.empty(), Optional.of(Rating.values()[i % Rating.values().length]));
            assessments.setEvidence(assessment.id(), "q" + i, "", "evidence " + i);
            System.out.println("rated q" + i);
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
