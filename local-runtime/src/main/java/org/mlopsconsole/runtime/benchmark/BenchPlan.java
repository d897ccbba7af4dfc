package org.mlopsconsole.runtime.benchmark;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A benchmark: every combination of load point × batch size × session settings (session settings
 * apply in process only; an HTTP target takes the server's), measured one after another.
 *
 * @param maxP99Ms a Model Analyzer-style constraint: the best configuration is the stable one with
 *     the highest throughput whose p99 stays at or under it; empty for no constraint
 */
public record BenchPlan(
        BenchTarget target,
        List<LoadPoint> loads,
        List<Integer> batches,
        List<SessionSettings> sessions,
        InputSource inputs,
        MeasurementSettings measurement,
        OptionalDouble maxP99Ms) {

    public BenchPlan {
        loads = List.copyOf(loads);
        batches = List.copyOf(batches);
        sessions = List.copyOf(sessions);
        if (loads.isEmpty() || batches.isEmpty() || sessions.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one load point, batch size and session setting");
        }
        if (batches.stream().anyMatch(batch -> batch < 1)) {
            throw new IllegalArgumentException("batch sizes must be at least 1");
        }
        if (target instanceof BenchTarget.OipHttp && sessions.size() > 1) {
            throw new IllegalArgumentException(
                    "session settings (threads, optimization, provider) are swept in process only");
        }
    }

    /** One point at concurrency 1, batch 1, default settings and generated random inputs. */
    public static BenchPlan simple(BenchTarget target, MeasurementSettings measurement) {
        return new BenchPlan(
                target,
                List.of(new LoadPoint.Concurrency(1)),
                List.of(1),
                List.of(SessionSettings.defaults()),
                InputSource.Generated.random(),
                measurement,
                OptionalDouble.empty());
    }

    public BenchPlan withLoads(List<LoadPoint> newLoads) {
        return new BenchPlan(target, newLoads, batches, sessions, inputs, measurement, maxP99Ms);
    }

    public BenchPlan withBatches(List<Integer> newBatches) {
        return new BenchPlan(target, loads, newBatches, sessions, inputs, measurement, maxP99Ms);
    }

    public BenchPlan withSessions(List<SessionSettings> newSessions) {
        return new BenchPlan(target, loads, batches, newSessions, inputs, measurement, maxP99Ms);
    }

    public BenchPlan withInputs(InputSource newInputs) {
        return new BenchPlan(target, loads, batches, sessions, newInputs, measurement, maxP99Ms);
    }

    public BenchPlan withMeasurement(MeasurementSettings newMeasurement) {
        return new BenchPlan(target, loads, batches, sessions, inputs, newMeasurement, maxP99Ms);
    }

    public BenchPlan withMaxP99Ms(OptionalDouble constraint) {
        return new BenchPlan(target, loads, batches, sessions, inputs, measurement, constraint);
    }

    /** How many points the plan measures. */
    public int pointCount() {
        return loads.size() * batches.size() * sessions.size();
    }
}
