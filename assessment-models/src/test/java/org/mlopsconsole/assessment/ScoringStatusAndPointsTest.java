package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlopsconsole.assessment.ScoringRulesTest.levelOf;
import static org.mlopsconsole.assessment.TestModels.dimension;
import static org.mlopsconsole.assessment.TestModels.question;
import static org.mlopsconsole.assessment.TestModels.responses;
import static org.mlopsconsole.assessment.TestModels.staged;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules d (status), the pass-through of rule e, rule h (points-minimum) and the output's shape. */
class ScoringStatusAndPointsTest {

    private static final MaturityModel THREE_QUESTIONS =
            staged(dimension("d", 1, question("a", 2), question("b", 3), question("c", 4)));

    @ParameterizedTest(name = "ratings {0}, {1}, {2}: {3}, level {4}")
    @CsvSource({
        "FI, NI, -,  rated, 2",
        "NA, NA, NA, not-applicable, -1",
        "-,  -,  -,  not-assessed, -1",
        "NA, -,  NA, not-assessed, -1", // nothing applicable, but not everything NA
        "NA, NA, NI, rated, 1",
        "-,  PI, -,  rated, 1"
    })
    void dimensionStatusFollowsItsApplicableRatings(String a, String b, String c, String status, int level) {
        DimensionScore dimension = Scorer.score(THREE_QUESTIONS, responses(Map.of("a", a, "b", b, "c", c)))
                .dimensions()
                .get(0);
        assertThat(dimension.status().code()).isEqualTo(status);
        assertThat(levelOf(dimension.level())).isEqualTo(level);
        if (!dimension.isRated()) {
            assertThat(dimension.score()).isEmpty();
            assertThat(dimension.gap()).isEmpty();
            assertThat(dimension.nextSteps()).isEmpty();
        }
    }

    @ParameterizedTest(name = "dimension 1 {0}, dimension 2 {1}: overall {2}, level {3}")
    @CsvSource({
        "FI, NI, rated, 1",
        "FI, NA, rated, 2", // the not-applicable dimension is left out of the level
        "FI, -,  rated, 2", // and so is the not-assessed one
        "NA, NA, not-applicable, -1",
        "NA, -,  not-assessed, -1",
        "-,  -,  not-assessed, -1"
    })
    void overallStatusAndLevelComeFromTheRatedDimensionsOnly(String first, String second, String status, int level) {
        MaturityModel model = staged(dimension("d1", 1, question("x", 2)), dimension("d2", 1, question("y", 2)));
        OverallScore overall =
                Scorer.score(model, responses(Map.of("x", first, "y", second))).overall();
        assertThat(overall.status().code()).isEqualTo(status);
        assertThat(levelOf(overall.level())).isEqualTo(level);
        assertThat(overall.score().isPresent()).isEqualTo(overall.isRated());
    }

