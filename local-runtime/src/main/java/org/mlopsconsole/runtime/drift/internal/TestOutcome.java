package org.mlopsconsole.runtime.drift.internal;

import java.util.OptionalDouble;

/** A test's statistic and, for the tests that give one, its p-value. */
public record TestOutcome(double statistic, OptionalDouble pValue) {

    static TestOutcome of(double statistic, double pValue) {
        return new TestOutcome(statistic, OptionalDouble.of(pValue));
    }

    static TestOutcome distance(double distance) {
        return new TestOutcome(distance, OptionalDouble.empty());
    }
}
