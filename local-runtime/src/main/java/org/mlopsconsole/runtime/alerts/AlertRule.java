package org.mlopsconsole.runtime.alerts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.mlopsconsole.runtime.InvalidInputException;

/**
 * One alert rule of a model, as Prometheus' alerting rules have it: the signal's mean over
 * {@code window} compared with {@code threshold} must hold for {@code forDuration} before the alert
 * is raised; it is resolved at the first evaluation where it no longer holds.
 *
 * @param signal a name a {@link SignalSource} knows, for example {@code latency_p95_ms}
 * @param window how far back the samples are averaged; zero takes the latest sample alone
 * @param forDuration how long the condition must hold; zero raises at the first evaluation
 */
public record AlertRule(
        String model,
        String name,
        String signal,
        Comparison comparison,
        double threshold,
        Duration window,
        Duration forDuration) {

    public AlertRule {
        if (name.isBlank()) {
            throw new InvalidInputException("An alert rule needs a name");
        }
        if (window.isNegative() || forDuration.isNegative()) {
            throw new InvalidInputException("Alert rule '" + name + "': window and for cannot be negative");
        }
        if (!Double.isFinite(threshold)) {
            throw new InvalidInputException("Alert rule '" + name + "': the threshold must be a finite number");
        }
    }

    public boolean holds(double value) {
        return comparison.holds(value, threshold);
    }

    /** How a signal is compared with the threshold, written as in PromQL. */
    public enum Comparison {
        ABOVE(">"),
        AT_LEAST(">="),
        BELOW("<"),
        AT_MOST("<=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(double value, double threshold) {
            return switch (this) {
                case ABOVE -> value > threshold;
                case AT_LEAST -> value >= threshold;
                case BELOW -> value < threshold;
                case AT_MOST -> value <= threshold;
            };
        }

        public static Optional<Comparison> parse(String symbol) {
            return Arrays.stream(values())
                    .filter(comparison -> comparison.symbol.equals(symbol.trim()))
                    .findFirst();
        }
    }
}
