package org.mlopsconsole.runtime.benchmark;

import java.util.OptionalDouble;

/**
 * The load generator's own cost, reported with every run so a result says how much of a latency is
 * the tool's: its latency floor against an echo target of the same kind (an HTTP server that
 * answers {@code {}} at once, or a no-op in process), and the CPU its own threads use per request.
 *
 * @param echoTarget what the floor was measured against
 * @param floorMs the echo target's latency at concurrency 1
 * @param floorRequestsPerSecond requests per second the generator reached against it
 * @param cpuMicrosPerRequest the generator's threads' CPU per request against the echo target;
 *     empty in process, where the generator's threads run the model themselves
 */
public record GeneratorOverhead(
        String echoTarget, Latency floorMs, double floorRequestsPerSecond, OptionalDouble cpuMicrosPerRequest) {}
