package org.mlopsconsole.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;

/** One question's ratings across a workshop's participants: the spread, the flag, unanimity. */
class QuestionTallyTest {

    @ParameterizedTest(name = "{1} of {0}: \"{2}\"")
    @CsvSource(
            delimiter = ';',
            nullValues = "none",
            value = {
                // participants; ratings given; spread text; unanimous; disagreement
                "3;;No ratings yet;none;false",
                "3;FI,FI,FI;All rated FI;FI;false",
                "3;FI,FI;2 of 3 rated: rated FI;none;false", // "All rated FI" only when everyone has rated
                "2;NA,NA;All rated NA;NA;false",
                "3;NA;1 of 3 rated: NA;none;false",
                "3;PI,FI,FI;Spread PI–FI (2 steps);none;true",
                "3;LI,FI,NA;Spread LI–FI (1 step), 1 NA;none;false",
                "3;FI,NA,FI;Rated FI, 1 NA;none;false",
                "4;NI,LI;2 of 4 rated: spread NI–LI (2 steps);none;true"
            })
    void spreadSaysAllRatedTheSameOnlyWhenEveryParticipantHasRated(
            int participants, String ratings, String spread, String unanimous, boolean disagreement) {
        List<Rating> given = ratings == null
                ? List.of()
                : Arrays.stream(ratings.split(",")).map(Rating::valueOf).toList();

        QuestionTally tally = QuestionTally.of(participants, given);

        assertThat(tally.spreadText()).isEqualTo(spread);
        assertThat(tally.unanimous()).isEqualTo(Optional.ofNullable(unanimous).map(Rating::valueOf));
        assertThat(tally.disagreement()).isEqualTo(disagreement);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(
            delimiter = ';',
            value = {
                "FI,FI;All rated Yes",
                "NI,FI;Spread No–Yes (3 steps)",
                "NI,NA;Rated No, 1 NA",
                "FI;1 of 2 rated: rated Yes"
            })
    void aRelabellingModelsSpreadUsesItsLabels(String ratings, String spread) {
        RatingScale yesNo = new RatingScale(
                List.of(Rating.FI, Rating.NI, Rating.NA), Map.of(Rating.FI, "Yes", Rating.NI, "No"), Map.of());
        List<Rating> given =
                Arrays.stream(ratings.split(",")).map(Rating::valueOf).toList();

        assertThat(QuestionTally.of(2, given).spreadText(yesNo)).isEqualTo(spread);
    }
}
