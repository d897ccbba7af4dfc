package org.mlopsconsole.runtime.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against SciPy on the same data (fixtures made by make_fixtures.py). Statistics agree
 * within 1e-9 absolute; they differ only in the order of floating-point sums (at most 2e-13 seen,
 * on a chi-square of 463). P-values come from other code than SciPy's (Commons Statistics' exact
 * KS, its regularized gamma for chi-square, its normal survival function), so they are held to
 * 1e-12 relative: at most 7e-14 seen, on a chi-square p-value of 4e-100.
 */
class DriftEqualsSciPyTest {

    private static final double STATISTIC_TOLERANCE = 1e-9;
    private static final double P_VALUE_RELATIVE = 1e-12;

    static List<DriftFixtures.StatisticCase> cases() {
        return DriftFixtures.statisticCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statisticAndPValueEqualSciPys(DriftFixtures.StatisticCase fixture) {
        FeatureDrift drift = compare(fixture);

        double statistic = fixture.test().equals("psi") ? drift.psi() : drift.statistic();
        if (Double.isInfinite(fixture.statistic())) {
            assertThat(statistic).isEqualTo(fixture.statistic());
        } else {
            assertThat(statistic).isCloseTo(fixture.statistic(), within(STATISTIC_TOLERANCE));
        }
        if (fixture.test().equals("psi")) {
            return;
        }
        if (fixture.pValue() == null) {
            assertThat(drift.pValue()).isEmpty();
        } else {
            double expected = fixture.pValue();
            double tolerance = P_VALUE_RELATIVE * expected;
            assertThat(drift.pValue().orElseThrow()).isCloseTo(expected, within(tolerance));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theVerdictFollowsTheShift(DriftFixtures.StatisticCase fixture) {
        FeatureDrift drift = compare(fixture);

        boolean verdict = fixture.test().equals("psi") ? drift.psiBand() != PsiBand.STABLE : drift.drift();
        assertThat(verdict).isEqualTo(fixture.shifted());
    }

    private static FeatureDrift compare(DriftFixtures.StatisticCase fixture) {
        DriftOptions options = DriftTest.byId(fixture.test())
                .map(test -> DriftOptions.defaults().withTest("x", test))
                .orElse(DriftOptions.defaults());
        DriftReport report = DriftDetector.compare(
                DriftReference.of("fixture", DriftSample.of(List.of(fixture.reference()))),
                DriftSample.of(List.of(fixture.current())),
                options);
        Optional<FeatureDrift> drift = report.feature("x");
        assertThat(drift).isPresent();
        return drift.orElseThrow();
    }
}
