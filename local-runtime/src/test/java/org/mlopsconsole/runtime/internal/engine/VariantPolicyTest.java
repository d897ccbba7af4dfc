package org.mlopsconsole.runtime.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.ModelConfig.Variant;
import org.mlopsconsole.runtime.ModelConfig.VariantGroup;

class VariantPolicyTest {

    private static final long MS = 1_000_000;

    private VariantPolicy policy;

    @BeforeEach
    void setUp() {
        // listed out of order on purpose: the most accurate is served first
        policy = new VariantPolicy(
                new VariantGroup(List.of(new Variant("int8", 0.80), new Variant("fp32", 0.84)), 50, 8, 40, 0.5));
    }

    private Optional<VariantPolicy.Switch> feed(int count, long latencyMillis, int queueDepth) {
        Optional<VariantPolicy.Switch> last = Optional.empty();
        for (int i = 0; i < count && last.isEmpty(); i++) {
            last = policy.observe(policy.current(), latencyMillis * MS, queueDepth);
        }
        return last;
    }

    @Test
    void theMostAccurateVariantServesWhileTheSloHolds() {
        assertThat(feed(100, 40, 0)).isEmpty();
        assertThat(policy.current()).isEqualTo("fp32");
    }

    @Test
    void aP95OverTheSloMovesToTheFasterVariant() {
        Optional<VariantPolicy.Switch> change = feed(100, 80, 0);

        assertThat(change).hasValueSatisfying(s -> {
            assertThat(s.from()).isEqualTo("fp32");
            assertThat(s.to()).isEqualTo("int8");
            assertThat(s.reason()).contains("p95 80.0 ms over the SLO of 50.0 ms");
        });
        assertThat(policy.current()).isEqualTo("int8");
    }

    @Test
    void aFullQueueMovesAtOnce() {
        Optional<VariantPolicy.Switch> change = policy.observe("fp32", 1 * MS, 8);

        assertThat(change).hasValueSatisfying(s -> assertThat(s.reason()).contains("queue depth 8 reached 8"));
    }

    @Test
    void itMovesBackOnlyWellUnderTheSlo() {
        feed(100, 80, 0);

        assertThat(feed(100, 30, 0))
                .as("30 ms is under the SLO but not under half of it")
                .isEmpty();
        Optional<VariantPolicy.Switch> back = feed(100, 10, 0);

        assertThat(back).hasValueSatisfying(s -> assertThat(s.to()).isEqualTo("fp32"));
    }

    @Test
    void theFastestVariantStaysEvenWhenTheSloIsMissed() {
        feed(100, 80, 0);

        assertThat(feed(100, 90, 0)).isEmpty();
        assertThat(policy.current()).isEqualTo("int8");
    }

    @Test
    void latenciesOfAnotherVariantAreIgnored() {
        assertThat(policy.observe("int8", 500 * MS, 0)).isEmpty();
    }
}
