package org.mlopsconsole.app.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Rolls an organization up from its teams, for the Assessments section and the command line alike:
 * each team's latest assessment (by date, then the one created last; archived teams and
 * assessments left out), on the bundled model most of those latest assessments use, or the one
 * asked for. Custom models are never rolled up: two teams' custom models need not be alike.
 */
public final class OrganizationRollups {

    /** A team and its latest assessment. */
    public record Latest(Team team, Assessment assessment) {}

    /** A team's latest assessment, scored. */
    public record Scored(Team team, Assessment assessment, ScoreReport score) {}

    /** What rolling an organization up gave: its teams on one model, or why there is nothing to roll. */
    public sealed interface Outcome permits Rolled, NothingToRoll {}

    /**
     * The organization's teams on {@code model}, in the organization's team order; {@code leftOut}
     * are the teams whose latest assessment used another model.
     */
    public record Rolled(Organization organization, MaturityModel model, List<Scored> teams, List<Latest> leftOut)
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
                            .map(latest -> new OrganizationRollUp.LeftOut(
                                    latest.team().name(),
                                    "its latest assessment used "
                                            + (latest.assessment().customModel().isPresent()
                                                    ? "the custom model "
                                                    : "model ")
                                            + latest.assessment().modelId()))
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

    /** The roll-up on the model most teams' latest assessments use (the first team's on a tie). */
    public Outcome roll(Organization organization) {
        return roll(organization, Optional.empty());
    }

    /** The roll-up on {@code modelId}, or without it on the model most teams' latest assessments use. */
    public Outcome roll(Organization organization, Optional<String> modelId) {
        List<Latest> latest = latest(organization);
        if (latest.isEmpty()) {
            return new NothingToRoll(organization.name() + " has no assessed team yet.");
        }
        Map<String, Long> byModel = countByModel(latest);
        if (byModel.isEmpty()) {
            return new NothingToRoll("Only custom models were used: teams cannot be rolled up.");
        }
        Optional<String> missing = modelId.filter(id -> !byModel.containsKey(id));
        if (missing.isPresent()) {
            return new NothingToRoll("No team of " + organization.name() + " has its latest assessment on model \""
                    + missing.get() + "\"; the latest assessments use " + describe(byModel) + ".");
        }
        String chosen = modelId.orElseGet(() -> byModel.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey());
        List<Latest> used = new ArrayList<>();
        List<Latest> leftOut = new ArrayList<>();
        for (Latest team : latest) {
            (isBundled(team, chosen) ? used : leftOut).add(team);
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

    /** "google-mlops (2 teams), mlops-practices (1 team)". */
    public static String describe(Map<String, Long> teamsByModel) {
        return teamsByModel.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue() + (entry.getValue() == 1 ? " team)" : " teams)"))
                .collect(Collectors.joining(", "));
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

    private static boolean isBundled(Latest team, String modelId) {
        return team.assessment().modelId().equals(modelId)
                && team.assessment().customModel().isEmpty();
    }
}
