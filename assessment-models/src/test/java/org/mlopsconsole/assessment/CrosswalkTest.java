package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrosswalkTest {

    /** A practices model asking about p1, p2 and p3, and a target whose one question links them. */
    private static final MaturityModel PRACTICES = new MaturityModel(
            1,
            ModelCatalog.PRACTICES_MODEL_ID,
            "Practices",
            "1",
            "tests",
            "",
            ScoringMethod.STAGED,
            EnumSet.of(Rating.FI, Rating.LI),
            TestModels.FIVE_LEVELS,
            List.of(TestModels.dimension(
                    "all",
                    1,
                    new Question("mp-p1", 2, "p1", "", 1, List.of("p1")),
                    new Question("mp-p2", 2, "p2", "", 1, List.of("p2")),
                    new Question("mp-p3", 3, "p3", "", 1, List.of("p3")))));

    private static final Question TARGET_QUESTION = new Question(
            "t1",
            2,
            "target",
            "",
            1,
            List.of(
                    new PracticeLink("p1", PracticeLink.Kind.PRIMARY, "exactly this"),
                    new PracticeLink("p2", PracticeLink.Kind.PRIMARY, "also needed"),
                    new PracticeLink("p3", PracticeLink.Kind.RELATED, "relevant only")),
            new Basis.Unstated(),
            "",
            "");

    private static final MaturityModel TARGET = new MaturityModel(
            1,
            "target",
            "Target",
            "1",
            "tests",
            "",
            ScoringMethod.STAGED,
            EnumSet.of(Rating.FI, Rating.LI),
            TestModels.FIVE_LEVELS,
            List.of(TestModels.dimension("d", 1, TARGET_QUESTION)));

    private final Crosswalk crosswalk = new Crosswalk(ModelCatalog.of(List.of(TARGET, PRACTICES)));

    private static Responses practiceAnswers(Map<String, Rating> ratings) {
        return new Responses(
                ModelCatalog.PRACTICES_MODEL_ID,
                List.of(new Respondent("r1", "Ana", "ml-engineer", ratings, Map.of())),
                Map.of(),
                Map.of());
    }

    private Optional<Rating> derived(String p1, String p2, String p3) {
        Map<String, Rating> ratings = new HashMap<>();
        Map.of("mp-p1", p1, "mp-p2", p2, "mp-p3", p3).forEach((question, code) -> {
            if (!code.equals("-")) {
                ratings.put(question, Rating.valueOf(code));
            }
        });
        ScoreReport practices = Scorer.score(PRACTICES, practiceAnswers(ratings));
        return Optional.ofNullable(
                crosswalk.derive(TARGET, practices).consensus().get("t1"));
    }

    @ParameterizedTest(name = "primary p1 {0}, primary p2 {1}, related p3 {2}: derived {3}")
    @CsvSource({
        "FI, PI, NI, PI", // the lowest primary; the related NI never lowers it
        "FI, FI, NI, FI",
        "LI, FI, -,  LI", // an unanswered related link does not matter
        "FI, -,  FI, unanswered", // an unanswered primary link leaves it unanswered
        "NA, LI, NI, LI", // NA left out while another primary is applicable
        "NA, NA, FI, NA" // NA only when every primary link is NA
    })
    void derivedRatingIsTheLowestOverPrimaryLinksOnly(String p1, String p2, String p3, String expected) {
        assertThat(derived(p1, p2, p3).map(Rating::name).orElse("unanswered")).isEqualTo(expected);
    }

    @Test
    void deriveAllSaysHowManyQuestionsWereDerivedAndFromWhichAnswers() {
        List<Crosswalk.Result> results =
                crosswalk.deriveAll(practiceAnswers(Map.of("mp-p1", Rating.FI, "mp-p2", Rating.LI)));
        assertThat(results).extracting(r -> r.report().model()).containsExactly("mlops-practices", "target");
        Crosswalk.Result target = results.get(1);
        assertThat(target.questions()).isEqualTo(1);
        assertThat(target.derived()).isEqualTo(1);
        assertThat(target.fromQuestions()).containsExactly("mp-p1", "mp-p2");
        assertThat(results.get(0).derived()).isEqualTo(2);
        assertThat(target.describe()).isEqualTo("1/1 derived from 2 practice answers");
        assertThat(results.get(0).describe()).isEqualTo("2/" + results.get(0).questions() + " answered");
    }

    @Test
    void bundledCatalogGivesThePracticesModelFirstThenEveryOtherModel() {
        ModelCatalog catalog = ModelCatalog.bundled();
        List<ScoreReport> reports =
                new Crosswalk(catalog).scoreAll(practiceAnswers(Map.of("mp-ct-retraining", Rating.FI)));
        assertThat(reports.get(0).model()).isEqualTo(ModelCatalog.PRACTICES_MODEL_ID);
        assertThat(reports).extracting(ScoreReport::model).containsExactlyInAnyOrderElementsOf(catalog.ids());
    }
}
