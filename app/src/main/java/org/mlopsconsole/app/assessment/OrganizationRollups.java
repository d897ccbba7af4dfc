package org.mlopsconsole.app.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.analysis.RollUp;
import org.mlopsconsole.reports.OrganizationRollUp;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.ScorableResponses;
import org.mlopsconsole.workspace.Team;

/**
 * Rolls an organization up from its teams, for the Assessments section and the command line alike.
 *
 * <p>The model is the one asked for or, without one, the bundled model most teams have been
 * assessed on: each team counts once for every model among its assessments that are not archived,
 * so a team whose newest assessment moved to another model still counts for the one it was rated
 * on before. A tie goes to the model met first, reading the teams in order and each team's
 * assessments newest first (so the first team's latest model wins it).
 *
 * <p>Each team then brings its latest assessment <em>on that model</em> (by date, then the one
 * created last), not its latest overall; a team with none on it is left out and named with the
 * reason. Archived teams and assessments are never counted. Custom models are never rolled up: two
 * teams' custom models need not be alike.
 */
public final class OrganizationRollups {

    /** A team and its latest assessment. */
    public record Latest(Team team, Assessment assessment) {}

    /** A team the roll-up leaves out: its latest assessment, and why in words. */
    public record LeftOut(Team team, Assessment latest, String reason) {}

    /** A team's latest assessment on the roll-up's model, scored. */
    public record Scored(Team team, Assessment assessment, ScoreReport score) {}

    /** What rolling an organization up gave: its teams on one model, or why there is nothing to roll. */
    public sealed interface Outcome permits Rolled, NothingToRoll {}

    /**
     * The organization's teams on {@code model}, in the organization's team order, each with its
     * latest assessment on it; {@code leftOut} are the teams with no assessment on {@code model}.
     */
    public record Rolled(Organization organization, MaturityModel model, List<Scored> teams, List<LeftOut> leftOut)
            implements Outcome {

        public Rolled {
            teams = List.copyOf(teams);
            leftOut = List.copyOf(leftOut);
        }

        /** The analysis' roll-up of these teams: the figures the view shows and the report prints. */
        public RollUp rollUp() {
            return report(organization.name(), LocalDate.now()).figures();
        }

        /** The input of the roll-up report, named {@code organizationName} and dated {@code date}. */
        public OrganizationRollUp report(String organizationName, LocalDate date) {
            return new OrganizationRollUp(
                    organizationName,
                    model,
                    teams.stream()
                            .map(scored -> new OrganizationRollUp.TeamResult(
                                    scored.team().name(), scored.assessment().date(), scored.score()))
                            .toList(),
                    date,
                    leftOut.stream()
                            .map(out ->
                                    new OrganizationRollUp.LeftOut(out.team().name(), out.reason()))
                            .toList());
        }
    }

    /** Nothing to roll up; {@code reason} says why in a sentence. */
    public record NothingToRoll(String reason) implements Outcome {}

    /** An organization, how many of its teams were assessed and the models of their latest assessments. */
    public record Overview(Organization organization, int teams, int assessedTeams, Map<String, Long> latestModels) {}

    private final Engagements engagements;
    private final Assessments assessments;

    public OrganizationRollups(Engagements engagements, Assessments assessments) {
        this.engagements = engagements;
        this.assessments = assessments;
    }

    /** Every organization, archived ones included, with its teams counted. */
    public List<Overview> overviews() {
        List<Overview> overviews = new ArrayList<>();
        for (Organization organization : engagements.organizations(true)) {
            List<Latest> latest = latest(organization);
            overviews.add(new Overview(
                    organization,
                    engagements.teams(organization.id(), false).size(),
                    latest.size(),
                    countByModel(latest)));
        }
        return overviews;
    }

    /** Organization {@code id}, archived or not, or an {@link EngagementException} that says how to list them. */
    public Organization organization(long id) {
        return engagements.organizations(true).stream()
                .filter(organization -> organization.id() == id)
                .findFirst()
                .orElseThrow(() -> new EngagementException("there is no organization " + id
                        + " in this workspace ('mlops-console assess organizations' lists them)"));
    }

    /** The roll-up on the model most teams were assessed on (see the class comment). */
    public Outcome roll(Organization organization) {
        return roll(organization, Optional.empty());
    }

