package org.mlopsconsole.runtime.benchmark;

/** Latency percentiles in milliseconds, read from an HdrHistogram (3 significant digits). */
public record Latency(double p50, double p90, double p95, double p99, double p999, double max, double mean) {

    public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0, 0);
}
