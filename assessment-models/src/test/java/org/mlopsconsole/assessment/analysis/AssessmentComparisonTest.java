package org.mlopsconsole.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mlopsconsole.assessment.TestModels.dimension;
import static org.mlopsconsole.assessment.TestModels.question;
import static org.mlopsconsole.assessment.TestModels.responses;
import static org.mlopsconsole.assessment.TestModels.staged;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;

/** How two assessments of the same model compare, for team history and the comparison reports. */
class AssessmentComparisonTest {

    private static final MaturityModel MODEL =
            staged(dimension("d", 1, question("a", 2), question("b", 3)), dimension("e", 1, question("c", 2)));

    @ParameterizedTest(name = "{0} -> {1}: {2} {3}")
    @CsvSource(
            nullValues = "none",
            value = {
                // before,    now,        change,    steps
                "NI,          PI,         up,        1",
                "NI,          FI,         up,        3",
                "FI,          NI,         down,      -3",
                "LI,          LI,         same,      0",
                "NA,          NA,         same,      none",
                "unanswered,  unanswered, same,      none",
                "NA,          FI,         changed,   none",
                "LI,          NA,         changed,   none",
                "unanswered,  LI,         changed,   none",
                "PI,          unanswered, changed,   none",
                "missing,     FI,         new,       none",
            })
    void questionChangeIsNamedFromTheAggregatesBeforeAndNow(String before, String now, String change, Integer steps) {
        Question a = question("a", 2);
        AssessmentComparison.QuestionChange question = new AssessmentComparison.QuestionChange(
                dimension("d", 1, a),
                a,
                before.equals("missing") ? Optional.empty() : Optional.of(score(before)),
                score(now));

        assertThat(question.change().code()).isEqualTo(change);
        assertThat(question.changed()).isEqualTo(!change.equals("same"));
        assertThat(question.steps()).isEqualTo(steps == null ? OptionalInt.empty() : OptionalInt.of(steps));
        assertThat(question.beforeCode()).isEqualTo(before.equals("missing") ? "new" : before);
    }

    @ParameterizedTest(name = "d before {0}, now {1}: level delta {2}")
    @CsvSource(
            delimiter = ';',
            nullValues = "none",
            value = {
                "NI,NI;FI,FI;2", // level 1 -> 3
                "FI,FI;FI,NI;-1", // 3 -> 2
                "NA,NA;FI,FI;none", // not applicable before: no delta, never "from level 5"
                "FI,FI;-,-;none", // not assessed now
                "-,-;NA,NA;none"
            })
    void levelDeltaExistsOnlyWhenTheDimensionIsRatedInBoth(String before, String now, Integer delta) {
        AssessmentComparison comparison = AssessmentComparison.of(MODEL, report(before), report(now));

        AssessmentComparison.DimensionChange d = comparison.dimensions().get(0);
        assertThat(d.levelDelta()).isEqualTo(delta == null ? OptionalInt.empty() : OptionalInt.of(delta));
        assertThat(d.scoreDelta().isPresent()).isEqualTo(delta != null);
    }

    @Test
    void changedQuestionsLeaveOutTheSameOnesInModelOrder() {
        AssessmentComparison comparison = AssessmentComparison.of(MODEL, report("NI,FI"), report("PI,FI"));

        assertThat(comparison.changedQuestions())
                .extracting(
                        change -> change.question().id() + ":" + change.change().code())
                .containsExactly("a:up");
        assertThat(comparison.questions()).hasSize(3);
    }

    @Test
    void reportsOfAnotherModelAreRefused() {
        ScoreReport other =
                new ScoreReport("other", MODEL.scoring(), "2", report("FI,FI").overall(), List.of(), List.of());
        assertThatThrownBy(() -> AssessmentComparison.of(MODEL, other, report("FI,FI")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"other\"");
    }

    /** Ratings of a and b (comma-separated, "-" unanswered); c is always FI. */
    private static ScoreReport report(String ab) {
        String[] codes = ab.split(",");
        return Scorer.score(MODEL, responses(Map.of("a", codes[0], "b", codes[1], "c", "FI")));
    }

    private static QuestionScore score(String code) {
        Optional<Rating> rating =
                code.equals(QuestionScore.UNANSWERED) ? Optional.empty() : Optional.of(Rating.valueOf(code));
        return new QuestionScore("a", rating, false, rating.isPresent() ? 1 : 0);
    }
}
