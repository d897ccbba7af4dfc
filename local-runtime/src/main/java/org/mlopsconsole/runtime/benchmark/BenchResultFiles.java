package org.mlopsconsole.runtime.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mlopsconsole.runtime.InvalidInputException;

/**
 * The benchmark result file (JSON, {@code "format": "mlops-console-benchmark"}, versioned by
 * {@code formatVersion}; docs/benchmarking.md describes every field), and the CSV and text views
 * of a result. A reader accepts every version up to {@link #FORMAT_VERSION} and ignores fields it
 * does not know, so files from newer runtimes with added fields still import.
 */
public final class BenchResultFiles {

    public static final String FORMAT = "mlops-console-benchmark";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchResultFiles() {}

    // ---- JSON ----

    public static String toJson(BenchResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("startedAt", result.startedAt().toString());
        root.set("fingerprint", fingerprint(result.fingerprint()));
        root.set("generator", generator(result.generator()));
        result.maxP99Ms().ifPresent(max -> root.putObject("constraint").put("maxP99Ms", max));
        var points = root.putArray("points");
        result.points().forEach(point -> points.add(point(point)));
        result.best().ifPresent(best -> root.put("best", result.points().indexOf(best)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(BenchResult result, Path file) throws IOException {
        Files.writeString(file, toJson(result));
    }

    public static BenchResult read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }

    /** Reads a result file; an unknown format or a newer version is refused with the reason. */
    public static BenchResult fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(
                    "not a benchmark result: not JSON"
                            + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                            + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new InvalidInputException("not a benchmark result: " + e.getMessage(), e);
        }
        if (root == null
                || !root.isObject()
                || !FORMAT.equals(root.path("format").asText())) {
            throw new InvalidInputException("not a benchmark result: \"format\" is not \"" + FORMAT + "\"");
        }
        int version = root.path("formatVersion").asInt(0);
        if (version < 1 || version > FORMAT_VERSION) {
            throw new InvalidInputException("benchmark result format version " + version
                    + " is not one this build reads (1 to " + FORMAT_VERSION + ")");
        }
        List<String> problems = ResultFileCheck.problems(root);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("not a valid benchmark result: " + String.join("; ", problems));
        }
        List<PointResult> points = new ArrayList<>();
        root.path("points").forEach(node -> points.add(point(node)));
        JsonNode constraint = root.path("constraint").path("maxP99Ms");
        return new BenchResult(
                Instant.parse(root.path("startedAt").asText()),
                fingerprint(root.path("fingerprint")),
                generator(root.path("generator")),
                points,
                constraint.isNumber() ? OptionalDouble.of(constraint.asDouble()) : OptionalDouble.empty());
    }

