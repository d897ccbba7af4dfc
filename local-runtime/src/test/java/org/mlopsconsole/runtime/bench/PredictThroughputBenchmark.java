package org.mlopsconsole.runtime.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.batch.BatchJob;
import org.mlopsconsole.runtime.batch.BatchResult;
import org.mlopsconsole.runtime.batch.BatchScorer;
import org.mlopsconsole.runtime.batch.TableFormat;

/**
 * Prints {@code predict}'s throughput (rows per second, reading and writing the CSV included): the
 * Tribuo classifier (4 features in, 3 scores out) on a generated file at batch 1, 64 and 256 (100,000
 * rows by default: 10,000 score in well under a second at batch 64, too short to measure), and
 * the MiniLM fp32 text pipeline (tokenizer, model, mean pooling, L2) on a file of sentences. Each
 * figure is the best of {@code bench.repeats} runs after one warm-up run, with the 1-minute load
 * average read after it. {@code -Dbench.rows=100000 -Dbench.textRows=1000 -Dbench.repeats=3}; {@code -Dbench.textRows=0} leaves the
 * text pipeline out.
 */
public final class PredictThroughputBenchmark {

    private static final String[] WORDS = {
        "model", "serving", "latency", "the", "pipeline", "tokenizer", "embedding", "batch", "a", "of",
        "vector", "query", "search", "fast", "runtime", "file", "score", "row", "text", "sentence"
    };

    private PredictThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int textRows = Integer.getInteger("bench.textRows", 1_000);
        int repeats = Integer.getInteger("bench.repeats", 3);
        Path work = Files.createTempDirectory("predict-bench");
        ModelRepository repository = ModelRepository.open(work.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(work.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        repository.importModel(TestModels.miniLm(work.resolve("minilm.onnx")), "minilm", OptionalLong.empty());
        repository.storePipeline(
                "minilm-text",
                TestModels.meanPooledEmbedding("minilm"),
                Map.of("tokenizer.json", TestModels.miniLmTokenizer(work.resolve("tokenizer.json"))));
        Path features = features(work.resolve("features.csv"), rows);
        Path texts = texts(work.resolve("texts.csv"), textRows);
        System.out.printf(
                Locale.ROOT,
                "%d cores, Java %s, load average (1 min) at start %.2f%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                Machine.loadAverage());
        List<String> table = new ArrayList<>();
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            BatchScorer scorer = new BatchScorer(runtime);
            for (int batch : new int[] {1, 64, 256}) {
                table.add(measure(scorer, "classifier", features, rows, batch, repeats, work));
            }
            for (int batch : textRows > 0 ? new int[] {16, 64} : new int[0]) {
                table.add(measure(scorer, "minilm-text", texts, textRows, batch, repeats, work));
            }
        }
        System.out.println();
        System.out.println("| model | rows | batch | rows/s (best of " + repeats + ") | load average (1 min) |");
        System.out.println("|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    private static String measure(
            BatchScorer scorer, String model, Path input, int rows, int batch, int repeats, Path work) {
        BatchJob job = new BatchJob(
                model, input, work.resolve(model + "-" + batch + ".csv"), TableFormat.CSV, batch, List.of(), false);
        scorer.score(job, progress -> {}, () -> false); // warm-up: JIT, ORT's arenas, the tokenizer
        double best = 0;
        for (int i = 0; i < repeats; i++) {
            BatchResult result = scorer.score(job, progress -> {}, () -> false);
            if (result.rowsScored() != rows) {
                throw new IllegalStateException("scored " + result.rowsScored() + " of " + rows + " rows");
            }
            best = Math.max(best, result.rowsPerSecond());
            System.out.printf(
                    Locale.ROOT,
                    "%s batch %d run %d: %.0f rows/s (%.2f s)%n",
                    model,
                    batch,
                    i + 1,
                    result.rowsPerSecond(),
                    result.elapsed().toNanos() / 1e9);
        }
        return String.format(
                Locale.ROOT, "| %s | %d | %d | %.0f | %.2f |", model, rows, batch, best, Machine.loadAverage());
    }

    /** f0..f3, seeded Gaussian: exactly the classifier's four inputs. */
    private static Path features(Path file, int rows) throws java.io.IOException {
        Random random = new Random(1);
        StringBuilder text = new StringBuilder("f0,f1,f2,f3\n");
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < 4; f++) {
                text.append(f == 0 ? "" : ",").append(Math.round(random.nextGaussian() * 1000) / 1000.0);
            }
            text.append('\n');
        }
        return Files.writeString(file, text);
    }

    /** id,text: sentences of 5 to 24 words, seeded, so token counts vary within a batch. */
    private static Path texts(Path file, int rows) throws java.io.IOException {
        Random random = new Random(2);
        StringBuilder text = new StringBuilder("id,text\n");
        for (int i = 0; i < rows; i++) {
            text.append(i).append(',');
            int words = 5 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append('\n');
        }
        return Files.writeString(file, text);
    }
}