    /** The roll-up on {@code modelId}, or without it on the model most teams were assessed on. */
    public Outcome roll(Organization organization, Optional<String> modelId) {
        List<TeamAssessments> teams = assessedTeams(organization);
        if (teams.isEmpty()) {
            return new NothingToRoll(organization.name() + " has no assessed team yet.");
        }
        Map<String, Long> byModel = teamsPerModel(teams);
        if (byModel.isEmpty()) {
            return new NothingToRoll("Only custom models were used: teams cannot be rolled up.");
        }
        Optional<String> missing = modelId.filter(id -> !byModel.containsKey(id));
        if (missing.isPresent()) {
            return new NothingToRoll("No team of " + organization.name() + " has an assessment on model \""
                    + missing.get() + "\"; its teams were assessed on " + describe(byModel) + ".");
        }
        String chosen = modelId.orElseGet(() -> byModel.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey());
        List<Latest> used = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (TeamAssessments team : teams) {
            team.latestOn(chosen)
                    .ifPresentOrElse(
                            assessment -> used.add(new Latest(team.team(), assessment)),
                            () -> leftOut.add(team.leftOutOf(chosen)));
        }
        MaturityModel model = AssessmentModels.of(used.get(0).assessment());
        List<Scored> scored = used.stream()
                .map(team -> new Scored(
                        team.team(),
                        team.assessment(),
                        Scorer.score(
                                model,
                                ScorableResponses.of(
                                                model,
                                                assessments.responses(
                                                        team.assessment().id()))
                                        .responses())))
                .toList();
        return new Rolled(organization, model, scored, leftOut);
    }

    /** A team's assessments that are not archived, oldest first (by date, then the one created last). */
    private record TeamAssessments(Team team, List<Assessment> assessments) {

        Assessment latest() {
            return assessments.get(assessments.size() - 1);
        }

        /** The bundled models of its assessments, newest first, each once. */
        Set<String> bundledModels() {
            Set<String> models = new LinkedHashSet<>();
            for (int i = assessments.size() - 1; i >= 0; i--) {
                if (assessments.get(i).customModel().isEmpty()) {
                    models.add(assessments.get(i).modelId());
                }
            }
            return models;
        }

        Optional<Assessment> latestOn(String modelId) {
            for (int i = assessments.size() - 1; i >= 0; i--) {
                if (isBundled(assessments.get(i), modelId)) {
                    return Optional.of(assessments.get(i));
                }
            }
            return Optional.empty();
        }

        /** "no assessment on model google-mlops; its latest uses model mlops-practices". */
        LeftOut leftOutOf(String modelId) {
            Assessment latest = latest();
            return new LeftOut(
                    team,
                    latest,
                    "no assessment on model " + modelId + "; its latest uses "
                            + (latest.customModel().isPresent() ? "the custom model " : "model ")
                            + latest.modelId());
        }
    }

    /** "Assessments used: Fraud models: Baseline (2026-11-23); Credit risk: Follow-up (2027-02-01)." */
    public static String assessmentsUsed(Rolled rolled) {
        return "Assessments used: "
                + rolled.teams().stream()
                        .map(scored -> scored.team().name() + ": "
                                + scored.assessment().title() + " ("
                                + scored.assessment().date() + ")")
                        .collect(Collectors.joining("; "))
                + ".";
    }

    /** "google-mlops (2 teams), mlops-practices (1 team)". */
    public static String describe(Map<String, Long> teamsByModel) {
        return teamsByModel.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue() + (entry.getValue() == 1 ? " team)" : " teams)"))
                .collect(Collectors.joining(", "));
    }

    private List<TeamAssessments> assessedTeams(Organization organization) {
        List<TeamAssessments> teams = new ArrayList<>();
        for (Team team : engagements.teams(organization.id(), false)) {
            List<Assessment> ofTeam = assessments.forTeam(team.id(), false);
            if (!ofTeam.isEmpty()) {
                teams.add(new TeamAssessments(team, ofTeam));
            }
        }
        return teams;
    }

    /** Teams per bundled model they have an assessment on; in the order the class comment gives for ties. */
    private static Map<String, Long> teamsPerModel(List<TeamAssessments> teams) {
        return teams.stream()
                .flatMap(team -> team.bundledModels().stream())
                .collect(Collectors.groupingBy(model -> model, LinkedHashMap::new, Collectors.counting()));
    }

    private List<Latest> latest(Organization organization) {
        return assessments.latestPerTeam(organization.id()).stream()
                .map(latest -> new Latest(latest.team(), latest.assessment()))
                .toList();
    }

    /** Latest assessments per bundled model, in team order; custom models are not counted. */
    private static Map<String, Long> countByModel(List<Latest> latest) {
        return latest.stream()
                .map(Latest::assessment)
                .filter(assessment -> assessment.customModel().isEmpty())
                .collect(Collectors.groupingBy(Assessment::modelId, LinkedHashMap::new, Collectors.counting()));
    }

    private static boolean isBundled(Assessment assessment, String modelId) {
        return assessment.modelId().equals(modelId) && assessment.customModel().isEmpty();
    }
}
