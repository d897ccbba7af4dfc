package org.mlopsconsole.runtime.internal.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** This process's CPU, resident memory and open files, where the platform tells them. */
final class ProcessProbe {

    private static final Path STATUS = Path.of("/proc/self/status");
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    /** The share of all cores this process used recently, 0 to 1. */
    OptionalDouble cpuUsage() {
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            double load = sun.getProcessCpuLoad();
            return load < 0 ? OptionalDouble.empty() : OptionalDouble.of(load);
        }
        return OptionalDouble.empty();
    }

    /** VmRSS of /proc/self/status (Linux). */
    OptionalLong residentBytes() {
        if (!Files.isReadable(STATUS)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes =
                            line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    OptionalLong openFiles() {
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return OptionalLong.of(unix.getOpenFileDescriptorCount());
        }
        return OptionalLong.empty();
    }
}
