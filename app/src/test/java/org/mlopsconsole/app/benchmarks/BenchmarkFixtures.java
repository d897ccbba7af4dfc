package org.mlopsconsole.app.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.BenchResultFiles;
import org.mlopsconsole.runtime.benchmark.Fingerprint;
import org.mlopsconsole.runtime.benchmark.GeneratorOverhead;
import org.mlopsconsole.runtime.benchmark.Latency;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.PointResult;
import org.mlopsconsole.runtime.benchmark.SessionSettings;

/** Results with known figures, and the real MiniLM int8 model from the test resources. */
final class BenchmarkFixtures {

    private BenchmarkFixtures() {}

    static Path miniLm(Path dir) throws IOException {
        Path model = dir.resolve("minilm-int8.onnx");
        if (!Files.exists(model)) {
            try (InputStream in = BenchmarkFixtures.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
                Files.copy(in, model);
            }
        }
        return model;
    }

    /**
     * An in-process result on {@code cpu} whose throughput at concurrency c and batch b is {@code
     * scale * c * b} and whose p50 is {@code 10 / scale} ms.
     */
    static BenchResult result(String cpu, double scale) {
        List<PointResult> points = new java.util.ArrayList<>();
        for (int batch : List.of(1, 8)) {
            for (int clients : List.of(1, 2, 4)) {
                double p50 = 10 / scale * batch;
                points.add(new PointResult(
                        new LoadPoint.Concurrency(clients),
                        batch,
                        Optional.of(SessionSettings.defaults()),
                        scale * clients * batch,
                        scale * clients,
                        1000,
                        new Latency(p50, p50 * 1.5, p50 * 2, p50 * 3, p50 * 4, p50 * 5, p50),
                        new Latency(p50, p50 * 1.5, p50 * 2, p50 * 3, p50 * 4, p50 * 5, p50),
                        Map.of(),
                        true,
                        3,
                        Optional.empty(),
                        OptionalDouble.empty()));
            }
        }
        Fingerprint fingerprint = new Fingerprint(
                cpu,
                8,
                Optional.of(4),
                16L << 30,
                "Linux 6.1 amd64",
                "OpenJDK 17",
                "1.28.0",
                List.of("cpu"),
                List.of(),
                Optional.of("ab".repeat(32)),
                "minilm-int8.onnx",
                Map.of(),
                Map.of(
                        "loads",
                        "concurrency 1; concurrency 2; concurrency 4",
                        "batches",
                        "[1, 8]",
                        "sessions",
                        "default intra, opt all, cpu",
                        "window",
                        "5s"));
        return new BenchResult(
                Instant.parse("2026-12-01T10:00:00Z"),
                fingerprint,
                new GeneratorOverhead("no-op", Latency.NONE, 1e6, OptionalDouble.empty()),
                points,
                OptionalDouble.empty());
    }

    static Path file(Path dir, String name, BenchResult result) throws IOException {
        Path file = dir.resolve(name);
        BenchResultFiles.write(result, file);
        return file;
    }
}
