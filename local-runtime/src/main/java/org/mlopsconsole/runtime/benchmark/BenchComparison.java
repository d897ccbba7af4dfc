package org.mlopsconsole.runtime.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two results side by side (two machines, two model variants, before and after a setting): the
 * points they share (same load, batch and session settings), with B ÷ A ratios. Ratios travel
 * between machines and noisy runs better than absolute figures.
 */
public record BenchComparison(BenchResult a, BenchResult b, List<Row> rows) {

    public BenchComparison {
        rows = List.copyOf(rows);
    }

    /** A fingerprint field whose value differs between the two runs: what the ratios may come from. */
    public record Difference(String field, String a, String b) {}

    /**
     * Every fingerprint field (machine, software, model, target, settings) that differs, in the
     * order of the result file; two results differ in these and nothing else can be assumed equal.
     */
    public List<Difference> differences() {
        Map<String, String> fieldsA = fields(a.fingerprint());
        Map<String, String> fieldsB = fields(b.fingerprint());
        Set<String> names = new LinkedHashSet<>(fieldsA.keySet());
        names.addAll(fieldsB.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String name : names) {
            String valueA = fieldsA.getOrDefault(name, "");
            String valueB = fieldsB.getOrDefault(name, "");
            if (!valueA.equals(valueB)) {
                differences.add(new Difference(name, valueA, valueB));
            }
        }
        return differences;
    }

