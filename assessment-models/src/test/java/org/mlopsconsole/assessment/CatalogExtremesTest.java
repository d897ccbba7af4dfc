package org.mlopsconsole.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uniform answers give every bundled model its extremes: all FI its top level, all NI its floor,
 * all NA "not applicable" and nothing "not assessed"; the same through the crosswalk.
 */
class CatalogExtremesTest {

    private static final ModelCatalog CATALOG = ModelCatalog.bundled();

    static Stream<MaturityModel> models() {
        return CATALOG.models().stream();
    }

    private static Responses uniform(MaturityModel model, Rating rating) {
        Map<String, Rating> consensus = new HashMap<>();
        model.questions().forEach(question -> consensus.put(question.id(), rating));
        return new Responses(model.id(), List.of(), consensus, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void allFullyImplementedGivesTheTopLevel(MaturityModel model) {
        OverallScore overall = Scorer.score(model, uniform(model, Rating.FI)).overall();
        assertThat(overall.status()).isEqualTo(ScoreStatus.RATED);
        assertThat(overall.level()).contains(model.top());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void allNotImplementedGivesTheFloor(MaturityModel model) {
        assertThat(Scorer.score(model, uniform(model, Rating.NI)).overall().level())
                .contains(model.floor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void allNotApplicableGivesNoLevel(MaturityModel model) {
        ScoreReport report = Scorer.score(model, uniform(model, Rating.NA));
        assertThat(report.overall().status()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
        assertThat(report.overall().level()).isEmpty();
        assertThat(report.overall().score()).isEmpty();
        assertThat(report.dimensions()).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
            assertThat(d.level()).isEmpty();
            assertThat(d.nextSteps()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void nothingAnsweredIsNotAssessed(MaturityModel model) {
        ScoreReport report = Scorer.score(model, Responses.empty(model.id()));
        assertThat(report.overall().status()).isEqualTo(ScoreStatus.NOT_ASSESSED);
        assertThat(report.overall().level()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void throughTheCrosswalkAllFiGivesTheTopAndAllNiTheFloor(MaturityModel model) {
        Crosswalk crosswalk = new Crosswalk(CATALOG);
        MaturityModel practices = CATALOG.practicesModel();
        assertThat(crosswalkLevel(crosswalk, uniform(practices, Rating.FI), model.id()))
                .contains(model.top());
        assertThat(crosswalkLevel(crosswalk, uniform(practices, Rating.NI), model.id()))
                .contains(model.floor());
    }

    private static java.util.Optional<Level> crosswalkLevel(Crosswalk crosswalk, Responses answers, String modelId) {
        return crosswalk.scoreAll(answers).stream()
                .filter(report -> report.model().equals(modelId))
                .findFirst()
                .orElseThrow()
                .overall()
                .level();
    }
}
