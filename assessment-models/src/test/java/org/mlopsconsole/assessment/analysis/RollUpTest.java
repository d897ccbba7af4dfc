package org.mlopsconsole.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mlopsconsole.assessment.TestModels.dimension;
import static org.mlopsconsole.assessment.TestModels.question;
import static org.mlopsconsole.assessment.TestModels.responses;
import static org.mlopsconsole.assessment.TestModels.staged;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Scorer;

/** Roll-up figures count rated verdicts only and name the teams without one. */
class RollUpTest {

    /** One dimension "d" with questions at levels 2 and 3, one dimension "e" at level 2. */
    private static final MaturityModel MODEL =
            staged(dimension("d", 1, question("a", 2), question("b", 3)), dimension("e", 1, question("c", 2)));

    @ParameterizedTest(name = "teams {0}: median level {1}, score {2}, weakest {3}, not rated {4}")
    @CsvSource(
            delimiter = ';',
            nullValues = "none",
            value = {
                // each team's a/b ratings; d's median level; median score; weakest; not rated
                "FI/FI,FI/NI,NI/NI;2;50.0;T3;", // levels 3, 2, 1
                "FI/FI,FI/NI;2;75.0;T2;", // lower middle of 3 and 2
                "FI/FI,NA/NA,NI/NI;1;50.0;T3;T2 (not applicable)", // NA never counts as the top level
                "FI/FI,-/-,NA/-;3;100.0;T1;T2 (not assessed),T3 (not assessed)",
                "NA/NA,-/-;none;none;;T1 (not applicable),T2 (not assessed)",
                "NI/FI,NI/FI;1;50.0;T1,T2;" // tied on level and score: both weakest
            })
    void dimensionFiguresCountRatedTeamsOnlyAndNameTheOthers(
            String teams, Integer medianLevel, String medianScore, String weakest, String notRated) {
        RollUp rollUp = RollUp.of(MODEL, teams(teams));

        RollUp.DimensionFigures d = rollUp.dimensions().get(0);
        assertThat(d.medianLevel().map(Level::id)).isEqualTo(java.util.Optional.ofNullable(medianLevel));
        assertThat(ScoreText.of(d.medianScore())).isEqualTo(medianScore == null ? "n/a" : medianScore);
        assertThat(d.weakestTeams()).containsExactlyElementsOf(list(weakest));
        assertThat(d.notRated()).extracting(RollUp.NotRated::text).containsExactlyElementsOf(list(notRated));
    }

    @Test
    void overallMedianIsOverTheRatedTeamsAndTheOthersAreNamed() {
        RollUp rollUp = RollUp.of(MODEL, teams("FI/FI,FI/NI,NA/NA"));
        // T3 rated c FI, so it is rated overall: e at level 2, d not applicable
        assertThat(rollUp.medianOverallLevel().map(Level::id)).contains(2);
        assertThat(rollUp.ratedTeams()).isEqualTo(3);

        RollUp nothing = RollUp.of(MODEL, List.of(team("T1", "NA", "NA", "NA")));
        assertThat(nothing.medianOverallLevel()).isEmpty();
        assertThat(nothing.medianOverallScore()).isEmpty();
        assertThat(nothing.notRatedOverall()).extracting(RollUp.NotRated::text).containsExactly("T1 (not applicable)");
        assertThat(nothing.weakestDimensions(3)).isEmpty();
        assertThat(nothing.dimensions().get(0).weakestText()).isEqualTo("not rated: T1 (not applicable)");
    }

    @Test
    void weakestDimensionsHaveTheLowestMedianLevelThenScore() {
        RollUp rollUp = RollUp.of(MODEL, teams("FI/FI,FI/FI"));
        // d at level 3, e at level 2
        assertThat(rollUp.weakestDimensions(1))
                .extracting(figures -> figures.dimension().id())
                .containsExactly("e");
    }

    @Test
    void aTeamOfAnotherModelIsRefused() {
        MaturityModel other = staged(dimension("x", 1, question("x1", 2)));
        RollUp.Team stranger = new RollUp.Team("T9", Scorer.score(other, responses(Map.of("x1", "FI"))));
        assertThatThrownBy(() -> RollUp.of(MODEL, List.of(stranger)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimensions x");
    }

    /** Teams T1, T2, ... from "a/b" pairs separated by commas; c is FI unless a is NA. */
    private static List<RollUp.Team> teams(String pairs) {
        List<RollUp.Team> teams = new ArrayList<>();
        String[] each = pairs.split(",");
        for (int i = 0; i < each.length; i++) {
            String[] ab = each[i].split("/");
            teams.add(team("T" + (i + 1), ab[0], ab[1], ab[0].equals("NA") ? "FI" : "FI"));
        }
        return teams;
    }

    private static RollUp.Team team(String name, String a, String b, String c) {
        return new RollUp.Team(name, Scorer.score(MODEL, responses(Map.of("a", a, "b", b, "c", c))));
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
    }

    /** Median scores as outputs print them. */
    private static final class ScoreText {
        static String of(java.util.OptionalDouble score) {
            return org.mlopsconsole.assessment.ScoreReportFormat.scoreText(MODEL.scoring(), score);
        }
    }
}
