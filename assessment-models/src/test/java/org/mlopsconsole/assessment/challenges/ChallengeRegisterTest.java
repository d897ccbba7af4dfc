package org.mlopsconsole.assessment.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.ModelCatalog;

class ChallengeRegisterTest {

    private static RegisteredChallenge rated(String id, int likelihood, int impact) {
        return new RegisteredChallenge(id, id, likelihood, impact, List.of(), List.of(), "");
    }

    @ParameterizedTest(name = "likelihood {0} × impact {1} = {2}, {3}")
    @CsvSource({
        "1, 1, 1, LOW",
        "2, 2, 4, LOW",
        "1, 5, 5, MEDIUM",
        "3, 3, 9, MEDIUM",
        "2, 5, 10, HIGH",
        "4, 4, 16, HIGH",
        "3, 6, -1, INVALID",
        "0, 3, -1, INVALID",
        "4, 5, 20, CRITICAL",
        "5, 5, 25, CRITICAL"
    })
    void scoreIsLikelihoodTimesImpactInBands(int likelihood, int impact, int score, String band) {
        if (band.equals("INVALID")) {
            assertThatThrownBy(() -> rated("c", likelihood, impact))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be from 1 to 5");
            return;
        }
        RegisteredChallenge challenge = rated("c", likelihood, impact);
        assertThat(challenge.score()).isEqualTo(score);
        assertThat(challenge.band()).isEqualTo(RegisteredChallenge.Band.valueOf(band));
    }

    @Test
    void theRegisterSortsByScoreThenImpact() {
        ChallengeRegister register =
                new ChallengeRegister(List.of(rated("a", 2, 2), rated("b", 4, 1), rated("c", 1, 4), rated("d", 5, 5)));
        assertThat(register.byScore())
                .extracting(RegisteredChallenge::challenge)
                .containsExactly("d", "c", "a", "b");
    }

    @Test
    void aChallengeIsRegisteredOnce() {
        assertThatThrownBy(() -> new ChallengeRegister(List.of(rated("a", 1, 1), rated("a", 2, 2))))
                .hasMessageContaining("\"a\" is registered twice");
    }

    @Test
    void aCatalogChallengeTakesItsDimensionsAndUnresolvedLinksAreNamed() {
        Challenge delayed =
                ChallengeCatalog.bundled().find("delayed-ground-truth").orElseThrow();
        RegisteredChallenge entry = RegisteredChallenge.of(delayed, 4, 3).withRoadmapQuestions(List.of("no-such-q"));
        assertThat(entry.dimensions()).contains(new DimensionRef("mlops-practices", "monitoring"));
        RegisteredChallenge custom = new RegisteredChallenge(
                "own", "Own", 1, 1, List.of(new DimensionRef("google-mlops", "nowhere")), List.of(), "");

        assertThat(new ChallengeRegister(List.of(entry, custom)).unresolvedLinks(ModelCatalog.bundled()))
                .containsExactly(
                        "delayed-ground-truth: unknown question no-such-q",
                        "own: unknown dimension google-mlops/nowhere");
    }

    @ParameterizedTest
    @CsvSource({"mlops-practices/serving, true", "serving, false", "/serving, false", "a/b/c, false", "a/, false"})
    void dimensionReferencesAreModelSlashDimension(String text, boolean valid) {
        assertThat(DimensionRef.parse(text).map(DimensionRef::toString))
                .isEqualTo(valid ? java.util.Optional.of(text) : java.util.Optional.empty());
    }
}
