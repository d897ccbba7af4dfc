package org.mlopsconsole.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.RatingScale;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.TestModels;

class RiskRegisterTest {

    private static final MaturityModel LADDER = AssessmentAnalysisTest.LADDER;

    @ParameterizedTest(name = "a {0}, b {1}, b2 {2}, c {3}, target {4}: {5}")
    @CsvSource(
            delimiter = ';',
            nullValues = "none",
            value = {
                // a; b; b2; c; target; risk of a, b, b2, c
                "NI;NI;NI;NI;none;HIGH,NONE,NONE,NONE", // without a target only the next level is a risk
                "NI;NI;NI;NI;4;HIGH,MEDIUM,MEDIUM,MEDIUM",
                "NI;NI;NI;NI;3;HIGH,MEDIUM,MEDIUM,NONE", // above the target: no risk
                "FI;PI;NI;NI;4;NONE,HIGH,HIGH,MEDIUM", // both questions of the next level are high
                "FI;LI;FI;PI;3;NONE,NONE,NONE,HIGH", // at the target: the next level still is a risk
                "FI;NA;NA;NI;4;NONE,NONE,NONE,HIGH", // NA is satisfied; level 3 passed through
                "FI;-;FI;NI;4;NONE,NONE,NONE,MEDIUM", // unanswered: not assessed, no risk of its own
                "FI;FI;FI;FI;4;NONE,NONE,NONE,NONE", // at the top
                "NA;NA;NA;NA;4;NONE,NONE,NONE,NONE", // not applicable
                "-;-;-;-;4;NONE,NONE,NONE,NONE" // not assessed
            })
    void aQuestionIsHighRiskAtTheNextLevelAndMediumOnTowardTheTarget(
            String a, String b, String b2, String c, Integer target, String expected) {
        Responses responses = responses(
                Map.of("a", a, "b", b, "b2", b2, "c", c), Map.of(), target == null ? Map.of() : Map.of("d", target));

        List<String> risks = AssessmentAnalysis.of(LADDER, responses).risks().all().stream()
                .map(risk -> risk.risk().name())
                .toList();

        assertThat(risks).containsExactly(expected.split(","));
    }

