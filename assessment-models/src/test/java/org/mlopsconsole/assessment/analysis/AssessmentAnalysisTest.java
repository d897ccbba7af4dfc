package org.mlopsconsole.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlopsconsole.assessment.TestModels.continuous;
import static org.mlopsconsole.assessment.TestModels.dimension;
import static org.mlopsconsole.assessment.TestModels.question;
import static org.mlopsconsole.assessment.TestModels.responses;
import static org.mlopsconsole.assessment.TestModels.staged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.TestModels;

class AssessmentAnalysisTest {

    /** One staged dimension "d" with a question at each of levels 2, 3 (two) and 4; the risk tests share it. */
    static final MaturityModel LADDER =
            staged(dimension("d", 1, question("a", 2), question("b", 3), question("b2", 3), question("c", 4)));

    @ParameterizedTest(name = "a {0}, b {1}, b2 {2}, c {3}, target {4}: {5}")
    @CsvSource(
            delimiter = ';',
            nullValues = "none",
            value = {
                // a; b; b2; c; target; roadmap (question:label)
                "NI;NI;NI;NI;none;a:next-level", // without a target: the next level only
                "NI;NI;NI;NI;4;a:next-level,b:toward-target,b2:toward-target,c:toward-target",
                "NI;NI;NI;NI;3;a:next-level,b:toward-target,b2:toward-target",
                "NI;NI;NI;NI;2;a:next-level", // the next level reaches the target
                "FI;PI;FI;NI;4;b:next-level,c:toward-target", // satisfied questions are never items
                "FI;NA;NA;NI;4;c:next-level", // level 3 is all NA: passed through, c is next
                "FI;FI;FI;NI;1;c:next-level", // at or above the target: still the next level
                "FI;FI;FI;FI;4;", // at the top: nothing left
                "NA;NA;NA;NA;4;", // not applicable: no items
                "-;-;-;-;4;" // not assessed: no items
            })
    void roadmapListsTheNextLevelThenTheRestUpToTheTarget(
            String a, String b, String b2, String c, Integer target, String expected) {
        Responses responses = responses(
                Map.of("a", a, "b", b, "b2", b2, "c", c), Map.of(), target == null ? Map.of() : Map.of("d", target));

        List<String> roadmap = AssessmentAnalysis.of(LADDER, responses).roadmap().stream()
                .map(item -> item.question().id() + ":" + item.label())
                .toList();

        assertThat(roadmap).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(",")));
    }

    @Test
    void everyDimensionsNextLevelComesBeforeAnyTowardTargetItemLargestGapFirstThenHeaviest() {
        MaturityModel model = staged(
                dimension("light", 1, question("l2", 2), question("l3", 3)),
                dimension("heavy", 3, question("h2", 2), question("h3", 3)),
                dimension("far", 1, question("f2", 2), question("f3", 3), question("f4", 4)));
        Responses responses = responses(
                Map.of("l2", "NI", "l3", "NI", "h2", "NI", "h3", "NI", "f2", "NI", "f3", "NI", "f4", "NI"),
                Map.of(),
                Map.of("light", 3, "far", 4));

        List<String> roadmap = AssessmentAnalysis.of(model, responses).roadmap().stream()
                .map(item -> item.question().id() + ":" + item.label())
                .toList();

        // gaps: far 3, light 2, heavy none (weight 3)
        assertThat(roadmap)
                .containsExactly(
                        "f2:next-level",
                        "l2:next-level",
                        "h2:next-level",
                        "f3:toward-target",
                        "f4:toward-target",
                        "l3:toward-target");
    }

    @ParameterizedTest(name = "{0}: strongest {1}, weakest {2}")
    @CsvSource(
            delimiter = ';',
            nullValues = "none",
            value = {
                // one question per dimension w, x, y, z (continuous); strongest; weakest
                "FI,LI,PI,NI;w,x;z,y", // four rated: two each, never shared
                "PI,FI,NI,LI;x,z;y,w",
                "FI,FI,FI,FI;z,y;w,x", // ties keep model order, still disjoint
                "FI,NA,PI,NI;w;z", // three rated: one each
                "FI,NA,-,NI;w;z", // two rated: one each
                "FI,NA,NA,-;none;none", // one rated: neither
                "NA,NA,NA,NA;none;none"
            })
    void strongestAndWeakestEachTakeAtMostHalfTheRatedDimensionsSoTheyNeverShareOne(
            String ratings, String strongest, String weakest) {
        String[] codes = ratings.split(",");
        MaturityModel model = continuous(
                dimension("w", 1, question("w1", 2)),
                dimension("x", 1, question("x1", 2)),
                dimension("y", 1, question("y1", 2)),
                dimension("z", 1, question("z1", 2)));
        Responses responses = responses(Map.of("w1", codes[0], "x1", codes[1], "y1", codes[2], "z1", codes[3]));

        AssessmentAnalysis analysis = AssessmentAnalysis.of(model, responses);

        assertThat(ids(analysis.strongest())).containsExactlyElementsOf(list(strongest));
        assertThat(ids(analysis.weakest())).containsExactlyElementsOf(list(weakest));
        analysis.weakest().forEach(weak -> assertThat(analysis.strongest()).doesNotContain(weak));
    }

    @Test
    void stagedStrongestAndWeakestRankByLevelBeforeScore() {
        // p holds the overall level at 1 although its score is the highest but one
        MaturityModel model = staged(
                dimension("p", 1, question("p2", 2), question("p3", 3), question("p3b", 3)),
                dimension("q", 1, question("q2", 2)),
                dimension("r", 1, question("r2", 2), question("r3", 3)),
                dimension("s", 1, question("s2", 2), question("s3", 3)));
        Responses responses = responses(Map.of(
                "p2", "PI", "p3", "FI", "p3b", "FI", "q2", "FI", "r2", "FI", "r3", "PI", "s2", "FI", "s3", "NI"));

        AssessmentAnalysis analysis = AssessmentAnalysis.of(model, responses);

        assertThat(ids(analysis.weakest())).containsExactly("p", "s");
        assertThat(ids(analysis.strongest())).containsExactly("q", "r");
        assertThat(analysis.overall().reason()).isEqualTo("Held at level 1 (Initial) by Dimension p.");
    }

    @ParameterizedTest(name = "a {0}, b {1}, b2 {2}, c {3}: {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FI|PI|-|NI|Held back from level 3 (Defined) by: Statement b (b, rated PI); Statement b2 (b2, not answered).",
                "NI|FI|FI|FI|Held back from level 2 (Repeatable) by: Statement a (a, rated NI).",
                "FI|FI|FI|FI|Nothing holds it back: every question is satisfied or NA.",
                "FI|FI|FI|NA|Nothing holds it back: every question is satisfied or NA. The levels above 3 have no applicable question here.",
                "NA|NA|NA|NA|Not applicable: every question is rated NA, so the dimension has no level and counts for nothing overall.",
                "-|NA|-|-|Not assessed: no question is rated FI, LI, PI or NI yet, so the dimension has no level."
            })
    void stagedReasonsLeadWithTheQuestionsTextAndNeverGiveALevelWithoutOne(
            String a, String b, String b2, String c, String reason) {
        DimensionVerdict verdict = AssessmentAnalysis.of(LADDER, responses(Map.of("a", a, "b", b, "b2", b2, "c", c)))
                .dimensions()
                .get(0);

        assertThat(verdict.reason()).isEqualTo(reason);
        if (!verdict.isRated()) {
            assertThat(verdict.levelText()).isEqualTo(verdict.status().words());
            assertThat(verdict.scoreText()).isEqualTo("n/a");
            assertThat(verdict.heldBackBy()).isEmpty();
        }
    }

    @Test
    void continuousReasonNamesTheThresholdAndTheLowestRatedQuestionsByText() {
        MaturityModel model = continuous(dimension("d", 1, question("a", 2), question("b", 3), question("c", 3)));

        DimensionVerdict verdict = AssessmentAnalysis.of(model, responses(Map.of("a", "FI", "b", "PI", "c", "NI")))
                .dimensions()
                .get(0);

        // 100 * (1 + 1/3 + 0) / 3 = 44.4: level 3 (from 40), level 4 needs 60
        assertThat(verdict.reason())
                .isEqualTo("Score 44.4 is below the 60.0 that level 4 (Managed) needs; held back by:"
                        + " Statement c (c, rated NI); Statement b (b, rated PI).");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "FI,NI;Held at level 1 (Initial) by Dimension y.",
                "FI,FI;Level 2 (Repeatable): \u201cDimension x\u201d and \u201cDimension y\u201d have no question left to satisfy.",
                "NI,NI;Held at level 1 (Initial) by \u201cDimension x\u201d and \u201cDimension y\u201d.",
                "FI,NA;Level 2 (Repeatable): Dimension x has no question left to satisfy. Left out, without a level: Dimension y (not applicable).",
                "NA,NA;Not applicable: every question is rated NA, so there is no level.",
                "-,NA;Not assessed: no question is rated FI, LI, PI or NI yet, so there is no level."
            })
    void overallReasonNamesTheDimensionsThatHoldTheLevel(String ratings, String reason) {
        String[] codes = ratings.split(",");
        MaturityModel model = staged(dimension("x", 1, question("x1", 2)), dimension("y", 1, question("y1", 2)));

        OverallVerdict overall = AssessmentAnalysis.of(model, responses(Map.of("x1", codes[0], "y1", codes[1])))
                .overall();

        assertThat(overall.reason()).isEqualTo(reason);
    }

    @Test
    void aRelabelledRatingReadsAsTheModelsLabelInReasonsAndFindings() {
        RatingScale yesNo = new RatingScale(
                List.of(Rating.FI, Rating.NI, Rating.NA), Map.of(Rating.FI, "Yes", Rating.NI, "No"), Map.of());
        MaturityModel checklist = TestModels.pointsMinimum(
                BANDS, yesNo, dimension("d", 1, new Question("c1", 0, "Code is reviewed", "", 1, List.of())));

        QuestionFinding finding =
                AssessmentAnalysis.of(checklist, responses(Map.of("c1", "NI"))).question("c1");

        assertThat(finding.ratingText()).isEqualTo("No");
        assertThat(finding.described()).isEqualTo("Code is reviewed (c1, rated No)");
        assertThat(AssessmentAnalysis.of(LADDER, responses(Map.of("a", "PI")))
                        .question("a")
                        .ratingText())
                .as("standard labels keep the CMMI code, which the legend explains")
                .isEqualTo("PI");
    }

    @Test
    void pointsMinimumOverallIsHeldByTheLowestSectionAndPrintsTwoDecimals() {
        MaturityModel model = pointsModel(
                dimension("s1", 1, question("a1", 0), question("a2", 0), question("a3", 0)),
                dimension("s2", 1, question("b1", 0), question("b2", 0)));
        Responses responses = responses(Map.of("a1", "FI", "a2", "FI", "a3", "FI", "b1", "FI", "b2", "PI"));

        AssessmentAnalysis analysis = AssessmentAnalysis.of(model, responses);

        assertThat(analysis.overall().scoreText()).isEqualTo("1.5");
        assertThat(analysis.overall().reason())
                .isEqualTo("Held at level 2 (Tested) by Dimension s2: the overall score, 1.5, is the lowest dimension"
                        + " score.");
        assertThat(analysis.dimensions().get(1).reason())
                .isEqualTo("Score 1.5 is not above the 2 that level 3 (Well tested) needs; held back by:"
                        + " Statement b2 (b2, rated PI).");
        assertThat(analysis.roadmap())
                .extracting(item -> item.question().id() + ":" + item.label() + ":"
                        + item.level().map(Level::id).orElse(-1))
                .containsExactly("b2:next-level:3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "NA;Not applicable",
                "-;Not assessed",
            })
    void anAssessmentWithNothingRatedSaysSoAndNeverLevelZeroOrScoreZero(String rating, String words) {
        MaturityModel model = staged(dimension("x", 1, question("x1", 2)), dimension("y", 1, question("y1", 2)));

        ExecutiveSummary summary = AssessmentAnalysis.of(model, responses(Map.of("x1", rating + ",-", "y1", rating)))
                .summary();

        assertThat(summary.overallLevel()).isEqualTo(words);
        assertThat(summary.overallScore()).isEqualTo("n/a");
        assertThat(summary.paragraphs().get(0)).startsWith(words + ": no overall level or score");
        assertThat(String.join(" ", summary.paragraphs()))
                .doesNotContain("Level 0", "score 0.0", "Overall level")
                .contains("Without a level: Dimension x (" + words.toLowerCase() + ")");
        assertThat(summary.strongest()).isEmpty();
        assertThat(summary.weakest()).isEmpty();
    }

    @Test
    void summaryStatesLevelScoreStrongestWeakestGapsDisagreementsAndTheRoadmap() {
        MaturityModel model = staged(
                dimension("w", 1, question("w2", 2), question("w3", 3)),
                dimension("x", 1, question("x2", 2), question("x3", 3)));
        Responses responses =
                responses(Map.of("w2", "FI,FI", "w3", "FI,FI", "x2", "NI,LI", "x3", "-"), Map.of(), Map.of("x", 3));

        ExecutiveSummary summary = AssessmentAnalysis.of(model, responses).summary();

        assertThat(summary.paragraphs())
                .containsExactly(
                        "Overall level 1 (Initial) of 5 levels, score 50.0 of 100, assessed against Test model (staged"
                                + " scoring) with 2 participants.",
                        "Held at level 1 (Initial) by Dimension x.",
                        "Strongest: Dimension w (level 3, score 100.0).",
                        "Weakest: Dimension x (level 1, score 0.0).",
                        "1 dimension is below target: Dimension x (gap 2).",
                        "Participants disagreed by two or more steps on 1 question; the appendix lists them.",
                        "The roadmap lists 2 items: 1 to the next level, then 1 toward the targets.");
        assertThat(summary.disagreements()).extracting(QuestionFinding::id).containsExactly("x2");
    }

    @Test
    void questionFindingsLeadWithTextAndNameTheirRating() {
        AssessmentAnalysis analysis =
                AssessmentAnalysis.of(LADDER, responses(Map.of("a", "PI", "b", "-", "b2", "NA", "c", "FI")));

        assertThat(analysis.question("a").described()).isEqualTo("Statement a (a, rated PI)");
        assertThat(analysis.question("b").described()).isEqualTo("Statement b (b, not answered)");
        assertThat(analysis.passText()).isEqualTo("FI or LI");
        assertThat(AssessmentAnalysis.passRule(LADDER))
                .startsWith("A level is given when every question up to it is rated FI or LI or NA");

        MaturityModel withFullStops = staged(
                dimension("d", 1, new Question("goo-pipeline-l1-1", 2, "Retraining is automated.", "", 1, List.of())));
        QuestionFinding finding = AssessmentAnalysis.of(withFullStops, responses(Map.of("goo-pipeline-l1-1", "PI")))
                .question("goo-pipeline-l1-1");
        assertThat(finding.described()).isEqualTo("Retraining is automated (goo-pipeline-l1-1, rated PI)");
        assertThat(finding.named()).isEqualTo("Retraining is automated (goo-pipeline-l1-1)");
    }

    private static final List<Level> BANDS = List.of(
            new Level(0, "Untested", "", 0),
            new Level(1, "Barely tested", "", 0),
            new Level(2, "Tested", "", 1),
            new Level(3, "Well tested", "", 2));

    private static MaturityModel pointsModel(Dimension... dimensions) {
        return TestModels.pointsMinimum(BANDS, RatingScale.standard(), dimensions);
    }

    private static List<String> ids(List<DimensionVerdict> verdicts) {
        return verdicts.stream().map(DimensionVerdict::id).toList();
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : List.of(commaSeparated.split(","));
    }
}