    private static ObjectNode fingerprint(Fingerprint f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("cpuModel", f.cpuModel());
        node.put("logicalCores", f.logicalCores());
        f.physicalCores().ifPresent(cores -> node.put("physicalCores", cores));
        node.put("memoryBytes", f.memoryBytes());
        node.put("os", f.os());
        node.put("jvm", f.jvm());
        node.put("onnxRuntimeVersion", f.onnxRuntimeVersion());
        f.providers().forEach(node.putArray("providers")::add);
        f.gpu().forEach(node.putArray("gpu")::add);
        f.modelSha256().ifPresent(sha -> node.put("modelSha256", sha));
        node.put("target", f.target());
        ObjectNode server = node.putObject("server");
        f.server().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> server.put(e.getKey(), e.getValue()));
        ObjectNode settings = node.putObject("settings");
        f.settings().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> settings.put(e.getKey(), e.getValue()));
        return node;
    }

    private static Fingerprint fingerprint(JsonNode node) {
        return new Fingerprint(
                node.path("cpuModel").asText(),
                node.path("logicalCores").asInt(),
                node.has("physicalCores")
                        ? Optional.of(node.get("physicalCores").asInt())
                        : Optional.empty(),
                node.path("memoryBytes").asLong(),
                node.path("os").asText(),
                node.path("jvm").asText(),
                node.path("onnxRuntimeVersion").asText(),
                texts(node.path("providers")),
                texts(node.path("gpu")),
                node.has("modelSha256") ? Optional.of(node.get("modelSha256").asText()) : Optional.empty(),
                node.path("target").asText(),
                textMap(node.path("server")),
                textMap(node.path("settings")));
    }

    private static ObjectNode generator(GeneratorOverhead g) {
        ObjectNode node = JSON.createObjectNode();
        node.put("echoTarget", g.echoTarget());
        node.set("floorMs", latency(g.floorMs()));
        node.put("floorRequestsPerSecond", round(g.floorRequestsPerSecond()));
        g.cpuMicrosPerRequest().ifPresent(cpu -> node.put("cpuMicrosPerRequest", round(cpu)));
        return node;
    }

    private static GeneratorOverhead generator(JsonNode node) {
        return new GeneratorOverhead(
                node.path("echoTarget").asText(),
                latency(node.path("floorMs")),
                node.path("floorRequestsPerSecond").asDouble(),
                optionalDouble(node.path("cpuMicrosPerRequest")));
    }

    private static ObjectNode point(PointResult p) {
        ObjectNode node = JSON.createObjectNode();
        if (p.load() instanceof LoadPoint.Concurrency concurrency) {
            node.put("concurrency", concurrency.clients());
        } else {
            LoadPoint.RequestRate rate = (LoadPoint.RequestRate) p.load();
            node.put("requestRate", rate.perSecond());
            node.put("arrivals", rate.arrivals().name().toLowerCase(Locale.ROOT));
        }
        node.put("batch", p.batch());
        p.session()
                .ifPresent(s -> node.putObject("session")
                        .put("intraOpThreads", s.intraOpThreads())
                        .put("optimization", s.optimization().name().toLowerCase(Locale.ROOT))
                        .put("provider", s.provider().name().toLowerCase(Locale.ROOT)));
        node.put("throughput", round(p.throughput()));
        node.put("requestsPerSecond", round(p.requestsPerSecond()));
        node.put("requests", p.requests());
        node.set("latencyMs", latency(p.latencyMs()));
        node.set("serviceMs", latency(p.serviceMs()));
        ObjectNode errors = node.putObject("errors");
        p.errors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> errors.put(e.getKey(), e.getValue()));
        node.put("stable", p.stable());
        node.put("trials", p.trials());
        p.server()
                .ifPresent(s -> node.putObject("serverMs")
                        .put("requests", s.requests())
                        .put("request", round(s.requestMs()))
                        .put("queue", round(s.queueMs()))
                        .put("computeInput", round(s.computeInputMs()))
                        .put("computeInfer", round(s.computeInferMs()))
                        .put("computeOutput", round(s.computeOutputMs())));
        p.generatorCpuMicrosPerRequest().ifPresent(cpu -> node.put("generatorCpuMicrosPerRequest", round(cpu)));
        return node;
    }

    private static PointResult point(JsonNode node) {
        LoadPoint load = node.has("concurrency")
                ? new LoadPoint.Concurrency(node.get("concurrency").asInt())
                : new LoadPoint.RequestRate(
                        node.path("requestRate").asDouble(),
                        LoadPoint.Arrivals.valueOf(
                                node.path("arrivals").asText("constant").toUpperCase(Locale.ROOT)));
        JsonNode session = node.path("session");
        Optional<SessionSettings> settings = session.isObject()
                ? Optional.of(new SessionSettings(
                        session.path("intraOpThreads").asInt(),
                        SessionSettings.GraphOptimization.valueOf(
                                session.path("optimization").asText().toUpperCase(Locale.ROOT)),
                        SessionSettings.ExecutionProvider.valueOf(
                                session.path("provider").asText().toUpperCase(Locale.ROOT))))
                : Optional.empty();
        Map<String, Long> errors = new LinkedHashMap<>();
        node.path("errors")
                .fields()
                .forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asLong()));
        JsonNode server = node.path("serverMs");
        return new PointResult(
                load,
                node.path("batch").asInt(1),
                settings,
                node.path("throughput").asDouble(),
                node.path("requestsPerSecond").asDouble(),
                node.path("requests").asLong(),
                latency(node.path("latencyMs")),
                latency(node.path("serviceMs")),
                errors,
                node.path("stable").asBoolean(),
                node.path("trials").asInt(),
                server.isObject()
                        ? Optional.of(new ServerSplit(
                                server.path("requests").asLong(),
                                server.path("request").asDouble(),
                                server.path("queue").asDouble(),
                                server.path("computeInput").asDouble(),
                                server.path("computeInfer").asDouble(),
                                server.path("computeOutput").asDouble()))
                        : Optional.empty(),
                optionalDouble(node.path("generatorCpuMicrosPerRequest")));
    }

    private static ObjectNode latency(Latency l) {
        return JSON.createObjectNode()
                .put("p50", round(l.p50()))
                .put("p90", round(l.p90()))
                .put("p95", round(l.p95()))
                .put("p99", round(l.p99()))
                .put("p99.9", round(l.p999()))
                .put("max", round(l.max()))
                .put("mean", round(l.mean()));
    }

    private static Latency latency(JsonNode node) {
        return new Latency(
                node.path("p50").asDouble(),
                node.path("p90").asDouble(),
                node.path("p95").asDouble(),
                node.path("p99").asDouble(),
                node.path("p99.9").asDouble(),
                node.path("max").asDouble(),
                node.path("mean").asDouble());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Map<String, String> textMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static OptionalDouble optionalDouble(JsonNode node) {
        return node.isNumber() ? OptionalDouble.of(node.asDouble()) : OptionalDouble.empty();
    }

    /** Four decimals: below the histogram's precision, and the same text on every run. */
    static double round(double value) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue()
                : 0;
    }

    /** A number without needless decimals, e.g. {@code 100}, {@code 0.1}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    // ---- CSV and text ----

    private static final String CSV_HEADER = "Concurrency,Request Rate,Arrivals,Batch,Intra-op Threads,Optimization,"
            + "Provider,Inferences/Second,Requests/Second,p50 latency (ms),p90 latency (ms),p95 latency (ms),"
            + "p99 latency (ms),p99.9 latency (ms),max latency (ms),Server Queue (ms),Server Compute Input (ms),"
            + "Server Compute Infer (ms),Server Compute Output (ms),Errors,Stable,Trials";

    /** One row per point, perf_analyzer's columns where it has them (milliseconds, not µs). */
    public static String toCsv(BenchResult result) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (PointResult p : result.points()) {
            List<String> cells = new ArrayList<>();
            if (p.load() instanceof LoadPoint.Concurrency concurrency) {
                cells.add(Integer.toString(concurrency.clients()));
                cells.add("");
                cells.add("");
            } else {
                LoadPoint.RequestRate rate = (LoadPoint.RequestRate) p.load();
                cells.add("");
                cells.add(number(rate.perSecond()));
                cells.add(rate.arrivals().name().toLowerCase(Locale.ROOT));
            }
            cells.add(Integer.toString(p.batch()));
            cells.add(p.session().map(s -> Integer.toString(s.intraOpThreads())).orElse(""));
            cells.add(p.session()
                    .map(s -> s.optimization().name().toLowerCase(Locale.ROOT))
                    .orElse(""));
            cells.add(p.session()
                    .map(s -> s.provider().name().toLowerCase(Locale.ROOT))
                    .orElse(""));
            cells.add(fixed(p.throughput(), 2));
            cells.add(fixed(p.requestsPerSecond(), 2));
            Latency l = p.latencyMs();
            for (double value : new double[] {l.p50(), l.p90(), l.p95(), l.p99(), l.p999(), l.max()}) {
                cells.add(fixed(value, 3));
            }
            cells.add(p.server().map(s -> fixed(s.queueMs(), 3)).orElse(""));
            cells.add(p.server().map(s -> fixed(s.computeInputMs(), 3)).orElse(""));
            cells.add(p.server().map(s -> fixed(s.computeInferMs(), 3)).orElse(""));
            cells.add(p.server().map(s -> fixed(s.computeOutputMs(), 3)).orElse(""));
            cells.add(Long.toString(p.errorCount()));
            cells.add(Boolean.toString(p.stable()));
            cells.add(Integer.toString(p.trials()));
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString();
    }

    /** A table for people: the fingerprint, the generator's floor, then one line per point. */
    public static String toText(BenchResult result) {
        StringBuilder text = new StringBuilder();
        Fingerprint f = result.fingerprint();
        text.append(String.format(
                Locale.ROOT,
                "Target %s%nMachine: %s, %d logical cores%s, %.1f GiB; %s; %s; ONNX Runtime %s%s%n",
                f.target(),
                f.cpuModel(),
                f.logicalCores(),
                f.physicalCores().map(c -> " (" + c + " physical)").orElse(""),
                f.memoryBytes() / (1024.0 * 1024 * 1024),
                f.os(),
                f.jvm(),
                f.onnxRuntimeVersion(),
                f.gpu().isEmpty() ? "" : "; GPU " + String.join(", ", f.gpu())));
        GeneratorOverhead g = result.generator();
        text.append(String.format(
                Locale.ROOT,
                "Generator floor (%s): p50 %.4f ms, p99 %.4f ms, %.0f req/s%s%n%n",
                g.echoTarget(),
                g.floorMs().p50(),
                g.floorMs().p99(),
                g.floorRequestsPerSecond(),
                g.cpuMicrosPerRequest().isPresent()
                        ? String.format(
                                Locale.ROOT,
                                ", %.1f µs CPU per request",
                                g.cpuMicrosPerRequest().getAsDouble())
                        : ""));
        int width = result.points().stream()
                .mapToInt(p ->
                        Benchmark.describe(p.load(), p.batch(), p.session()).length())
                .max()
                .orElse(5);
        text.append(String.format(
                Locale.ROOT,
                "%-" + width + "s %11s %8s %8s %8s %8s %8s %7s %s%n",
                "POINT",
                "INFER/S",
                "P50 MS",
                "P90 MS",
                "P95 MS",
                "P99 MS",
                "MAX MS",
                "ERRORS",
                "STABLE"));
        Optional<PointResult> best = result.best();
        for (PointResult p : result.points()) {
            Latency l = p.latencyMs();
            text.append(String.format(
                    Locale.ROOT,
                    "%-" + width + "s %11.1f %8.2f %8.2f %8.2f %8.2f %8.2f %7d %s%s%s%n",
                    Benchmark.describe(p.load(), p.batch(), p.session()),
                    p.throughput(),
                    l.p50(),
                    l.p90(),
                    l.p95(),
                    l.p99(),
                    l.max(),
                    p.errorCount(),
                    p.stable() ? "yes" : "no (" + p.trials() + " trials)",
                    p.server()
                            .map(s -> String.format(
                                    Locale.ROOT,
                                    "  server: queue %.2f, infer %.2f ms",
                                    s.queueMs(),
                                    s.computeInferMs()))
                            .orElse(""),
                    best.filter(b -> b == p).isPresent() ? "  <- best" : ""));
        }
        if (result.maxP99Ms().isPresent() && best.isEmpty()) {
            text.append(String.format(
                    Locale.ROOT,
                    "No stable, error-free point meets p99 <= %s ms%n",
                    number(result.maxP99Ms().getAsDouble())));
        }
        return text.toString();
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
