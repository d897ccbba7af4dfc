package org.mlopsconsole.runtime.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acceptance: six features (four numeric, two categorical) in CSV files, of which income,
 * score and plan shift in the "shifted" current file. Small files (1000 reference rows) take the
 * p-value tests, large ones (3000) the distances; either way exactly the shifted features drift,
 * and every number equals the one make_fixtures.py computed with SciPy.
 */
class DriftDatasetTest {

    private static final Set<String> SHIFTED = Set.of("income", "score", "plan");

    @ParameterizedTest(name = "{0} files, {1} current data")
    @CsvSource({"small, shifted", "small, unshifted", "large, shifted", "large, unshifted"})
    void exactlyTheShiftedFeaturesDrift(String size, String current) {
        DriftReport report = compare(size, current);

        Set<String> drifted = report.features().stream()
                .filter(FeatureDrift::drift)
                .map(FeatureDrift::feature)
                .collect(Collectors.toSet());
        assertThat(drifted).isEqualTo(current.equals("shifted") ? SHIFTED : Set.of());
        assertThat(report.datasetDrift()).isEqualTo(current.equals("shifted"));
    }

    @ParameterizedTest(name = "{0} files, {1} current data")
    @CsvSource({"small, shifted", "small, unshifted", "large, shifted", "large, unshifted"})
    void everyFeatureEqualsTheSciPyReport(String size, String current) {
        DriftReport report = compare(size, current);
        JsonNode expected = DriftFixtures.read(size + "-expected.json").get(current);

        assertThat(report.datasetDrift()).isEqualTo(expected.get("datasetDrift").asBoolean());
        assertThat(report.features()).hasSize(expected.get("features").size());
        for (JsonNode feature : expected.get("features")) {
            FeatureDrift actual =
                    report.feature(feature.get("feature").asText()).orElseThrow();
            assertThat(actual.type().id()).isEqualTo(feature.get("type").asText());
            assertThat(actual.test().id()).isEqualTo(feature.get("test").asText());
            assertThat(actual.statistic()).isCloseTo(feature.get("statistic").asDouble(), within(1e-9));
            assertThat(actual.psi()).isCloseTo(feature.get("psi").asDouble(), within(1e-9));
            assertThat(actual.threshold()).isEqualTo(feature.get("threshold").asDouble());
            assertThat(actual.drift()).isEqualTo(feature.get("drift").asBoolean());
            if (feature.get("pValue").isNull()) {
                assertThat(actual.pValue()).isEmpty();
            } else {
                double p = feature.get("pValue").asDouble();
                assertThat(actual.pValue().orElseThrow()).isCloseTo(p, within(1e-12 * p));
            }
        }
    }

    private static DriftReport compare(String size, String current) {
        DriftCsv.Datasets data = DriftCsv.read(
                DriftFixtures.file(size + "-reference.csv"),
                DriftFixtures.file(size + "-current-" + current + ".csv"),
                Map.of());
        return DriftDetector.compare(data.reference(), data.current(), DriftOptions.defaults());
    }
}
