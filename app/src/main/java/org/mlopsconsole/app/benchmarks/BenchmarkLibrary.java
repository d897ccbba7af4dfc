package org.mlopsconsole.app.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.reports.BenchmarkReport;
import org.mlopsconsole.reports.Reports;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.benchmark.BenchComparison;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.BenchResultFiles;
import org.mlopsconsole.runtime.benchmark.Benchmark;
import org.mlopsconsole.runtime.benchmark.Fingerprint;
import org.mlopsconsole.runtime.benchmark.PointResult;
import org.mlopsconsole.runtime.benchmark.SessionSettings;
import org.mlopsconsole.workspace.BenchmarkResults;
import org.mlopsconsole.workspace.BenchmarkRun;
import org.mlopsconsole.workspace.BenchmarkTargetKind;
import org.mlopsconsole.workspace.NewBenchmarkResult;

/**
 * Benchmark results in the workspace, in the runtime's terms: the workspace stores a result's JSON
 * document and a few columns, the runtime owns the format, and this class maps between them, for
 * the command line and the Benchmarks section alike.
 */
public final class BenchmarkLibrary {

    private final BenchmarkResults results;

    public BenchmarkLibrary(BenchmarkResults results) {
        this.results = results;
    }

    /** Stores a run of this app under {@code label}. */
    public BenchmarkRun save(BenchResult result, String label) {
        return results.save(record(result, label, BenchResultFiles.toJson(result)));
    }

    /**
     * Reads a result file (from {@code mlops-runtime.jar bench --format json} on another machine, say),
     * checks it and stores it as written, so fields of a newer writer survive. The label defaults to
     * the file's name without {@code .json}.
     *
     * @throws InvalidInputException naming the file and what is wrong where
     */
    public BenchmarkRun importFile(Path file, Optional<String> label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        BenchResult result;
        try {
            result = BenchResultFiles.fromJson(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file.getFileName() + ": " + e.getMessage(), e);
        }
        return results.save(record(result, label.filter(l -> !l.isBlank()).orElse(defaultLabel(file)), text));
    }

    public List<BenchmarkRun> runs() {
        return results.list();
    }

    public BenchmarkRun run(long id) {
        return results.run(id);
    }

    /** The stored result, read back with the runtime's reader. */
    public BenchResult result(long id) {
        return BenchResultFiles.fromJson(results.document(id));
    }

    public BenchComparison compare(long a, long b) {
        return BenchComparison.of(result(a), result(b));
    }

    public void rename(long id, String label) {
        results.rename(id, label);
    }

    public void delete(long id) {
        results.delete(id);
    }

    /** The stored document as it was saved (JSON), or the runtime's CSV of it. */
    public String export(long id, ExportFormat format) {
        return switch (format) {
            case JSON -> results.document(id);
            case CSV -> BenchResultFiles.toCsv(result(id));
        };
    }

    /** Every run in {@code ids} on the Results and Machines sheets; two ids are also compared (B ÷ A). */
    public void exportExcel(List<Long> ids, Path target) throws IOException {
        List<BenchmarkReport.Run> runs = new ArrayList<>();
        List<BenchResult> read = new ArrayList<>();
        for (long id : ids) {
            BenchResult result = result(id);
            read.add(result);
            runs.add(reportRun(results.run(id).label(), result));
        }
        Optional<BenchmarkReport.Comparison> comparison = ids.size() == 2
                ? Optional.of(reportComparison(
                        runs.get(0).label(), runs.get(1).label(), BenchComparison.of(read.get(0), read.get(1))))
                : Optional.empty();
        Reports.writeBenchmarks(new BenchmarkReport(runs, comparison), target);
    }

    /** The ways a single result leaves the workspace. */
    public enum ExportFormat {
        JSON,
        CSV;

        public static ExportFormat parse(String text) {
            for (ExportFormat format : values()) {
                if (format.name().equalsIgnoreCase(text.strip())) {
                    return format;
                }
            }
            throw new IllegalArgumentException("--format is csv or json, not '" + text + "'");
        }
    }

    static NewBenchmarkResult record(BenchResult result, String label, String document) {
        Fingerprint f = result.fingerprint();
        return new NewBenchmarkResult(
                label,
                result.startedAt(),
                f.inProcess() ? BenchmarkTargetKind.IN_PROCESS : BenchmarkTargetKind.HTTP,
                f.target(),
                f.modelName(),
                f.modelSha256(),
                f.machineSummary(),
                settingsSummary(f.settings()),
                result.points().size(),
                document);
    }

