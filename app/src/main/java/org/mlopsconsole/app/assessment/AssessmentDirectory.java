package org.mlopsconsole.app.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.reports.Engagement;
import org.mlopsconsole.reports.EngagementContext;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentEntry;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.Evidence;
import org.mlopsconsole.workspace.ImportMode;
import org.mlopsconsole.workspace.ImportResult;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Plans;
import org.mlopsconsole.workspace.RolesAndTools;
import org.mlopsconsole.workspace.ScorableResponses;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Versioned;
import org.mlopsconsole.workspace.Workspace;

/** Every assessment of a workspace with its team and organization: for lists, reports and the CLI. */
public final class AssessmentDirectory {

    /** One assessment with the names a report's cover needs. */
    public record Entry(Assessment assessment, Team team, Organization organization) {}

    /**
     * An assessment ready to report: its model, everything rated in it, its evidence, improvement
     * plan and risk overrides, as saved, and what its engagement (the organization) mapped in Roles
     * & Tools: the RACI, the tool inventory and the challenge register.
     */
    public record Loaded(
            Entry entry,
            MaturityModel model,
            Responses responses,
            EvidenceBook evidence,
            ImprovementPlan plan,
            Map<String, RiskOverride> riskOverrides,
            EngagementContext engagementContext) {

        /** The saved responses without ratings for questions the model no longer asks. */
        public ScorableResponses scorable() {
            return ScorableResponses.of(model, responses);
        }

        /** The report of this assessment, its cover taken from the workspace. */
        public ReportInput reportInput() {
            return withRecorded(ReportInput.of(
                    model,
                    scorable().responses(),
                    new Engagement(
                            entry.organization().name(),
                            entry.team().name(),
                            entry.assessment().facilitator(),
                            entry.assessment().date())));
        }

        /**
         * {@code input} with what the workspace recorded beside the ratings: evidence, plan, risk
         * overrides, and the engagement's RACI, tool coverage and challenges.
         */
        public ReportInput withRecorded(ReportInput input) {
            return input.withEvidence(evidence)
                    .withPlan(plan)
                    .withRiskOverrides(riskOverrides)
                    .withEngagementContext(engagementContext);
        }
    }

    private final Assessments assessments;
    private final Evidence evidence;
    private final Plans plans;
    private final RolesAndTools rolesAndTools;

    public AssessmentDirectory(Workspace workspace) {
        this.assessments = workspace.assessments();
        this.evidence = workspace.evidence();
        this.plans = workspace.plans();
        this.rolesAndTools = workspace.rolesAndTools();
    }

    /** Every assessment, archived ones included, by organization, team and date. */
    public List<Entry> all() {
        return assessments.all().stream()
                .map(e -> new Entry(e.assessment(), e.team(), e.organization()))
                .toList();
    }

    /**
     * Adds the respondents of {@code imported} to assessment {@code id}, matched by exact name; a
     * respondent who already has answers is refused (nothing changes) unless {@code mode} replaces.
     * One transaction, read and saved together.
     */
    public ImportResult mergeRespondents(long id, Responses imported, ImportMode mode) {
        return assessments.importResponses(id, imported, mode);
    }

    /** The id of the assessment {@code id} follows, when it is a follow-up. */
    public Optional<Long> previous(long id) {
        return plans.previous(id).map(Assessment::id);
    }

    /** The assessment {@code id}, or an {@link EngagementException} that names the id. */
    public Loaded load(long id) {
        AssessmentEntry entry = assessments.entry(id);
        Entry found = new Entry(entry.assessment(), entry.team(), entry.organization());
        return new Loaded(
                found,
                AssessmentModels.of(entry.assessment()),
                assessments.responses(id),
                evidence.book(id),
                plans.plan(id),
                plans.riskOverrides(id),
                engagementContext(entry.organization().id()));
    }

    /** The organization's RACI (checked), inventory (with coverage and suggestions) and challenges. */
    private EngagementContext engagementContext(long organizationId) {
        return EngagementContext.of(
                rolesAndTools.raci(organizationId).map(Versioned::value),
                rolesAndTools.inventory(organizationId).map(Versioned::value),
                rolesAndTools.challenges(organizationId).value());
    }
}
