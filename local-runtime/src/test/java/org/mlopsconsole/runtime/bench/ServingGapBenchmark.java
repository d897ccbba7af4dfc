package org.mlopsconsole.runtime.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.runtime.bench.ServingBenchmark.Model;
import org.mlopsconsole.runtime.bench.ServingBenchmark.Served;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.Benchmark;
import org.mlopsconsole.runtime.benchmark.PointResult;

/**
 * The serving gap of issue 16, point 10, in one short run: MiniLM int8 (16 tokens) in process at
 * batch 1, 8, 16 and 32 (the best is the ceiling), then served at concurrency 16 with batching on,
 * JSON and binary outputs, and the small model's c=1 HTTP overhead. Each served point also prints
 * the load generator's CPU share (its threads' CPU per request × requests per second ÷ cores) and
 * the whole process's CPU share, since on a small machine client and server share the cores, and
 * the CPU per item of every point, whose ratios hold on a machine busy with other work. Run it
 * with the classes of two builds one after the other in one script to compare them (see
 * docs/performance.md). Not a test.
 */
public final class ServingGapBenchmark {

    private static final String BATCHING = "{\"max_batch_size\": 32, \"max_queue_size\": 1024}";
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private ServingGapBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("serving-gap");
        String label = System.getProperty("bench.label", "this build");
        List<Model> models = ServingBenchmark.models(work);
        Model small = models.get(0);
        Model int8 = models.get(2);
        ServingBenchmark.warmUpServer(int8, work);
        double best = 0;
        double bestCpuPerItem = Double.NaN;
        for (int batch : new int[] {1, 8, 16, 32}) {
            CpuPerItem cpu = new CpuPerItem();
            BenchPlan plan = ServingBenchmark.plan(new BenchTarget.OnnxFile(int8.file()), 1)
                    .withBatches(List.of(batch));
            PointResult figures = Benchmark.run(plan, cpu).points().get(0);
            if (figures.throughput() > best) {
                best = figures.throughput();
                bestCpuPerItem = cpu.microsPerItem();
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s | int8 in-process batch %d | %.0f items/s%s | %.0f µs CPU per item | load %.1f%n",
                    label,
                    batch,
                    figures.throughput(),
                    figures.stable() ? "" : " (unstable)",
                    cpu.microsPerItem(),
                    Machine.loadAverage());
        }
        double[] json = served(label, int8, work, false);
        double[] binary = served(label, int8, work, true);
        double smallInProcess = ServingBenchmark.inProcess(small, 1, 0).p50Millis();
        double smallServed;
        try (Served served = Served.start(small, work, BATCHING)) {
            smallServed =
                    point(served, 1, false, BenchProgress.NONE).latencyMs().p50();
        }
        System.out.printf(
                Locale.ROOT,
                "%s | RATIOS | c=16 JSON ÷ best in-process %.2f | binary %.2f | small c=1 HTTP overhead %.3f ms"
                        + " | load %.1f%n",
                label,
                json[0] / best,
                binary[0] / best,
                smallServed - smallInProcess,
                Machine.loadAverage());
        System.out.printf(
                Locale.ROOT,
                "%s | CPU-BOUND RATIOS | best in-process CPU per item ÷ served: JSON %.2f | binary %.2f%n",
                label,
                bestCpuPerItem / json[1],
                bestCpuPerItem / binary[1]);
    }

    /** Throughput and CPU microseconds per item of MiniLM served at c=16. */
    private static double[] served(String label, Model model, Path work, boolean binary) throws Exception {
        try (Served served = Served.start(model, work, BATCHING)) {
            long cpuBefore = CpuPerItem.processCpuNanos();
            long wallBefore = System.nanoTime();
            CpuPerItem cpu = new CpuPerItem();
            PointResult point = point(served, 16, binary, cpu);
            double processShare =
                    (CpuPerItem.processCpuNanos() - cpuBefore) / (double) (System.nanoTime() - wallBefore) / CORES;
            double generatorShare =
                    point.generatorCpuMicrosPerRequest().orElse(Double.NaN) * point.requestsPerSecond() / 1e6 / CORES;
            System.out.printf(
                    Locale.ROOT,
                    "%s | int8 served c=16 %s | %.0f items/s | p50 %.2f ms | %.0f µs CPU per item, generator's"
                            + " %.0f | generator CPU %.0f %% of cores, process %.0f %%%s | load %.1f%n",
                    label,
                    binary ? "binary" : "JSON",
                    point.throughput(),
                    point.latencyMs().p50(),
                    cpu.microsPerItem(),
                    point.generatorCpuMicrosPerRequest().orElse(Double.NaN),
                    100 * generatorShare,
                    100 * processShare,
                    point.stable() ? "" : " (unstable)",
                    Machine.loadAverage());
            return new double[] {point.throughput(), cpu.microsPerItem()};
        }
    }

    private static PointResult point(Served served, int concurrency, boolean binary, BenchProgress progress)
            throws InterruptedException {
        BenchTarget target =
                new BenchTarget.OipHttp(URI.create(served.server().baseUrl()), "m").withBinaryOutput(binary);
        BenchPlan plan = ServingBenchmark.plan(target, concurrency);
        return Benchmark.run(plan, progress).points().get(0);
    }
}
