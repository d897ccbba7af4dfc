package org.mlopsconsole.runtime.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.TestModels;

/**
 * Prints in-process and over-HTTP figures for MiniLM fp32, MiniLM int8 and a small Tribuo model:
 * {@code session.run} at batch 1, 8 and 32, then the server under wrk (a real load generator, from
 * Debian's wrk package) at concurrency 1, 4, 16 and 64 with batching off and on, and the ratios.
 * Not a test: run it on a quiet machine (see docs/performance.md for how).
 */
public final class ServingBenchmark {

    private static final int TOKENS = 16;
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "5"));
    private static final int[] BATCHES = {1, 8, 32};
    private static final int[] CONCURRENCY = {1, 4, 16, 64};

    record Model(String name, Path file, boolean transformer) {}

    record Figures(double p50Millis, double p99Millis, double perSecond) {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("serving-bench");
        // -Dbench.models=minilm-fp32,minilm-int8 runs only those
        List<String> chosen = List.of(System.getProperty("bench.models", "").split(","));
        List<Model> models = models(work).stream()
                .filter(model -> chosen.equals(List.of("")) || chosen.contains(model.name()))
                .toList();
        System.out.printf(
                Locale.ROOT,
                "# %d cores, Java %s, ONNX Runtime %s, %s s per point, MiniLM inputs of %d tokens%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                OrtEnvironment.getEnvironment().getVersion(),
                SECONDS,
                TOKENS);
        warmUpServer(models.get(0), work);
        System.out.println("| model | path | batch / concurrency | batching | p50 ms | p99 ms | items/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Model model : models) {
            Map<Integer, Figures> inProcess = new HashMap<>();
            for (int batch : BATCHES) {
                Figures figures = inProcess(model, batch);
                inProcess.put(batch, figures);
                row(model.name(), "in-process", "batch " + batch, "-", figures);
            }
            Map<String, Figures> http = new HashMap<>();
            for (boolean batching : new boolean[] {false, true}) {
                for (int concurrency : CONCURRENCY) {
                    Figures figures = overHttp(model, work, batching, concurrency);
                    http.put(batching + "/" + concurrency, figures);
                    row(model.name(), "HTTP", "c=" + concurrency, batching ? "on" : "off", figures);
                }
            }
            if (model.transformer()) {
                // the same as c=16 batching on, but the answer's tensors come as binary, not JSON
                Figures binary = overHttp(
                        model,
                        work,
                        "{\"max_batch_size\": 32, \"max_queue_size\": 1024}",
                        16,
                        requestBody(model, true));
                http.put("binary/16", binary);
                row(model.name(), "HTTP, binary output", "c=16", "on", binary);
            }
            ratios(model, inProcess, http);
        }
    }

    /**
     * Serves {@code model} under load for a while first, so that the JIT has compiled the HTTP path
     * before the first measured point (otherwise the first point, batching off at c=1, pays for it).
     */
    static void warmUpServer(Model model, Path work) throws IOException, InterruptedException {
        for (int round = 0; round < 5; round++) {
            overHttp(model, work, round % 2 == 0, 4);
        }
    }

    /** The three benchmark models, written into {@code work}. */
    static List<Model> models(Path work) {
        return List.of(
                new Model("tribuo-small", TestModels.tribuoClassifier(work.resolve("small.onnx")), false),
                new Model("minilm-fp32", TestModels.miniLm(work.resolve("minilm.onnx")), true),
                new Model("minilm-int8", TestModels.miniLmQuantized(work.resolve("minilm-q.onnx")), true));
    }

    static void row(String model, String path, String load, String batching, Figures figures) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s | %.2f | %.2f | %.0f |%n",
                model,
                path,
                load,
                batching,
                figures.p50Millis(),
                figures.p99Millis(),
                figures.perSecond());
    }

    private static void ratios(Model model, Map<Integer, Figures> inProcess, Map<String, Figures> http) {
        double bestInProcess = inProcess.values().stream()
                .mapToDouble(Figures::perSecond)
                .max()
                .orElse(1);
        Figures single = http.get("false/1");
        System.out.printf(
                Locale.ROOT,
                "| %s | ratios | HTTP c=1 p50 − in-process batch 1 p50 = %.2f ms;"
                        + " c=16 batching on ÷ best in-process = %.2f%s; c=16 on ÷ off = %.2f | | | | |%n",
                model.name(),
                single.p50Millis() - inProcess.get(1).p50Millis(),
                http.get("true/16").perSecond() / bestInProcess,
                http.containsKey("binary/16")
                        ? String.format(
                                Locale.ROOT,
                                " (binary output %.2f)",
                                http.get("binary/16").perSecond() / bestInProcess)
                        : "",
                http.get("true/16").perSecond() / http.get("false/16").perSecond());
    }

    /** Back-to-back session.run calls on one thread, as an embedding application would make. */
    private static Figures inProcess(Model model, int batch) throws OrtException {
        return inProcess(model, batch, 0);
    }

    /** As above with {@code intraOpThreads} threads (0: ONNX Runtime's default, one per core). */
    static Figures inProcess(Model model, int batch, int intraOpThreads) throws OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
            }
            return inProcess(environment, options, model, batch);
        }
    }

    private static Figures inProcess(
            OrtEnvironment environment, OrtSession.SessionOptions options, Model model, int batch) throws OrtException {
        try (OrtSession session = environment.createSession(model.file().toString(), options)) {
            Map<String, OnnxTensor> feeds = feeds(environment, model, batch);
            try {
                for (int i = 0; i < 20; i++) {
                    session.run(feeds).close();
                }
                List<Long> latencies = new ArrayList<>();
                long end = System.nanoTime() + (long) (SECONDS * 1e9);
                long started = System.nanoTime();
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    session.run(feeds).close();
                    latencies.add(System.nanoTime() - before);
                }
                double elapsed = (System.nanoTime() - started) / 1e9;
                long[] sorted =
                        latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                return new Figures(
                        sorted[sorted.length / 2] / 1e6,
                        sorted[(int) (sorted.length * 0.99)] / 1e6,
                        latencies.size() * batch / elapsed);
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
        }
    }

    private static Map<String, OnnxTensor> feeds(OrtEnvironment environment, Model model, int batch)
            throws OrtException {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        if (model.transformer()) {
            long[][] ids = new long[batch][TOKENS];
            long[][] mask = new long[batch][TOKENS];
            for (long[] row : ids) {
                for (int t = 0; t < TOKENS; t++) {
                    row[t] = t == 0 ? 101 : 2000 + t * 37;
                }
            }
            for (long[] row : mask) {
                Arrays.fill(row, 1);
            }
            feeds.put("input_ids", OnnxTensor.createTensor(environment, ids));
            feeds.put("attention_mask", OnnxTensor.createTensor(environment, mask));
            feeds.put("token_type_ids", OnnxTensor.createTensor(environment, new long[batch][TOKENS]));
        } else {
            float[][] rows = new float[batch][TestModels.CLASSIFIER_FEATURES];
            for (float[] row : rows) {
                Arrays.fill(row, 0.5f);
            }
            feeds.put("input", OnnxTensor.createTensor(environment, rows));
        }
        return feeds;
    }

    private static Figures overHttp(Model model, Path work, boolean batching, int concurrency)
            throws IOException, InterruptedException {
        return overHttp(
                model,
                work,
                batching
                        ? "{\"max_batch_size\": 32, \"max_queue_size\": 1024}"
                        : "{\"max_batch_size\": 0, \"max_queue_size\": 1024}",
                concurrency);
    }

    /** The server under wrk with the model's config.json set to {@code config}. */
    static Figures overHttp(Model model, Path work, String config, int concurrency)
            throws IOException, InterruptedException {
        return overHttp(model, work, config, concurrency, requestBody(model, false));
    }

    /** As above, posting {@code body}. */
    static Figures overHttp(Model model, Path work, String config, int concurrency, String body)
            throws IOException, InterruptedException {
        Path repository = Files.createTempDirectory(work, "repo-" + model.name());
        ModelRepository opened = ModelRepository.open(repository);
        opened.importModel(model.file(), "m", OptionalLong.empty());
        Files.writeString(repository.resolve("m/config.json"), config);
        try (LocalRuntime runtime = LocalRuntime.create(opened)) {
            runtime.loadAll().join();
            try (RuntimeServer server =
                    RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0))) {
                Path script = work.resolve("post-" + model.name() + ".lua");
                Files.writeString(script, luaScript(body));
                return wrk(server.baseUrl() + "/v2/models/m/infer", script, concurrency);
            }
        }
    }

    /** One request; {@code binaryOutput} asks for the outputs in the binary tensor data extension. */
    private static String requestBody(Model model, boolean binaryOutput) {
        if (!model.transformer()) {
            return "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[0.5,0.5,0.5,0.5]}]}";
        }
        StringBuilder ids = new StringBuilder();
        StringBuilder ones = new StringBuilder();
        StringBuilder zeros = new StringBuilder();
        for (int t = 0; t < TOKENS; t++) {
            String separator = t == 0 ? "" : ",";
            ids.append(separator).append(t == 0 ? 101 : 2000 + t * 37);
            ones.append(separator).append(1);
            zeros.append(separator).append(0);
        }
        String shape = "[1," + TOKENS + "]";
        return "{\"inputs\":["
                + "{\"name\":\"input_ids\",\"shape\":" + shape + ",\"datatype\":\"INT64\",\"data\":[" + ids + "]},"
                + "{\"name\":\"attention_mask\",\"shape\":" + shape + ",\"datatype\":\"INT64\",\"data\":[" + ones
                + "]},"
                + "{\"name\":\"token_type_ids\",\"shape\":" + shape + ",\"datatype\":\"INT64\",\"data\":[" + zeros
                + "]}]"
                + (binaryOutput ? ",\"parameters\":{\"binary_data_output\":true}" : "")
                + "}";
    }

    private static String luaScript(String body) {
        return "wrk.method = \"POST\"\n"
                + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.body = '" + body + "'\n"
                + "done = function(summary, latency, requests)\n"
                + "  io.write(string.format(\"P50 %d\\nP99 %d\\nERRORS %d\\n\", latency:percentile(50),"
                + " latency:percentile(99), summary.errors.status + summary.errors.connect + summary.errors.read"
                + " + summary.errors.write + summary.errors.timeout))\n"
                + "end\n";
    }

    private static Figures wrk(String url, Path script, int concurrency) throws IOException, InterruptedException {
        int threads = Math.min(2, concurrency);
        // a 2 s warm-up run first, then the measured one
        run(List.of("wrk", "-t" + threads, "-c" + concurrency, "-d2s", "-s", script.toString(), url));
        String output = run(List.of(
                "wrk",
                "-t" + threads,
                "-c" + concurrency,
                "-d" + (int) SECONDS + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                url));
        double perSecond = number(output, "Requests/sec:\\s+([0-9.]+)");
        double p50 = number(output, "P50 (\\d+)") / 1000;
        double p99 = number(output, "P99 (\\d+)") / 1000;
        if (number(output, "ERRORS (\\d+)") > 0) {
            System.out.println("<!-- wrk reported errors: " + output.replace('\n', ' ') + " -->");
        }
        return new Figures(p50, p99, perSecond);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static double number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no '" + regex + "' in wrk output:\n" + text);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