    @ParameterizedTest(name = "ratings {0}, {1}, {2}: next steps {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "FI;NA;NI;c", // level 3 holds only NA: the next step is at level 4
                "NI;FI;NI;a", // the lowest unsatisfied level above the given floor
                "FI;FI;FI;",
                "FI;-;-;b"
            })
    void nextStepsAreAtTheLowestLevelAboveTheGivenOneThatHasAny(String a, String b, String c, String expected) {
        List<String> next = Scorer.score(THREE_QUESTIONS, responses(Map.of("a", a, "b", b, "c", c)))
                .dimensions()
                .get(0)
                .nextSteps();
        assertThat(next).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(",")));
    }

    /** The ML Test Score's bands: 0; (0,1]; (1,2]; (2,3]; (3,5]; above 5. */
    private static final List<Level> BANDS = List.of(
            new Level(0, "Research project", "", 0),
            new Level(1, "Not totally untested", "", 0),
            new Level(2, "First pass", "", 1),
            new Level(3, "Reasonably tested", "", 2),
            new Level(4, "Strongly tested", "", 3),
            new Level(5, "Exceptional", "", 5));

    private static MaturityModel pointsModel(Dimension... dimensions) {
        return TestModels.pointsMinimum(
                BANDS,
                new RatingScale(
                        List.of(Rating.FI, Rating.PI, Rating.NI, Rating.NA),
                        Map.of(Rating.FI, "Automated", Rating.PI, "Manual"),
                        Map.of()),
                dimensions);
    }

    private static final MaturityModel SECTIONS = pointsModel(
            dimension("s1", 1, question("a1", 0), question("a2", 0), question("a3", 0)),
            dimension("s2", 1, question("b1", 0), question("b2", 0)));

    @ParameterizedTest(name = "s1 {0}, s2 {1}: s1 score {2}, overall {3}, level {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                "FI,FI,FI;FI,FI;3;2;2", // section sums 3 and 2, the minimum is 2: band (1,2]
                "FI,PI,NI;FI,FI;1.5;1.5;2",
                "PI,PI,NI;FI,NI;1;1;1", // exactly 1 is in (0,1]: minScore must be strictly below
                "NI,NI,NI;FI,FI;0;0;0", // score 0: the floor
                "FI,NA,NA;PI,-;1;0.5;1", // NA left out, unanswered worth 0
                "NA,NA,NA;FI,LI;-1;1.5;2" // a not-applicable section is left out of the minimum
            })
    void pointsMinimumSumsPointsPerSectionAndTakesTheLowestSection(
            String first, String second, double firstScore, double overall, int level) {
        String[] a = first.split(",");
        String[] b = second.split(",");
        Map<String, String> ratings = new LinkedHashMap<>();
        ratings.put("a1", a[0]);
        ratings.put("a2", a[1]);
        ratings.put("a3", a[2]);
        ratings.put("b1", b[0]);
        ratings.put("b2", b[1]);
        ScoreReport report = Scorer.score(SECTIONS, responses(ratings));
        DimensionScore s1 = report.dimensions().get(0);
        if (firstScore < 0) {
            assertThat(s1.status()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
        } else {
            assertThat(s1.score()).hasValue(firstScore);
        }
        assertThat(report.overall().score()).hasValue(overall);
        assertThat(levelOf(report.overall().level())).isEqualTo(level);
    }

    @Test
    void pointsMinimumNextStepsAreTheQuestionsNotRatedFiOrNa() {
        ScoreReport report = Scorer.score(SECTIONS, responses(Map.of("a1", "FI", "a2", "PI", "a3", "NA", "b1", "NI")));
        assertThat(report.dimensions().get(0).nextSteps()).containsExactly("a2");
        assertThat(report.dimensions().get(1).nextSteps()).containsExactly("b1", "b2");
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({"3.5, 3.5", "3.25, 3.25", "4, 4", "0.125, 0.13", "0, 0"})
    void pointsMinimumScoresPrintWithUpToTwoDecimals(double score, String expected) {
        assertThat(ScoreReportFormat.round(ScoringMethod.POINTS_MINIMUM, score).toPlainString())
                .isEqualTo(expected);
    }

    @Test
    void ratingScaleRelabelsAndRestrictsWhileKeepingStandardDefaults() {
        RatingScale scale = SECTIONS.ratingScale();
        assertThat(scale.offers(Rating.LI)).isFalse();
        assertThat(scale.label(Rating.FI)).isEqualTo("Automated");
        assertThat(scale.label(Rating.NI)).isEqualTo("Not implemented");
        assertThat(scale.points(Rating.PI)).isEqualTo(0.5);
    }

    @Test
    void jsonNamesTheStatusAndTheMethodVersionAndNullsTheLevelOfWhatIsNotRated() {
        MaturityModel model = staged(dimension("d1", 1, question("x", 2)), dimension("d2", 1, question("y", 2)));
        String json = ScoreReportFormat.json(Scorer.score(model, responses(Map.of("x", "FI", "y", "NA"))));
        assertThat(json)
                .startsWith("{\"model\":\"test\",\"scoring\":\"staged\",\"methodVersion\":\"2\","
                        + "\"overall\":{\"status\":\"rated\",\"level\":2,\"levelName\":\"Repeatable\",\"score\":100.0}")
                .contains("{\"id\":\"d2\",\"name\":\"Dimension d2\",\"status\":\"not-applicable\","
                        + "\"level\":null,\"levelName\":null,\"score\":null,\"target\":null,\"gap\":null,"
                        + "\"nextSteps\":[]}");
    }
}
