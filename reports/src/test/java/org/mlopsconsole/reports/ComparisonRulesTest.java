package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.reports.internal.Comparison;

/** How a question's aggregate before and now is named, shared by the Excel sheets and the PDF. */
class ComparisonRulesTest {

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
        Question a1 = TestAssessments.question("a1", 2, 1);
        Comparison.QuestionChange question = new Comparison.QuestionChange(
                TestAssessments.dimension("a", 1, a1),
                a1,
                before.equals("missing") ? Optional.empty() : Optional.of(score(before)),
                score(now));

        assertThat(question.change()).isEqualTo(change);
        assertThat(question.steps()).isEqualTo(steps == null ? OptionalInt.empty() : OptionalInt.of(steps));
        assertThat(question.beforeCode()).isEqualTo(before.equals("missing") ? "new" : before);
    }

    private static QuestionScore score(String code) {
        Optional<Rating> rating =
                code.equals(QuestionScore.UNANSWERED) ? Optional.empty() : Optional.of(Rating.valueOf(code));
        return new QuestionScore("a1", rating, false, rating.isPresent() ? 1 : 0);
    }
}
