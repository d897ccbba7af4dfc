package org.mlopsconsole.runtime.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.bench.ServingBenchmark.Figures;
import org.mlopsconsole.runtime.bench.ServingBenchmark.Model;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.Benchmark;

/**
 * Trust in the engine's numbers: this runtime's server measured at the same concurrency by the
 * engine ({@code bench}) and by wrk (Debian's wrk package, a C load generator with a Lua script
 * posting the same request), taking turns (each going first every other round) over the same measured time (3 windows of
 * {@code bench.seconds} for the engine, one wrk run of 3 × as long, each after a 2 s warmup), for
 * {@code bench.rounds} rounds; it prints every round and the median ratios, since on a shared machine
 * the load of the neighbours moves more than either tool does. The engine's own floor (an echo
 * server) is printed too. Not a test: see docs/benchmarking.md.
 *
 * <p>{@code -Dbench.model=minilm-int8|minilm-fp32|tribuo-small}, {@code -Dbench.concurrency=1,4,16},
 * {@code -Dbench.seconds=5}, {@code -Dbench.rounds=3}.
 */
public final class WrkAgreementBenchmark {

    private static final int TOKENS = 16;
    private static final int SECONDS = Integer.parseInt(System.getProperty("bench.seconds", "5"));
    private static final int ROUNDS = Integer.parseInt(System.getProperty("bench.rounds", "3"));
    private static final String BATCHING = "{\"max_batch_size\": 32, \"max_queue_size\": 1024}";

    private WrkAgreementBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("wrk-agreement");
        String chosen = System.getProperty("bench.model", "minilm-int8");
        Model model = ServingBenchmark.models(work).stream()
                .filter(candidate -> candidate.name().equals(chosen))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + chosen));
        int[] levels = Arrays.stream(
                        System.getProperty("bench.concurrency", "1,4,16").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        try (ServingBenchmark.Served served = ServingBenchmark.Served.start(model, work, BATCHING)) {
            String url = served.server().baseUrl() + "/v2/models/m/infer";
            Path script = work.resolve("post.lua");
            Files.writeString(script, luaScript(requestBody(model)));
            System.out.printf(
                    Locale.ROOT,
                    "# %s served with batching on, %d s per point, wrk -t min(2,c) -c c; bench closed loop c%n%n",
                    model.name(),
                    SECONDS);
            System.out.println("| concurrency | round | wrk req/s | bench req/s | bench ÷ wrk | wrk p50 ms"
                    + " | bench p50 ms | bench ÷ wrk | load |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            BenchResult last = null;
            for (int concurrency : levels) {
                double[] throughputRatios = new double[ROUNDS];
                double[] p50Ratios = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    // the two take turns going first, so neither always finds the server warmer
                    Figures wrk = null;
                    if (round % 2 == 0) {
                        wrk = wrk(url, script, concurrency);
                    }
                    BenchTarget target =
                            new BenchTarget.OipHttp(URI.create(served.server().baseUrl()), "m");
                    BenchPlan plan = ServingBenchmark.plan(target, concurrency);
                    // exactly three windows, the time wrk measures
                    last = Benchmark.run(plan.withMeasurement(plan.measurement().withMaxTrials(3)), BenchProgress.NONE);
                    Figures bench = ServingBenchmark.figures(last);
                    if (wrk == null) {
                        wrk = wrk(url, script, concurrency);
                    }
                    throughputRatios[round] = bench.perSecond() / wrk.perSecond();
                    p50Ratios[round] = bench.p50Millis() / wrk.p50Millis();
                    System.out.printf(
                            Locale.ROOT,
                            "| %d | %d (%s first) | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
                            concurrency,
                            round + 1,
                            round % 2 == 0 ? "wrk" : "bench",
                            wrk.perSecond(),
                            bench.perSecond(),
                            throughputRatios[round],
                            wrk.p50Millis(),
                            bench.p50Millis(),
                            p50Ratios[round],
                            Machine.loadAverage());
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %d | median | | | **%.2f** | | | **%.2f** | |%n",
                        concurrency,
                        median(throughputRatios),
                        median(p50Ratios));
            }
            if (last != null) {
                System.out.printf(
                        Locale.ROOT,
                        "%nbench's own floor (%s): p50 %.3f ms, p99 %.3f ms, %.0f µs CPU per request%n",
                        last.generator().echoTarget(),
                        last.generator().floorMs().p50(),
                        last.generator().floorMs().p99(),
                        last.generator().cpuMicrosPerRequest().orElse(Double.NaN));
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The request the engine sends for this model, written out for wrk (random 0/1 ids, as the engine's). */
    static String requestBody(Model model) {
        if (!model.transformer()) {
            return "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[0.5,0.5,0.5,0.5]}]}";
        }
        StringBuilder values = new StringBuilder();
        for (int t = 0; t < TOKENS; t++) {
            values.append(t == 0 ? "" : ",").append(t % 2);
        }
        String shape = "[1," + TOKENS + "]";
        StringBuilder body = new StringBuilder("{\"inputs\":[");
        String[] names = {"input_ids", "attention_mask", "token_type_ids"};
        for (int i = 0; i < names.length; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(names[i])
                    .append("\",\"shape\":")
                    .append(shape)
                    .append(",\"datatype\":\"INT64\",\"data\":[")
                    .append(values)
                    .append("]}");
        }
        return body.append("]}").toString();
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
        // a 2 s warm-up run first, as the engine warms up for 2 s
        run(List.of("wrk", "-t" + threads, "-c" + concurrency, "-d2s", "-s", script.toString(), url));
        String output = run(List.of(
                "wrk",
                "-t" + threads,
                "-c" + concurrency,
                "-d" + 3 * SECONDS + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                url));
        if (number(output, "ERRORS (\\d+)") > 0) {
            System.out.println("<!-- wrk reported errors: " + output.replace('\n', ' ') + " -->");
        }
        return new Figures(
                number(output, "P50 (\\d+)") / 1000,
                number(output, "P99 (\\d+)") / 1000,
                number(output, "Requests/sec:\\s+([0-9.]+)"),
                true);
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
