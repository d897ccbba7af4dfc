package org.mlopsconsole.app.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.reports.Engagement;
import org.mlopsconsole.reports.ReportInput;

/** Every assessment of a workspace with its team and organization: for lists, reports and the CLI. */
public final class AssessmentDirectory {

    /** One assessment with the names a report's cover needs. */
    public record Entry(Assessment assessment, Team team, Organization organization) {}

    /** An assessment ready to report: its model and everything rated in it, as saved. */
    public record Loaded(Entry entry, MaturityModel model, Responses responses) {

        /** The saved responses without ratings for questions the model no longer asks. */
        public ScorableResponses scorable() {
            return ScorableResponses.of(model, responses);
        }

        /** The report of this assessment, its cover taken from the workspace. */
        public ReportInput reportInput() {
            return ReportInput.of(
                    model,
                    scorable().responses(),
                    new Engagement(
                            entry.organization().name(),
                            entry.team().name(),
                            entry.assessment().facilitator(),
                            entry.assessment().date()));
        }
    }

    private final EngagementRepository engagements;
    private final JdbcAssessmentRepository assessments;

    public AssessmentDirectory(DataSource workspace) {
        this.engagements = new JdbcEngagementRepository(workspace, Clock.systemUTC());
        this.assessments = new JdbcAssessmentRepository(workspace, Clock.systemUTC());
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

    /**
     * Adds the respondents of {@code imported} to assessment {@code id}: a respondent whose id is
     * already there is replaced, the others are kept, as are the consensus and the targets. All in
     * one transaction: it is saved whole, or nothing changes.
     */
    public int mergeRespondents(long id, Responses imported) {
        Responses current = load(id).responses();
        Set<String> incoming = new HashSet<>();
        imported.respondents().forEach(r -> incoming.add(r.id()));
        List<Respondent> merged = new ArrayList<>();
        current.respondents().stream().filter(r -> !incoming.contains(r.id())).forEach(merged::add);
        merged.addAll(imported.respondents());
        assessments.replaceResponses(
                id, new Responses(current.model(), merged, current.consensus(), current.targets()));
        return imported.respondents().size();
    }

    /** The assessment {@code id}, or an {@link EngagementException} that says how to list them. */
    public Loaded load(long id) {
        Entry entry = all().stream()
                .filter(e -> e.assessment().id() == id)
                .findFirst()
                .orElseThrow(() -> new EngagementException("there is no assessment " + id
                        + " in this workspace ('mlops-console assess list' lists them)"));
        return new Loaded(entry, AssessmentModels.of(entry.assessment()), assessments.responses(id));
    }
}
