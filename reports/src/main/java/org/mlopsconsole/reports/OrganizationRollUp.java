package org.mlopsconsole.reports;

import java.time.LocalDate;
import java.util.List;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.RollUp;

/**
 * An organization rolled up from its teams, as {@link Reports#writeRollUp} prints it: each team's
 * latest assessment, all scored on the same model.
 *
 * @param organization the organization's name, for the title
 * @param model the model every team was scored on
 * @param teams one result per team, in the order the report lists them; at least one
 * @param date the date the roll-up is made, printed on it
 * @param leftOut the teams not rolled up, each with the reason, named in the file
 */
public record OrganizationRollUp(
        String organization, MaturityModel model, List<TeamResult> teams, LocalDate date, List<LeftOut> leftOut) {

    /** A roll-up that leaves no team out. */
    public OrganizationRollUp(String organization, MaturityModel model, List<TeamResult> teams, LocalDate date) {
        this(organization, model, teams, date, List.of());
    }

    /** A team the roll-up does not count, and why: "its latest assessment used model google-mlops". */
    public record LeftOut(String team, String reason) {
        public LeftOut {
            team = require(team, "the left-out team's name").strip();
            reason = require(reason, "why team \"" + team + "\" is left out").strip();
        }
    }

    /** "Team B (its latest assessment used model google-mlops)", joined by semicolons; empty when none. */
    public String leftOutText() {
        return String.join(
                "; ",
                leftOut.stream()
                        .map(out -> out.team() + " (" + out.reason() + ")")
                        .toList());
    }

    /**
     * One team's latest assessment on the model: its name, when it was assessed, its score, and the
     * assessment's title, which the files print so readers know which assessment was used (empty
     * when unknown).
     */
    public record TeamResult(String team, LocalDate assessedOn, ScoreReport score, String title) {

        /** A team result without the assessment's title. */
        public TeamResult(String team, LocalDate assessedOn, ScoreReport score) {
            this(team, assessedOn, score, "");
        }

        /** "Fraud baseline, 2026-11-02", or the date alone without a title. */
        public String assessmentText() {
            return title.isEmpty() ? assessedOn.toString() : title + ", " + assessedOn;
        }

        public TeamResult {
            title = title == null ? "" : title.strip();
            if (team == null || team.isBlank()) {
                throw new IllegalArgumentException("a team of a roll-up needs a name");
            }
            team = team.strip();
            require(assessedOn, "the assessment date of team \"" + team + "\"");
            require(score, "the score of team \"" + team + "\"");
        }
    }

    public OrganizationRollUp {
        organization = require(organization, "the organization's name").strip();
        require(model, "the model");
        require(date, "the roll-up's date");
        require(teams, "the teams");
        for (int i = 0; i < teams.size(); i++) {
            require(teams.get(i), "team " + (i + 1) + " of the roll-up");
        }
        teams = List.copyOf(teams);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        if (teams.isEmpty()) {
            throw new IllegalArgumentException(
                    "a roll-up of \"" + organization + "\" needs at least one assessed team; it has none");
        }
        figures(model, teams);
    }

    /** The roll-up's figures (medians over the teams rated, weakest teams and dimensions), computed afresh. */
    public RollUp figures() {
        return figures(model, teams);
    }

    /** Also checks that every team was scored on {@code model}, naming the first that was not. */
    private static RollUp figures(MaturityModel model, List<TeamResult> teams) {
        return RollUp.of(
                model,
                teams.stream()
                        .map(team -> new RollUp.Team(team.team(), team.score()))
                        .toList());
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }
}
