package org.mlopsconsole.runtime.bench;

import java.lang.management.ManagementFactory;

/** What the benchmarks print beside their figures: how busy the shared machine was. */
final class Machine {

    private Machine() {}

    /** The one-minute load average; a figure taken at a high one measured the neighbours too. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
