package org.mlopsconsole.runtime.alerts;

import java.time.Instant;

/** An alert raised or resolved by an {@link AlertEvaluator}. */
public sealed interface AlertEvent {

    AlertRule rule();

    /** The signal's windowed value at this evaluation. */
    double value();

    Instant at();

    /** The rule's condition held for its {@code for} duration. */
    record Raised(AlertRule rule, double value, Instant at) implements AlertEvent {}

    /** The condition of a raised alert no longer holds. */
    record Resolved(AlertRule rule, double value, Instant at, Instant raisedAt) implements AlertEvent {}
}