    private static Map<String, String> fields(Fingerprint f) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cpuModel", f.cpuModel());
        fields.put("logicalCores", Integer.toString(f.logicalCores()));
        fields.put("physicalCores", f.physicalCores().map(String::valueOf).orElse(""));
        fields.put("memoryBytes", Long.toString(f.memoryBytes()));
        fields.put("os", f.os());
        fields.put("jvm", f.jvm());
        fields.put("onnxRuntimeVersion", f.onnxRuntimeVersion());
        fields.put("providers", String.join(", ", f.providers()));
        fields.put("gpu", String.join("; ", f.gpu()));
        fields.put("modelSha256", f.modelSha256().orElse(""));
        fields.put("target", f.target());
        new TreeMap<>(f.server()).forEach((key, value) -> fields.put("server." + key, value));
        new TreeMap<>(f.settings()).forEach((key, value) -> fields.put("settings." + key, value));
        return fields;
    }

    /** One shared point; a ratio above 1 means B is higher (more throughput, or more latency). */
    public record Row(PointResult a, PointResult b) {
        public double throughputRatio() {
            return ratio(b.throughput(), a.throughput());
        }

        public double p50Ratio() {
            return ratio(b.latencyMs().p50(), a.latencyMs().p50());
        }

        public double p95Ratio() {
            return ratio(b.latencyMs().p95(), a.latencyMs().p95());
        }

        public double p99Ratio() {
            return ratio(b.latencyMs().p99(), a.latencyMs().p99());
        }

        /** e.g. {@code concurrency 4, batch 8}: the settings both points share. */
        public String point() {
            return Benchmark.describe(a.load(), a.batch(), a.session());
        }

        /** Both points settled: only then is a ratio a comparison rather than noise. */
        public boolean bothStable() {
            return a.stable() && b.stable();
        }

        private static double ratio(double over, double under) {
            return under == 0 ? Double.NaN : over / under;
        }
    }

    /** Pairs the points of {@code b} with those of {@code a} measured at the same settings. */
    public static BenchComparison of(BenchResult a, BenchResult b) {
        List<Row> rows = new ArrayList<>();
        for (PointResult pointA : a.points()) {
            Optional<PointResult> match = b.points().stream()
                    .filter(pointB -> pointB.load().equals(pointA.load())
                            && pointB.batch() == pointA.batch()
                            && pointB.session().equals(pointA.session()))
                    .findFirst();
            match.ifPresent(pointB -> rows.add(new Row(pointA, pointB)));
        }
        return new BenchComparison(a, b, rows);
    }

    /** A Markdown table: the point, A's and B's throughput and p50, and the three ratios. */
    public String toMarkdown() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "A: %s (%s)%nB: %s (%s)%n%n",
                a.fingerprint().target(),
                a.startedAt(),
                b.fingerprint().target(),
                b.startedAt()));
        text.append("| point | A infer/s | B infer/s | B ÷ A throughput | A p50 ms | B p50 ms | B ÷ A p50"
                + " | B ÷ A p99 | stable A/B |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %s/%s |%n",
                    Benchmark.describe(row.a().load(), row.a().batch(), row.a().session()),
                    row.a().throughput(),
                    row.b().throughput(),
                    row.throughputRatio(),
                    row.a().latencyMs().p50(),
                    row.b().latencyMs().p50(),
                    row.p50Ratio(),
                    row.p99Ratio(),
                    row.a().stable() ? "yes" : "no",
                    row.b().stable() ? "yes" : "no"));
        }
        List<Difference> differences = differences();
        if (!differences.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nThe fingerprints differ in:%n"));
            differences.forEach(d -> text.append(
                    String.format(Locale.ROOT, "- %s: A %s, B %s%n", d.field(), shown(d.a()), shown(d.b()))));
        }
        return text.toString();
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final String CSV_HEADER = "Point,A Inferences/Second,B Inferences/Second,B/A Throughput,"
            + "A p50 latency (ms),B p50 latency (ms),B/A p50,A p95 latency (ms),B p95 latency (ms),B/A p95,"
            + "A p99 latency (ms),B p99 latency (ms),B/A p99,A Stable,B Stable";

    /** One row per shared point: A's and B's figures and the B ÷ A ratios. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Row row : rows) {
            Latency la = row.a().latencyMs();
            Latency lb = row.b().latencyMs();
            csv.append(String.join(
                            ",",
                            "\"" + row.point().replace("\"", "\"\"") + "\"",
                            fixed(row.a().throughput(), 2),
                            fixed(row.b().throughput(), 2),
                            fixed(row.throughputRatio(), 4),
                            fixed(la.p50(), 3),
                            fixed(lb.p50(), 3),
                            fixed(row.p50Ratio(), 4),
                            fixed(la.p95(), 3),
                            fixed(lb.p95(), 3),
                            fixed(row.p95Ratio(), 4),
                            fixed(la.p99(), 3),
                            fixed(lb.p99(), 3),
                            fixed(row.p99Ratio(), 4),
                            Boolean.toString(row.a().stable()),
                            Boolean.toString(row.b().stable())))
                    .append('\n');
        }
        return csv.toString();
    }

    /** {@code {"a": {...}, "b": {...}, "rows": [...], "differences": [...]}}; a ratio without a base is null. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.set("a", side(a));
        root.set("b", side(b));
        ArrayNode points = root.putArray("rows");
        for (Row row : rows) {
            ObjectNode node = points.addObject();
            node.put("point", row.point());
            node.put("throughputA", BenchResultFiles.round(row.a().throughput()));
            node.put("throughputB", BenchResultFiles.round(row.b().throughput()));
            ratio(node, "throughputRatio", row.throughputRatio());
            ratio(node, "p50Ratio", row.p50Ratio());
            ratio(node, "p95Ratio", row.p95Ratio());
            ratio(node, "p99Ratio", row.p99Ratio());
            node.put("stableA", row.a().stable());
            node.put("stableB", row.b().stable());
        }
        ArrayNode differs = root.putArray("differences");
        differences()
                .forEach(d -> differs.addObject()
                        .put("field", d.field())
                        .put("a", d.a())
                        .put("b", d.b()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode side(BenchResult result) {
        return JSON.createObjectNode()
                .put("target", result.fingerprint().target())
                .put("startedAt", result.startedAt().toString());
    }

    private static void ratio(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, BenchResultFiles.round(value));
        } else {
            node.putNull(name);
        }
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    private static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "";
    }
}
