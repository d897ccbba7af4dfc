package org.mlopsconsole.runtime.internal.benchmark;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mlopsconsole.runtime.OnnxRuntimeInfo;
import org.mlopsconsole.runtime.benchmark.Fingerprint;

/** Reads the facts of this machine and its software that a benchmark result carries. */
public final class FingerprintProbe {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    private FingerprintProbe() {}

    public static Fingerprint probe(
            Optional<Path> modelFile, String target, Map<String, String> server, Map<String, String> settings) {
        List<String> cpuinfo = cpuinfo();
        return new Fingerprint(
                cpuModel(cpuinfo),
                Runtime.getRuntime().availableProcessors(),
                physicalCores(cpuinfo),
                memoryBytes(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                OnnxRuntimeInfo.version(),
                providers(),
                gpus(),
                modelFile.map(FingerprintProbe::sha256),
                target,
                server,
                settings);
    }

    private static List<String> cpuinfo() {
        try {
            return Files.isReadable(CPUINFO) ? Files.readAllLines(CPUINFO) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String cpuModel(List<String> cpuinfo) {
        return cpuinfo.stream()
                .filter(line -> line.startsWith("model name") || line.startsWith("Model"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse(System.getProperty("os.arch") + " (model unknown)");
    }

    /** Distinct (physical id, core id) pairs; empty when the file does not list them. */
    static Optional<Integer> physicalCores(List<String> cpuinfo) {
        Set<String> cores = new HashSet<>();
        String physical = "0";
        for (String line : cpuinfo) {
            String value = line.substring(line.indexOf(':') + 1).trim();
            if (line.startsWith("physical id")) {
                physical = value;
            } else if (line.startsWith("core id")) {
                cores.add(physical + "/" + value);
            }
        }
        return cores.isEmpty() ? Optional.empty() : Optional.of(cores.size());
    }

    private static long memoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    private static List<String> providers() {
        return OrtEnvironment.getAvailableProviders().stream()
                .map(OrtProvider::name)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
    }

    /** nvidia-smi's name and driver per GPU; none when it is absent or says nothing in 5 s. */
    static List<String> gpus() {
        try {
            Process process = new ProcessBuilder(
                            "nvidia-smi", "--query-gpu=name,driver_version", "--format=csv,noheader")
                    .redirectErrorStream(true)
                    .start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    return List.of();
                }
                return new String(out.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::trim)
                        .filter(line -> !line.isEmpty())
                        .map(line -> line.replace(", ", ", driver "))
                        .toList();
            }
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
