package org.mlopsconsole.runtime.internal.benchmark;

import java.util.Optional;
import org.mlopsconsole.runtime.benchmark.ServerSplit;

/** Cumulative statistics-extension counters (count and nanoseconds) at one moment. */
public record StatisticsSnapshot(
        long successCount,
        long successNs,
        long queueNs,
        long computeInputNs,
        long computeInferNs,
        long computeOutputNs) {

    /** Per-request averages between {@code earlier} and this snapshot; empty when nothing ran. */
    public Optional<ServerSplit> since(StatisticsSnapshot earlier) {
        long requests = successCount - earlier.successCount;
        if (requests <= 0) {
            return Optional.empty();
        }
        double perRequestMs = 1e6 * requests;
        return Optional.of(new ServerSplit(
                requests,
                (successNs - earlier.successNs) / perRequestMs,
                (queueNs - earlier.queueNs) / perRequestMs,
                (computeInputNs - earlier.computeInputNs) / perRequestMs,
                (computeInferNs - earlier.computeInferNs) / perRequestMs,
                (computeOutputNs - earlier.computeOutputNs) / perRequestMs));
    }
}
