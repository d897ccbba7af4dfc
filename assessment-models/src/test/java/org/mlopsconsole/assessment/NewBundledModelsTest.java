package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ML Test Score, the practitioner baseline checklist and AWS's roadmap keep their sources' structure and rules. */
class NewBundledModelsTest {

    private static final ModelCatalog CATALOG = ModelCatalog.bundled();

    private static MaturityModel model(String id) {
        return CATALOG.find(id).orElseThrow();
    }

    /** Every question rated by {@code ratingOf}, as a workshop's agreed ratings. */
    private static Responses agreed(MaturityModel model, Function<Question, Rating> ratingOf) {
        Map<String, Rating> consensus = new HashMap<>();
        model.questions().forEach(question -> consensus.put(question.id(), ratingOf.apply(question)));
        return new Responses(model.id(), List.of(), consensus, Map.of());
    }

    private static String levelName(ScoreReport report) {
        return report.overall().level().map(Level::name).orElse("none");
    }

    @Test
    void mlTestScoreHasFourSectionsOfSevenTestsScoredByPointsMinimum() {
        MaturityModel model = model("ml-test-score");
        assertThat(model.scoring()).isEqualTo(ScoringMethod.POINTS_MINIMUM);
        assertThat(model.dimensions())
                .extracting(Dimension::name)
                .containsExactly(
                        "Tests for features and data",
                        "Tests for model development",
                        "Tests for ML infrastructure",
                        "Monitoring tests");
        assertThat(model.dimensions()).allSatisfy(d -> assertThat(d.questions()).hasSize(7));
        assertThat(model.levels()).extracting(Level::minScore).containsExactly(0.0, 0.0, 1.0, 2.0, 3.0, 5.0);
        assertThat(model.ratingScale().offered()).containsExactly(Rating.FI, Rating.PI, Rating.NI, Rating.NA);
        assertThat(model.ratingScale().points(Rating.PI)).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "monitoring {0} FI and {1} PI, other sections all FI: score {2}, {3}")
    @CsvSource({
        "0, 0, 0.0, Research project",
        "0, 1, 0.5, Serious gaps possible",
        "0, 2, 1.0, Serious gaps possible", // a band's upper bound belongs to it
        "0, 3, 1.5, First productionisation",
        "2, 0, 2.0, First productionisation",
        "2, 1, 2.5, Reasonably tested",
        "3, 0, 3.0, Reasonably tested",
        "4, 2, 5.0, Strong automation",
        "5, 1, 5.5, Exceptional",
        "7, 0, 7.0, Exceptional"
    })
    void mlTestScoreIsTheWeakestSectionsPointsInThePapersBands(int automated, int manual, double score, String band) {
        MaturityModel model = model("ml-test-score");
        List<String> monitoring = model.dimension("monitoring").orElseThrow().questions().stream()
                .map(Question::id)
                .toList();
        ScoreReport report = Scorer.score(model, agreed(model, question -> {
            int index = monitoring.indexOf(question.id());
            if (index < 0 || index < automated) {
                return Rating.FI;
            }
            return index < automated + manual ? Rating.PI : Rating.NI;
        }));
        assertThat(report.overall().score()).hasValue(score);
        assertThat(levelName(report)).isEqualTo(band);
    }

    @Test
    void baselineChecklistHasSixtyItemsWithTheFirstFortySixAsBaseline() {
        MaturityModel model = model("mlops-baseline-checklist");
        assertThat(model.scoring()).isEqualTo(ScoringMethod.STAGED);
        assertThat(model.levels()).extracting(Level::name).containsExactly("Below baseline", "Baseline", "Advanced");
        assertThat(model.ratingScale().offered()).containsExactly(Rating.FI, Rating.NI, Rating.NA);
        assertThat(model.ratingScale().label(Rating.FI)).isEqualTo("Yes");
        Map<Integer, Long> perLevel =
                model.questions().collect(Collectors.groupingBy(Question::level, Collectors.counting()));
        assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of(1, 46L, 2, 14L));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "every item yes, Advanced",
        "baseline yes and advanced no, Baseline",
        "one baseline item no, Below baseline",
        "real-time items NA and the rest yes, Advanced"
    })
    void baselineChecklistIsBaselineExactlyWhenEveryBaselineItemIsYes(String answers, String expected) {
        MaturityModel model = model("mlops-baseline-checklist");
        Map<String, Function<Question, Rating>> rules = Map.of(
                "every item yes", question -> Rating.FI,
                "baseline yes and advanced no", question -> question.level() == 1 ? Rating.FI : Rating.NI,
                "one baseline item no", question -> question.id().equals("mbc-27") ? Rating.NI : Rating.FI,
                "real-time items NA and the rest yes",
                        question ->
                                List.of("mbc-07", "mbc-35", "mbc-36", "mbc-41").contains(question.id())
                                        ? Rating.NA
                                        : Rating.FI);
        assertThat(levelName(Scorer.score(model, agreed(model, rules.get(answers)))))
                .isEqualTo(expected);
    }

    @Test
    void awsRoadmapAsksAboutEveryPhaseInPeopleProcessAndTechnology() {
        MaturityModel model = model("aws-mlops-roadmap");
        assertThat(model.scoring()).isEqualTo(ScoringMethod.STAGED);
        assertThat(model.levels())
                .extracting(Level::name)
                .containsExactly("Not started", "Initial", "Repeatable", "Reliable", "Scalable");
        assertThat(model.dimensions())
                .extracting(Dimension::name)
                .containsExactly("People", "Process and operations", "Technology");
        assertThat(model.dimensions())
                .allSatisfy(d -> assertThat(d.questions().stream().map(Question::level))
                        .containsOnly(1, 2, 3, 4)
                        .contains(1, 2, 3, 4));
    }

    @ParameterizedTest(name = "phases up to {0} in place: {1}")
    @CsvSource({"0, Not started", "1, Initial", "2, Repeatable", "3, Reliable", "4, Scalable"})
    void awsRoadmapGivesTheLastPhaseWhoseAdditionsAreAllInPlace(int phasesInPlace, String expected) {
        MaturityModel model = model("aws-mlops-roadmap");
        ScoreReport report = Scorer.score(
                model, agreed(model, question -> question.level() <= phasesInPlace ? Rating.FI : Rating.NI));
        assertThat(levelName(report)).isEqualTo(expected);
    }
}
