package org.mlopsconsole.runtime.bench;

import java.lang.management.ManagementFactory;
import org.mlopsconsole.runtime.benchmark.BenchProgress;

/**
 * The process's CPU per inference over a point's measured windows (from the second on; the first
 * has no start mark). Served, it counts the server and the load generator, which share the
 * machine. On a machine whose other processes take most of the cores, throughput ratios follow the
 * share the benchmark happened to get; the CPU an item costs does not, so its ratio is what the
 * throughput ratio would be where the benchmark has the cores to itself.
 */
final class CpuPerItem implements BenchProgress {
    private long lastCpu = -1;
    private long lastWall;
    private double cpuNanos;
    private double items;

    @Override
    public void windowMeasured(int trial, double throughput, double p95Ms) {
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        if (trial == 1) {
            cpuNanos = 0;
            items = 0;
        } else if (lastCpu >= 0) {
            cpuNanos += cpu - lastCpu;
            items += throughput * (wall - lastWall) / 1e9;
        }
        lastCpu = cpu;
        lastWall = wall;
    }

    /** NaN until a second window has been measured. */
    double microsPerItem() {
        return cpuNanos / 1e3 / items;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
