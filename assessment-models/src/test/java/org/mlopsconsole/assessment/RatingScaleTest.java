package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingScaleTest {

    private static final RatingScale YES_NO = new RatingScale(
            List.of(Rating.FI, Rating.NI, Rating.NA), Map.of(Rating.FI, "Yes", Rating.NI, "No"), Map.of());

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"FI, Yes", "NI, No", "NA, NA"})
    void aRelabelledRatingReadsAsItsLabelAndAStandardOneAsItsCode(Rating rating, String shown) {
        assertThat(YES_NO.shown(rating)).isEqualTo(shown);
    }

    @Test
    void theStandardScaleReadsAsCodes() {
        assertThat(RatingScale.standard().lowestFirst().stream()
                        .map(RatingScale.standard()::shown)
                        .toList())
                .containsExactly("NI", "PI", "LI", "FI", "NA");
    }

    @Test
    void offeredRatingsGoLowestFirstWithNaLastAndTheLegendNamesEachOne() {
        assertThat(YES_NO.lowestFirst()).containsExactly(Rating.NI, Rating.FI, Rating.NA);
        assertThat(YES_NO.legend()).isEqualTo("FI = Yes, NI = No, NA = Not applicable");
        assertThat(YES_NO.offers(Rating.PI)).isFalse();
    }
}
