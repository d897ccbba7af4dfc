package org.mlopsconsole.app.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.app.assessment.Assessment;
import org.mlopsconsole.app.assessment.AssessmentModels;
import org.mlopsconsole.app.assessment.EngagementRepository;
import org.mlopsconsole.app.assessment.JdbcAssessmentRepository;
import org.mlopsconsole.app.assessment.JdbcEngagementRepository;
import org.mlopsconsole.app.assessment.Organization;
import org.mlopsconsole.app.assessment.Team;
import org.mlopsconsole.app.workspace.Workspace;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;

/** The assessments of a workspace as the command line sees them: with their team and organization. */
public final class WorkspaceAssessments {

    /** One assessment with the names a report's cover needs. */
    public record Entry(Assessment assessment, Team team, Organization organization) {}

    /** An assessment ready to report: its model and everything rated in it. */
    public record Loaded(Entry entry, MaturityModel model, Responses responses) {}

    private final EngagementRepository engagements;
    private final JdbcAssessmentRepository assessments;

    public WorkspaceAssessments(Workspace workspace) {
        this.engagements = new JdbcEngagementRepository(workspace.dataSource(), Clock.systemUTC());
        this.assessments = new JdbcAssessmentRepository(workspace.dataSource(), Clock.systemUTC());
    }

    /** Every assessment, archived ones included, by organization, team and date. */
    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (Organization organization : engagements.organizations(true)) {
            for (Team team : engagements.teams(organization.id(), true)) {
                for (Assessment assessment : assessments.forTeam(team.id(), true)) {
                    entries.add(new Entry(assessment, team, organization));
                }
            }
        }
        return entries;
    }

    /** The assessment {@code id}, or a {@link UserInputException} that says how to list them. */
    public Loaded load(long id) {
        Entry entry = all().stream()
                .filter(e -> e.assessment().id() == id)
                .findFirst()
                .orElseThrow(() -> new UserInputException(
                        "there is no assessment " + id + " in this workspace; 'mlops-console assess list' lists them"));
        return new Loaded(entry, AssessmentModels.of(entry.assessment()), assessments.responses(id));
    }
}
