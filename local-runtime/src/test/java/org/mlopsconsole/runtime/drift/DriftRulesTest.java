package org.mlopsconsole.runtime.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules around the tests: which test, which verdict, when the dataset drifts. */
class DriftRulesTest {

    @ParameterizedTest(name = "{0} {1} reference values, {2} distinct: {3}")
    @CsvSource({
        "numeric,     1000, 50, ks",
        "numeric,     1000,  6, ks",
        "numeric,     1000,  5, chisquare",
        "numeric,     1000,  3, chisquare",
        "numeric,     1000,  2, z",
        "numeric,     1001, 50, wasserstein",
        "numeric,     1001,  5, jensenshannon",
        "categorical, 1000,  3, chisquare",
        "categorical, 1000,  2, z",
        "categorical, 1000,  1, z",
        "categorical, 1001,  2, jensenshannon",
        "categorical, 1001, 40, jensenshannon"
    })
    void theDefaultTestFollowsTheReferenceSizeAndTheDistinctValues(
            String type, int referenceSize, int distinct, String expected) {
        DriftColumn reference = column(type, referenceSize, distinct);
        DriftColumn current = column(type, 200, distinct);

        FeatureDrift drift = compareOne(reference, current, DriftOptions.defaults());

        assertThat(drift.test().id()).isEqualTo(expected);
        assertThat(drift.threshold()).isEqualTo(drift.test().givesPValue() ? 0.05 : 0.1);
    }

    @ParameterizedTest(name = "PSI {0}: {1}")
    @CsvSource({"0, stable", "0.0999, stable", "0.1, moderate", "0.2499, moderate", "0.25, major", "3, major"})
    void psiBandsAreUnderTenthTenthToQuarterAndFromQuarter(double psi, String band) {
        assertThat(PsiBand.of(psi).id()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} of 6 features drift: dataset drift {1}")
    @CsvSource({"0, false", "2, false", "3, true", "6, true"})
    void theDatasetDriftsWhenAtLeastHalfItsFeaturesDo(int shifted, boolean datasetDrift) {
        List<DriftColumn> reference = new ArrayList<>();
        List<DriftColumn> current = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reference.add(numbers("f" + i, 300, 0));
            current.add(numbers("f" + i, 300, i < shifted ? 100 : 0));
        }

        DriftReport report = DriftDetector.compare(
                DriftReference.of("test", DriftSample.of(reference)), DriftSample.of(current), DriftOptions.defaults());

        assertThat(report.driftedFeatures()).isEqualTo(shifted);
        assertThat(report.datasetDrift()).isEqualTo(datasetDrift);
    }

    @Test
    void thePredictionColumnIsReportedApartAndNotCounted() {
        DriftSample reference = DriftSample.of(List.of(numbers("age", 300, 0), numbers("score", 300, 0)));
        DriftSample current = DriftSample.of(List.of(numbers("age", 300, 0), numbers("score", 300, 100)));

        DriftReport report = DriftDetector.compare(
                DriftReference.of("test", reference),
                current,
                DriftOptions.defaults().withPredictionColumn("score"));

        assertThat(report.features()).extracting(FeatureDrift::feature).containsExactly("age");
        assertThat(report.prediction())
                .hasValueSatisfying(p -> assertThat(p.drift()).isTrue());
        assertThat(report.datasetDrift()).isFalse();
    }

    @Test
    void aReferenceFedRowByRowKeepsTheFirstRowsOnly() {
        DriftSample.Builder builder = DriftSample.builder().maxRows(3);
        List<Boolean> taken = IntStream.range(0, 5)
                .mapToObj(i -> builder.addRow(Map.of("latency", i * 1.5, "variant", i % 2 == 0 ? "a" : "b")))
                .toList();

        DriftSample sample = builder.build();

        assertThat(taken).containsExactly(true, true, true, false, false);
        assertThat(sample.column("latency").orElseThrow())
                .isEqualTo(new DriftColumn.Numeric("latency", new double[] {0, 1.5, 3}));
        assertThat(sample.column("variant").orElseThrow())
                .isEqualTo(new DriftColumn.Categorical("variant", List.of("a", "b", "a")));
    }

    @Test
    void aFeatureMissingFromTheCurrentSampleIsNamed() {
        DriftReference reference = DriftReference.of("test", DriftSample.of(List.of(numbers("age", 10, 0))));

        assertThatThrownBy(() -> DriftDetector.compare(
                        reference, DriftSample.of(List.of(numbers("height", 10, 0))), DriftOptions.defaults()))
                .hasMessageContaining("no column 'age'");
    }

    @Test
    void numberTestsRefuseCategories() {
        DriftColumn colours = new DriftColumn.Categorical("colour", List.of("red", "blue", "red"));

        assertThatThrownBy(() -> compareOne(
                        colours, colours, DriftOptions.defaults().withTest("colour", DriftTest.KOLMOGOROV_SMIRNOV)))
                .hasMessageContaining("compares numbers only");
    }

    private static FeatureDrift compareOne(DriftColumn reference, DriftColumn current, DriftOptions options) {
        return DriftDetector.compare(
                        DriftReference.of("test", DriftSample.of(List.of(reference))),
                        DriftSample.of(List.of(current)),
                        options)
                .features()
                .get(0);
    }

    /** {@code size} values cycling through {@code distinct} distinct ones. */
    private static DriftColumn column(String type, int size, int distinct) {
        if (type.equals("numeric")) {
            return new DriftColumn.Numeric(
                    "x", IntStream.range(0, size).mapToDouble(i -> i % distinct).toArray());
        }
        return new DriftColumn.Categorical(
                "x", IntStream.range(0, size).mapToObj(i -> "c" + i % distinct).toList());
    }

    /** 0, 1, ..., size - 1, shifted by {@code shift}. */
    private static DriftColumn numbers(String name, int size, double shift) {
        return new DriftColumn.Numeric(
                name, IntStream.range(0, size).mapToDouble(i -> i + shift).toArray());
    }
}
