package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mlopsconsole.assessment.TestModels.continuous;
import static org.mlopsconsole.assessment.TestModels.dimension;
import static org.mlopsconsole.assessment.TestModels.question;
import static org.mlopsconsole.assessment.TestModels.responses;
import static org.mlopsconsole.assessment.TestModels.staged;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringRulesTest {

    private static final MaturityModel ONE_QUESTION = staged(dimension("d", 1, question("q", 2)));

    /** The level's id, or -1 for none. */
    static int levelOf(java.util.Optional<Level> level) {
        return level.map(Level::id).orElse(-1);
    }

    private static QuestionScore scoreOne(String ratings, String consensus) {
        Map<String, Rating> agreed =
                consensus == null || consensus.isEmpty() ? Map.of() : Map.of("q", Rating.valueOf(consensus));
        return Scorer.score(ONE_QUESTION, responses(Map.of("q", ratings == null ? "" : ratings), agreed, Map.of()))
                .questions()
                .get(0);
    }

    @ParameterizedTest(name = "ratings [{0}] consensus [{1}] aggregate to {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "FI;;FI",
                "NI,FI;;NI", // even count: the lower of the two middle values
                "PI,LI,FI;;LI",
                "FI,NI,LI,PI;;PI", // sorted NI PI LI FI, lower middle PI
                "NI,NI,FI,FI;;NI",
                "NA,LI,FI;;LI", // NA left out, then even count
                "NA,NA;;NA", // every rating NA
                "NA,-,NA;;NA",
                "'';;unanswered", // nobody rated it
                "-,-;;unanswered",
                "NI,NI;FI;FI", // consensus wins
                "'';PI;PI",
                "FI,FI;NA;NA"
            })
    void aggregatedRatingIsConsensusElseLowerMedianOfNonNaRatings(String ratings, String consensus, String expected) {
        assertThat(scoreOne(ratings, consensus).ratingCode()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ratings [{0}] consensus [{1}]: disagreement {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "NI,LI;;true", // two steps
                "NI,FI;;true",
                "PI,FI;;true",
                "NI,PI;;false", // one step
                "LI,FI,LI;;false",
                "NA,NI,PI;;false", // NA is off the scale
                "NA,FI;;false",
                "'';;false",
                "NI,LI;LI;true" // consensus does not clear the flag
            })
    void disagreementFlagsRatingsTwoOrMoreStepsApart(String ratings, String consensus, boolean expected) {
        assertThat(scoreOne(ratings, consensus).disagreement()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ratings [{0}]: ratedBy {1}")
    @CsvSource(
            delimiter = ';',
            value = {"FI,NA,-,NI;3", "-,-;0", "NA;1"})
    void ratedByCountsRespondentsWhoGaveAnyRatingIncludingNa(String ratings, int expected) {
        assertThat(scoreOne(ratings, "").ratedBy()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pass {0}, aggregated {1}: level {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "FI LI;FI;2",
                "FI LI;LI;2",
                "FI LI;PI;1",
                "FI LI;NI;1",
                "FI LI;NA;-1", // NA is satisfied, but a dimension rated only NA gets no level
                "FI;LI;1", // a stricter model
                "FI LI PI;PI;2",
                "FI LI;-;-1" // unanswered: the dimension is not assessed
            })
    void questionIsSatisfiedWhenItsRatingPassesOrIsNa(String passRatings, String rating, int expectedLevel) {
        EnumSet<Rating> pass = EnumSet.noneOf(Rating.class);
        for (String code : passRatings.split(" ")) {
            pass.add(Rating.valueOf(code));
        }
        MaturityModel model = TestModels.model(ScoringMethod.STAGED, pass, dimension("d", 1, question("q", 2)));
        ScoreReport report = Scorer.score(model, responses(Map.of("q", rating)));
        assertThat(levelOf(report.dimensions().get(0).level())).isEqualTo(expectedLevel);
    }

    @ParameterizedTest(name = "levels 2,3,4 rated {0}, {1}, {2}: level {3}")
    @CsvSource({
        "FI, FI, FI, 4", // capped at the highest level with a question, not 5
        "FI, FI, PI, 3",
        "FI, PI, FI, 2", // a gap at 3 stops the walk
        "PI, FI, FI, 1", // never below the floor
        "NA, NA, LI, 4",
        "-,  FI, FI, 1",
        "FI, NA, NA, 2", // levels 3 and 4 hold only NA: passed through, never given
        "NA, FI, NA, 3",
        "FI, NA, PI, 2"
    })
    void stagedLevelIsHighestLevelWithEveryQuestionAtOrBelowSatisfied(
            String atTwo, String atThree, String atFour, int expected) {
        MaturityModel model = staged(dimension("d", 1, question("q4", 4), question("q2", 2), question("q3", 3)));
        ScoreReport report = Scorer.score(model, responses(Map.of("q2", atTwo, "q3", atThree, "q4", atFour)));
        assertThat(levelOf(report.dimensions().get(0).level())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "level 2 {0}, level 4 {1}: level {2}")
    @CsvSource({
        "FI, FI, 4",
        "FI, NI, 2", // level 3 has no question: passed through, never given
        "NI, FI, 1"
    })
    void stagedLevelPassesThroughLevelsWithoutQuestionsButNeverGivesThem(String atTwo, String atFour, int expected) {
        MaturityModel model = staged(dimension("d", 1, question("q2", 2), question("q4", 4)));
        ScoreReport report = Scorer.score(model, responses(Map.of("q2", atTwo, "q4", atFour)));
        assertThat(levelOf(report.dimensions().get(0).level())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "weights 1,2,1 rated {0},{1},{2}: score {3}")
    @CsvSource({
        "FI, LI, NI, 58.333333", // 100 × (1 + 2×2/3 + 0) / 4
        "FI, FI, FI, 100",
        "NA, LI, PI, 55.555556", // NA left out: 100 × (2×2/3 + 1/3) / 3
        "-,  FI, NA, 66.666667", // unanswered counts as 0: 100 × 2 / 3
        "NA, NA, NA, NaN" // null when all are NA
    })
    void dimensionScoreIsWeightedMeanOfQuestionValuesWithoutNa(String a, String b, String c, double expected) {
        MaturityModel model = staged(dimension("d", 1, question("a", 2, 1), question("b", 3, 2), question("c", 4, 1)));
        OptionalDouble score = Scorer.score(model, responses(Map.of("a", a, "b", b, "c", c)))
                .dimensions()
                .get(0)
                .score();
        if (Double.isNaN(expected)) {
            assertThat(score).isEmpty();
        } else {
            assertThat(score.getAsDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @ParameterizedTest(name = "dimension ratings {0} and {1}: overall {2}")
    @CsvSource({
        "FI, NI, 25", // weights 1 and 3: (100×1 + 0×3) / 4
        "NA, PI, 33.333333", // the all-NA dimension is skipped
        "NA, NA, NaN"
    })
    void overallScoreIsDimensionScoresWeightedByDimensionWeight(String first, String second, double expected) {
        MaturityModel model = staged(dimension("d1", 1, question("a", 2)), dimension("d2", 3, question("b", 2)));
        OptionalDouble score = Scorer.score(model, responses(Map.of("a", first, "b", second)))
                .overall()
                .score();
        if (Double.isNaN(expected)) {
            assertThat(score).isEmpty();
        } else {
            assertThat(score.getAsDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @ParameterizedTest(name = "dimension levels from {0}, {1}: overall {2}")
    @CsvSource({"FI, FI, 2", "FI, PI, 1", "PI, FI, 2", "PI, PI, 1"})
    void stagedOverallLevelIsLowestDimensionLevel(String first, String second, int expected) {
        MaturityModel model =
                staged(dimension("d1", 1, question("a2", 2), question("a3", 3)), dimension("d2", 1, question("b2", 2)));
        Map<String, String> ratings = new LinkedHashMap<>();
        ratings.put("a2", "FI");
        ratings.put("a3", first);
        ratings.put("b2", second);
        assertThat(levelOf(Scorer.score(model, responses(ratings)).overall().level()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "ratings {0}: score {1}, level {2}")
    @CsvSource({
        "'NI,NI,NI', 0, 1",
        "'PI,NI,NI', 11.1, 1",
        "'LI,NI,NI', 22.2, 2", // minScore 20 reached
        "'FI,PI,NI', 44.4, 3",
        "'FI,LI,NI', 55.6, 3",
        "'FI,FI,NI', 66.7, 4",
        "'FI,FI,LI', 88.9, 5",
        "'NA,NA,NA', -1, -1" // no score and no level: not applicable
    })
    void continuousLevelIsHighestLevelWhoseMinScoreIsReached(String ratings, double score, int level) {
        String[] codes = ratings.split(",");
        MaturityModel model = continuous(dimension("d", 1, question("a", 1), question("b", 1), question("c", 1)));
        ScoreReport report = Scorer.score(model, responses(Map.of("a", codes[0], "b", codes[1], "c", codes[2])));
        assertThat(levelOf(report.dimensions().get(0).level())).isEqualTo(level);
        assertThat(levelOf(report.overall().level())).isEqualTo(level);
        String expectedScore =
                score < 0 ? "n/a" : ScoreReportFormat.round(score).toPlainString();
        assertThat(
                        report.overall().score().isPresent()
                                ? ScoreReportFormat.round(
                                                report.overall().score().getAsDouble())
                                        .toPlainString()
                                : "n/a")
                .isEqualTo(expectedScore);
    }

    @ParameterizedTest(name = "ratings {0}, target {1}: gap {2}, next {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "FI,NI,PI,FI,NI;4;2;b3,c3", // reached 2, level 3 unsatisfied b3 and c3 in definition order
                "FI,FI,FI,NI,FI;4;1;d4",
                "FI,FI,FI,FI,FI;3;0;", // at its top (level 4): nothing next, target passed
                "NI,FI,FI,FI,FI;5;4;a2", // reached floor 1, target 5
                "FI,FI,LI,NI,NI;2;0;d4,e4" // above target: gap 0, next steps all the same
            })
    void gapCountsLevelsToTargetAndNextStepsListUnsatisfiedQuestionsOfNextLevel(
            String ratings, int target, int gap, String nextSteps) {
        String[] codes = ratings.split(",");
        MaturityModel model = staged(dimension(
                "d", 1, question("a2", 2), question("b3", 3), question("c3", 3), question("d4", 4), question("e4", 4)));
        Map<String, String> byQuestion =
                Map.of("a2", codes[0], "b3", codes[1], "c3", codes[2], "d4", codes[3], "e4", codes[4]);
        DimensionScore dimension = Scorer.score(model, responses(byQuestion, Map.of(), Map.of("d", target)))
                .dimensions()
                .get(0);
        assertThat(dimension.target()).hasValue(target);
        assertThat(dimension.gap()).hasValue(gap);
        assertThat(dimension.nextSteps())
                .containsExactlyElementsOf(nextSteps == null ? List.of() : List.of(nextSteps.split(",")));
    }

    @Test
    void targetAndGapAreEmptyWithoutTarget() {
        DimensionScore dimension = Scorer.score(ONE_QUESTION, responses(Map.of("q", "PI")))
                .dimensions()
                .get(0);
        assertThat(dimension.target()).isEqualTo(OptionalInt.empty());
        assertThat(dimension.gap()).isEqualTo(OptionalInt.empty());
        assertThat(dimension.nextSteps()).containsExactly("q");
    }

    @Test
    void gapCountsModelLevelsWhenIdsStartAtZero() {
        List<Level> levels =
                List.of(new Level(0, "Manual", "", 0), new Level(1, "Pipeline", "", 0), new Level(2, "CI/CD", "", 0));
        MaturityModel model = new MaturityModel(
                1,
                "test",
                "t",
                "1",
                "s",
                "",
                ScoringMethod.STAGED,
                EnumSet.of(Rating.FI, Rating.LI),
                levels,
                List.of(dimension("d", 1, question("p", 1), question("c", 2))));
        DimensionScore dimension = Scorer.score(
                        model, responses(Map.of("p", "NI", "c", "FI"), Map.of(), Map.of("d", 2)))
                .dimensions()
                .get(0);
        assertThat(levelOf(dimension.level())).isZero();
        assertThat(dimension.gap()).hasValue(2);
        assertThat(dimension.nextSteps()).containsExactly("p");
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"55.55, 55.6", "66.66666666, 66.7", "12.25, 12.3", "0.05, 0.1", "0.04999, 0.0", "100, 100.0"})
    void scoresRoundHalfUpToOneDecimal(double score, String expected) {
        assertThat(ScoreReportFormat.round(score).toPlainString()).isEqualTo(expected);
    }

    @Test
    void responsesThatDoNotFitTheModelAreRefusedWithEveryMismatch() {
        Responses wrong = new Responses(
                "other",
                List.of(new Respondent("r1", "", "", Map.of("zz", Rating.FI), Map.of("yy", "note"))),
                Map.of("xx", Rating.NI),
                Map.of("nope", 2, "d", 9));
        assertThat(Scorer.mismatches(ONE_QUESTION, wrong))
                .containsExactly(
                        "the responses are for model \"other\", not \"test\"",
                        "respondent r1 rates unknown question \"zz\"",
                        "respondent r1 notes unknown question \"yy\"",
                        "consensus names unknown question \"xx\"",
                        "target 9 for dimension \"d\" is not a level of the model",
                        "targets name unknown dimension \"nope\"");
        assertThatThrownBy(() -> Scorer.score(ONE_QUESTION, wrong)).isInstanceOf(IllegalArgumentException.class);
    }
}
