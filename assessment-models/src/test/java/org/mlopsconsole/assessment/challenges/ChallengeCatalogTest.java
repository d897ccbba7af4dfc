package org.mlopsconsole.assessment.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlopsconsole.assessment.ModelCatalog;

class ChallengeCatalogTest {

    private static final ChallengeCatalog CATALOG = ChallengeCatalog.bundled();

    static Stream<Challenge> challenges() {
        return CATALOG.challenges().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challenges")
    void everyDimensionAChallengeThreatensIsADimensionOfABundledModel(Challenge challenge) {
        assertThat(challenge.threatens())
                .isNotEmpty()
                .allSatisfy(ref -> assertThat(ref.resolve(ModelCatalog.bundled()))
                        .as(challenge.id() + " → " + ref)
                        .isPresent());
        assertThat(challenge.source()).isNotBlank();
        assertThat(challenge.description()).isNotBlank();
    }

    @Test
    void lwakatareQualityAttributesAreAllThere() {
        assertThat(CATALOG.challenges(Challenge.Area.QUALITY_ATTRIBUTE))
                .extracting(Challenge::id)
                .containsExactly("adaptability", "scalability", "privacy", "safety");
    }

    @Test
    void theSecondSeedsChallengeSectionsAreAllRepresented() {
        assertThat(CATALOG.challenges()).extracting(Challenge::area).contains(Challenge.Area.values());
        assertThat(CATALOG.challenges(Challenge.Area.TOOLING_GAP))
                .allSatisfy(challenge -> assertThat(challenge.source()).contains("section 5.4"));
    }
}