    @Test
    void highAndMediumRisksAreExactlyTheRoadmapsAnsweredItemsSoTheTwoRulesAgree() {
        MaturityModel model = staged(
                dimension("x", 1, question("x2", 2), question("x3", 3), question("x4", 4)),
                dimension("y", 2, question("y2", 2), question("y3", 3)));
        AssessmentAnalysis analysis = AssessmentAnalysis.of(
                model,
                responses(
                        Map.of("x2", "FI", "x3", "PI", "x4", "NI", "y2", "NI", "y3", "LI"),
                        Map.of(),
                        Map.of("x", 4, "y", 3)));

        RiskRegister risks = analysis.risks();

        // roadmap order: both gaps are 2, the heavier y first
        assertThat(risks.high()).extracting(QuestionRisk::id).containsExactly("y2", "x3");
        assertThat(risks.medium()).extracting(QuestionRisk::id).containsExactly("x4");
        assertThat(risks.top(2)).extracting(QuestionRisk::id).containsExactly("y2", "x3");
        assertThat(risks.counts())
                .containsExactly(Map.entry(Risk.HIGH, 2), Map.entry(Risk.MEDIUM, 1), Map.entry(Risk.NONE, 2));
        assertThat(risks.countsText()).isEqualTo("2 high, 1 medium");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // ratings of c1..c4; risks. Bands: level 1 above 0 points, 2 above 1, 3 (top) above 2.
                "FI,NI,NI,NI;NONE,HIGH,HIGH,HIGH", // 1 point, level 1: every missing point counts
                "FI,FI,FI,PI;NONE,NONE,NONE,MEDIUM", // 3.5 points, the top level: nothing gates a level
                "FI,NA,FI,FI;NONE,NONE,NONE,NONE"
            })
    void pointsMinimumQuestionsAreHighBelowTheTopLevelAndMediumAtIt(String ratings, String expected) {
        List<Level> bands = List.of(
                new Level(0, "Untested", "", 0),
                new Level(1, "Barely tested", "", 0),
                new Level(2, "Tested", "", 1),
                new Level(3, "Well tested", "", 2));
        MaturityModel model = TestModels.pointsMinimum(
                bands,
                RatingScale.standard(),
                dimension(
                        "d",
                        1,
                        pointsQuestion("c1"),
                        pointsQuestion("c2"),
                        pointsQuestion("c3"),
                        pointsQuestion("c4")));
        String[] given = ratings.split(",");
        Responses responses =
                responses(Map.of("c1", given[0], "c2", given[1], "c3", given[2], "c4", given[3]), Map.of(), Map.of());

        List<String> risks = AssessmentAnalysis.of(model, responses).risks().all().stream()
                .map(risk -> risk.risk().name())
                .toList();

        assertThat(risks).containsExactly(expected.split(","));
    }

    @Test
    void continuousModelsFollowTheirRoadmapWhichSkipsQuestionsAtTheLevelTheScoreGives() {
        MaturityModel model = continuous(dimension("d", 1, question("a", 2), question("b", 3), question("c", 4)));

        AssessmentAnalysis analysis = AssessmentAnalysis.of(
                model, responses(Map.of("a", "FI", "b", "PI", "c", "NI"), Map.of(), Map.of("d", 5)));

        // score 44.4 gives level 3; the next steps are level 4's, b at level 3 is not on the roadmap
        assertThat(analysis.roadmap()).extracting(item -> item.question().id()).containsExactly("c");
        assertThat(analysis.risks().all())
                .extracting(risk -> risk.id() + ":" + risk.risk())
                .containsExactly("a:NONE", "b:NONE", "c:HIGH");
    }

    @Test
    void anOverrideReplacesTheComputedRiskAndKeepsItsReason() {
        Responses responses = responses(Map.of("a", "FI", "b", "PI", "b2", "FI", "c", "NI"), Map.of(), Map.of());
        RiskOverride lower = new RiskOverride("b", Risk.MEDIUM, "  a manual review covers it until Q3 ");
        RiskOverride raise = new RiskOverride("a", Risk.HIGH, "the pipeline fails weekly");

        RiskRegister risks = AssessmentAnalysis.of(LADDER, responses).risks(Map.of("b", lower, "a", raise));

        QuestionRisk b = risks.all().get(1);
        assertThat(b.computed()).isEqualTo(Risk.HIGH);
        assertThat(b.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(b.override()).map(RiskOverride::reason).contains("a manual review covers it until Q3");
        assertThat(risks.high()).extracting(QuestionRisk::id).containsExactly("a");
        assertThat(risks.medium()).extracting(QuestionRisk::id).containsExactly("b");
    }

    @Test
    void anOverrideForAQuestionTheModelLacksIsAnErrorNamingIt() {
        AssessmentAnalysis analysis = AssessmentAnalysis.of(LADDER, Responses.empty("test"));
        Map<String, RiskOverride> overrides = Map.of("gone", new RiskOverride("gone", Risk.HIGH, "why"));

        assertThatThrownBy(() -> analysis.risks(overrides))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"gone\"");
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void anOverrideNeedsAReason(String reason) {
        assertThatThrownBy(() -> new RiskOverride("a", Risk.NONE, reason))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the risk override of question \"a\" needs a reason");
    }

    @ParameterizedTest
    @CsvSource({"high,HIGH", "medium,MEDIUM", "none,NONE"})
    void risksReadBackFromTheirCodes(String code, Risk risk) {
        assertThat(Risk.fromCode(code)).isEqualTo(risk);
        assertThat(risk.code()).isEqualTo(code);
    }

    private static Question pointsQuestion(String id) {
        return new Question(id, 0, "Test " + id, "", 1, List.of());
    }
}
