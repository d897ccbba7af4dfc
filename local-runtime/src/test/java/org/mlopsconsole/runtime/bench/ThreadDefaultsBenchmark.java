package org.mlopsconsole.runtime.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.runtime.bench.ServingBenchmark.Model;

/**
 * Prints the figures behind the runtime's thread defaults: ONNX Runtime intra-op threads 1 versus
 * one per core in process, then the server with one or two instances of one or two
 * intra-op threads each, at concurrency 1 and 16 with batching on, all measured by the benchmark
 * engine. Not a test: run it on a quiet
 * machine, the same way as {@link ServingBenchmark} (docs/performance.md).
 */
public final class ThreadDefaultsBenchmark {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private record Setting(int instances, int intraOpThreads, int interOpThreads) {
        String config() {
            return String.format(
                    Locale.ROOT,
                    "{\"max_batch_size\": 32, \"max_queue_size\": 1024, \"instance_count\": %d,"
                            + " \"intra_op_threads\": %d, \"inter_op_threads\": %d}",
                    instances,
                    intraOpThreads,
                    interOpThreads);
        }

        String label() {
            return instances + " × " + intraOpThreads + " intra, " + interOpThreads + " inter";
        }
    }

    private ThreadDefaultsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("thread-bench");
        List<Setting> settings = List.of(
                new Setting(1, CORES, 1),
                new Setting(1, 1, 1),
                new Setting(CORES, 1, 1),
                new Setting(CORES, CORES, 1),
                new Setting(1, CORES, CORES));
        System.out.printf(Locale.ROOT, "# %d cores; instances × intra-op threads, inter-op threads%n%n", CORES);
        List<Model> models = ServingBenchmark.models(work);
        ServingBenchmark.warmUpServer(models.get(0), work);
        System.out.println("| model | path | setting | load | p50 ms | p99 ms | items/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Model model : models) {
            for (int threads : new int[] {1, CORES}) {
                for (int batch : new int[] {1, 8}) {
                    ServingBenchmark.row(
                            model.name(),
                            "in-process",
                            threads + " intra",
                            "batch " + batch,
                            ServingBenchmark.inProcess(model, batch, threads));
                }
            }
            for (Setting setting : settings) {
                for (int concurrency : new int[] {1, 16}) {
                    ServingBenchmark.row(
                            model.name(),
                            "HTTP, batching on",
                            setting.label(),
                            "c=" + concurrency,
                            ServingBenchmark.overHttp(model, work, setting.config(), concurrency));
                }
            }
        }
    }
}