    /** e.g. {@code concurrency 1; concurrency 4, batches [1, 8], window 5s}. */
    static String settingsSummary(Map<String, String> settings) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(settings.get("loads")).ifPresent(parts::add);
        Optional.ofNullable(settings.get("batches")).ifPresent(b -> parts.add("batches " + b));
        Optional.ofNullable(settings.get("sessions")).ifPresent(parts::add);
        Optional.ofNullable(settings.get("window")).ifPresent(w -> parts.add("window " + w));
        return String.join(", ", parts);
    }

    private static String defaultLabel(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    static BenchmarkReport.Run reportRun(String label, BenchResult result) {
        Fingerprint f = result.fingerprint();
        List<BenchmarkReport.Fact> facts = new ArrayList<>();
        facts.add(new BenchmarkReport.Fact("Target", f.target()));
        facts.add(new BenchmarkReport.Fact("CPU", f.cpuModel()));
        facts.add(new BenchmarkReport.Fact(
                "Cores",
                f.logicalCores() + " logical"
                        + f.physicalCores().map(c -> ", " + c + " physical").orElse("")));
        facts.add(new BenchmarkReport.Fact(
                "Memory", String.format(Locale.ROOT, "%.1f GiB", f.memoryBytes() / (1024.0 * 1024 * 1024))));
        facts.add(new BenchmarkReport.Fact("OS", f.os()));
        facts.add(new BenchmarkReport.Fact("JVM", f.jvm()));
        facts.add(new BenchmarkReport.Fact("ONNX Runtime", f.onnxRuntimeVersion()));
        facts.add(new BenchmarkReport.Fact("Providers", String.join(", ", f.providers())));
        facts.add(new BenchmarkReport.Fact("GPU", f.gpu().isEmpty() ? "none" : String.join("; ", f.gpu())));
        facts.add(new BenchmarkReport.Fact("Model SHA-256", f.modelSha256().orElse("(remote)")));
        new java.util.TreeMap<>(f.server()).forEach((k, v) -> facts.add(new BenchmarkReport.Fact("Server " + k, v)));
        new java.util.TreeMap<>(f.settings()).forEach((k, v) -> facts.add(new BenchmarkReport.Fact("Setting " + k, v)));
        List<BenchmarkReport.Point> points =
                result.points().stream().map(BenchmarkLibrary::reportPoint).toList();
        return new BenchmarkReport.Run(label, result.startedAt().toString(), facts, points);
    }

    private static BenchmarkReport.Point reportPoint(PointResult p) {
        return new BenchmarkReport.Point(
                pointName(p),
                p.throughput(),
                p.latencyMs().p50(),
                p.latencyMs().p90(),
                p.latencyMs().p95(),
                p.latencyMs().p99(),
                p.latencyMs().max(),
                p.errorCount(),
                p.stable(),
                p.trials());
    }

    /**
     * The point in words, without the session settings when they are ONNX Runtime's defaults (the
     * run's settings say so once), e.g. {@code concurrency 4, batch 8}.
     */
    static String pointName(PointResult p) {
        return Benchmark.describe(p.load(), p.batch(), p.session().filter(s -> !s.equals(SessionSettings.defaults())));
    }

    /** The comparison's rows as the reports module (and the Benchmarks section's table) show them. */
    public static BenchmarkReport.Comparison reportComparison(
            String labelA, String labelB, BenchComparison comparison) {
        List<BenchmarkReport.Ratio> rows = comparison.rows().stream()
                .map(row -> new BenchmarkReport.Ratio(
                        pointName(row.a()),
                        row.a().throughput(),
                        row.b().throughput(),
                        row.throughputRatio(),
                        row.p50Ratio(),
                        row.p95Ratio(),
                        row.p99Ratio(),
                        row.bothStable()))
                .toList();
        List<BenchmarkReport.Difference> differences = comparison.differences().stream()
                .map(d -> new BenchmarkReport.Difference(d.field(), d.a(), d.b()))
                .toList();
        return new BenchmarkReport.Comparison(labelA, labelB, rows, differences);
    }
}
