package org.mlopsconsole.runtime.benchmark;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One measured point: a load level, a batch size and (in process) session settings, measured over
 * the last windows (the stable ones, or the last ones tried when it never settled).
 *
 * @param throughput inferences per second (a request of batch n counts n), as perf_analyzer's
 * @param latencyMs per request, from its scheduled start in the open loop, from its send otherwise
 * @param serviceMs per request from the moment it was actually sent; below latencyMs when the open
 *     loop could not send on time
 * @param errors failed requests by kind, e.g. {@code http 503}, {@code timeout}
 * @param stable whether the last windows agreed within the tolerance
 * @param trials windows measured
 * @param generatorCpuMicrosPerRequest the generator's own threads' CPU per request (HTTP targets)
 */
public record PointResult(
        LoadPoint load,
        int batch,
        Optional<SessionSettings> session,
        double throughput,
        double requestsPerSecond,
        long requests,
        Latency latencyMs,
        Latency serviceMs,
        Map<String, Long> errors,
        boolean stable,
        int trials,
        Optional<ServerSplit> server,
        OptionalDouble generatorCpuMicrosPerRequest) {

    public PointResult {
        errors = Map.copyOf(errors);
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
