package org.mlopsconsole.runtime.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.alerts.AlertRule.Comparison;

/** Alert rules raised and resolved on an injected clock: no sleeps. */
class AlertEvaluatorTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final Signals signals = new Signals();
    private final List<AlertEvent> events = new ArrayList<>();
    private final AlertEvaluator evaluator = new AlertEvaluator(clock, List.of(signals));

    {
        evaluator.addListener(events::add);
    }

    /** A signal source the test sets by hand (a drift monitor would be one too). */
    static final class Signals implements SignalSource {
        final Map<String, Double> values = new HashMap<>();

        @Override
        public Set<String> signals() {
            return Set.of("latency_p95_ms", "drift_share");
        }

        @Override
        public OptionalDouble read(String model, String signal) {
            Double value = values.get(model + "/" + signal);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
    }

    private static AlertRule rule(String signal, String comparison, double threshold, Duration window, Duration hold) {
        return new AlertRule(
                "classifier", "rule", signal, Comparison.parse(comparison).orElseThrow(), threshold, window, hold);
    }

    /** Sets the signal, moves the clock to {@code seconds} after the start and evaluates. */
    private void at(long seconds, double p95) {
        signals.values.put("classifier/latency_p95_ms", p95);
        clock.advance(Duration.between(clock.instant(), START.plusSeconds(seconds)));
        evaluator.evaluate();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
        "101, >, 100, true",
        "100, >, 100, false",
        "100, >=, 100, true",
        "99, >=, 100, false",
        "99, <, 100, true",
        "100, <, 100, false",
        "100, <=, 100, true",
        "101, <=, 100, false"
    })
    void comparisonsReadAsInPromQl(double value, String comparison, double threshold, boolean holds) {
        assertThat(rule("latency_p95_ms", comparison, threshold, Duration.ZERO, Duration.ZERO)
                        .holds(value))
                .isEqualTo(holds);
    }

    @Test
    void anAlertIsRaisedOnlyAfterItsConditionHeldForTheForDurationAndResolvedWhenItStops() {
        evaluator.setRules(
                "classifier", List.of(rule("latency_p95_ms", ">", 100, Duration.ZERO, Duration.ofSeconds(30))));

        at(0, 150);
        at(20, 150);
        assertThat(events).isEmpty();
        assertThat(evaluator.active()).isEmpty();

        at(30, 160);
        assertThat(events).singleElement().isInstanceOf(AlertEvent.Raised.class);
        assertThat(events.get(0).value()).isEqualTo(160);
        assertThat(evaluator.active())
                .singleElement()
                .extracting(AlertEvaluator.ActiveAlert::since)
                .isEqualTo(START.plusSeconds(30));

        at(40, 50);
        assertThat(events).hasSize(2);
        AlertEvent.Resolved resolved = (AlertEvent.Resolved) events.get(1);
        assertThat(resolved.raisedAt()).isEqualTo(START.plusSeconds(30));
        assertThat(resolved.at()).isEqualTo(START.plusSeconds(40));
        assertThat(evaluator.active()).isEmpty();
    }

    @Test
    void aBreachShorterThanTheForDurationNeverRaises() {
        evaluator.setRules(
                "classifier", List.of(rule("latency_p95_ms", ">", 100, Duration.ZERO, Duration.ofSeconds(30))));

        at(0, 150);
        at(20, 90); // the condition broke: its 30 s start again
        at(25, 150);
        at(50, 150);
        assertThat(events).isEmpty();

        at(55, 150);
        assertThat(events).singleElement().isInstanceOf(AlertEvent.Raised.class);
    }

    @Test
    void theWindowAveragesTheSamplesItHolds() {
        evaluator.setRules(
                "classifier", List.of(rule("latency_p95_ms", ">", 100, Duration.ofSeconds(60), Duration.ZERO)));

        at(0, 200);
        assertThat(events).hasSize(1); // mean 200
        at(10, 0);
        assertThat(events).hasSize(2); // mean 100: resolved
        at(20, 150);
        assertThat(events).hasSize(3); // mean 116.7: raised again
        at(90, 60);
        assertThat(events).hasSize(4); // the 200, 0 and 150 have left the window: mean 60
        assertThat(events.get(3)).isInstanceOf(AlertEvent.Resolved.class);
    }

    @Test
    void aSignalWithoutDataNeitherRaisesNorKeepsAnAlertRaised() {
        evaluator.setRules("classifier", List.of(rule("latency_p95_ms", ">", 100, Duration.ZERO, Duration.ZERO)));
        evaluator.evaluate();
        assertThat(events).isEmpty();

        at(1, 500);
        signals.values.clear();
        clock.advance(Duration.ofSeconds(1));
        evaluator.evaluate();

        assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly("Raised", "Resolved");
    }

    @Test
    void removingARuleResolvesItsAlertAndKeepingItKeepsItsState() {
        AlertRule slow = rule("latency_p95_ms", ">", 100, Duration.ZERO, Duration.ZERO);
        evaluator.setRules("classifier", List.of(slow));
        at(0, 500);
        evaluator.setRules("classifier", List.of(slow));
        assertThat(evaluator.active()).hasSize(1);

        evaluator.setRules("classifier", List.of());

        assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly("Raised", "Resolved");
        assertThat(evaluator.rules("classifier")).isEmpty();
    }

    @Test
    void signalsFromAnotherSourceFeedRulesTooAsADriftMonitorWould() {
        Signals drift = new Signals();
        drift.values.put("classifier/drift_share", 0.75);
        AlertEvaluator withDrift = new AlertEvaluator(clock, List.of());
        withDrift.addSource(drift);
        withDrift.addListener(events::add);
        withDrift.setRules("classifier", List.of(rule("drift_share", ">=", 0.5, Duration.ZERO, Duration.ZERO)));

        withDrift.evaluate();

        assertThat(withDrift.signals()).contains("drift_share");
        assertThat(events).singleElement().isInstanceOf(AlertEvent.Raised.class);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<AlertEvent> seen = new ArrayList<>();
        evaluator.addListener(event -> {
            throw new IllegalStateException("broken notification");
        });
        evaluator.addListener(seen::add);
        evaluator.setRules("classifier", List.of(rule("latency_p95_ms", ">", 100, Duration.ZERO, Duration.ZERO)));

        at(0, 500);

        assertThat(seen).hasSize(1);
    }
}
