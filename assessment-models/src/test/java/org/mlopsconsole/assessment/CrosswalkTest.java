package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrosswalkTest {

    private final ModelCatalog catalog = ModelCatalog.bundled();
    private final Crosswalk crosswalk = new Crosswalk(catalog);

    /** Workshop answers: only the two practices google-mlops' "pipeline" dimension needs most. */
    private Responses practiceAnswers(Map<String, Rating> ratings) {
        return new Responses(
                ModelCatalog.PRACTICES_MODEL_ID,
                List.of(new Respondent("r1", "Ana", "ml-engineer", ratings, Map.of())),
                Map.of(),
                Map.of());
    }

    private static Optional<Rating> ratingOf(ScoreReport report, String questionId) {
        return report.questions().stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow()
                .rating();
    }

    @Test
    void derivedRatingIsLowestRatingAmongLinkedPractices() {
        // goo-pipeline-l1-2 links ci-ml-tests and ct-automated-validation
        ScoreReport practices = Scorer.score(
                catalog.practicesModel(),
                practiceAnswers(Map.of("mp-ci-ml-tests", Rating.FI, "mp-ct-automated-validation", Rating.PI)));
        Responses derived = crosswalk.derive(catalog.find("google-mlops").orElseThrow(), practices);
        assertThat(derived.consensus()).containsEntry("goo-pipeline-l1-2", Rating.PI);
    }

    @Test
    void derivedRatingIsUnansweredWhenAnyLinkedPracticeIsUnanswered() {
        ScoreReport practices =
                Scorer.score(catalog.practicesModel(), practiceAnswers(Map.of("mp-ci-ml-tests", Rating.FI)));
        Responses derived = crosswalk.derive(catalog.find("google-mlops").orElseThrow(), practices);
        assertThat(derived.consensus()).doesNotContainKey("goo-pipeline-l1-2");
    }

    @Test
    void naCountsOnlyWhenEveryLinkedPracticeIsNa() {
        ScoreReport practices = Scorer.score(
                catalog.practicesModel(),
                practiceAnswers(Map.of("mp-ci-ml-tests", Rating.NA, "mp-ct-automated-validation", Rating.LI)));
        Responses derived = crosswalk.derive(catalog.find("google-mlops").orElseThrow(), practices);
        assertThat(derived.consensus()).containsEntry("goo-pipeline-l1-2", Rating.LI);

        ScoreReport allNa = Scorer.score(
                catalog.practicesModel(),
                practiceAnswers(Map.of("mp-ci-ml-tests", Rating.NA, "mp-ct-automated-validation", Rating.NA)));
        assertThat(crosswalk
                        .derive(catalog.find("google-mlops").orElseThrow(), allNa)
                        .consensus())
                .containsEntry("goo-pipeline-l1-2", Rating.NA);
    }

    @Test
    void scoreAllGivesEveryBundledModelPracticesModelFirst() {
        List<ScoreReport> reports = crosswalk.scoreAll(practiceAnswers(Map.of("mp-ct-retraining", Rating.FI)));
        assertThat(reports)
                .extracting(ScoreReport::model)
                .containsExactly(
                        "mlops-practices",
                        "akkiraju-2020",
                        "amershi-2019",
                        "lwakatare-2020",
                        "dhanorkar-2021",
                        "google-mlops",
                        "microsoft-mlops");
        ScoreReport google = reports.get(5);
        // goo-pipeline-l1-1 links only ct-retraining
        assertThat(ratingOf(google, "goo-pipeline-l1-1")).contains(Rating.FI);
        assertThat(ratingOf(google, "goo-monitoring-l1-1")).isEmpty();
        assertThat(google.overall().level().id()).isZero();
    }

    @Test
    void allPracticesFullyImplementedReachTheTopOfEveryStagedModel() {
        Map<String, Rating> everything = new java.util.HashMap<>();
        catalog.practicesModel().questions().forEach(q -> everything.put(q.id(), Rating.FI));
        for (ScoreReport report : crosswalk.scoreAll(practiceAnswers(everything))) {
            MaturityModel model = catalog.find(report.model()).orElseThrow();
            assertThat(report.overall().level())
                    .as(report.model())
                    .isEqualTo(model.levels().get(model.levels().size() - 1));
            assertThat(report.overall().score()).hasValue(100.0);
        }
    }
}
