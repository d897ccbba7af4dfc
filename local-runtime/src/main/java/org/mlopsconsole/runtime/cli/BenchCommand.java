package org.mlopsconsole.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.benchmark.BenchPlan;
import org.mlopsconsole.runtime.benchmark.BenchProgress;
import org.mlopsconsole.runtime.benchmark.BenchResult;
import org.mlopsconsole.runtime.benchmark.BenchResultFiles;
import org.mlopsconsole.runtime.benchmark.BenchTarget;
import org.mlopsconsole.runtime.benchmark.Benchmark;
import org.mlopsconsole.runtime.benchmark.InputSource;
import org.mlopsconsole.runtime.benchmark.LoadPoint;
import org.mlopsconsole.runtime.benchmark.MeasurementSettings;
import org.mlopsconsole.runtime.benchmark.SessionSettings;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures a model in process (ONNX Runtime directly) or on any Open Inference
 * Protocol server, perf_analyzer style. Shared by {@code mlops-console bench} and the headless
 * {@code mlops-runtime.jar bench}. Exit codes: 0 measured, 1 the target cannot be measured (message
 * on stderr), 2 usage errors.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark a model: in process (--model FILE.onnx) or on an Open Inference Protocol server"
                    + " (--url URL --model-name M: this runtime, Triton, KServe).",
            "Each point: a warmup, then --window windows until the last 3 agree within ±10 %% on"
                    + " throughput and p95 (else it is flagged unstable). Progress goes to stderr."
        })
public final class BenchCommand implements Callable<Integer> {

    static final class Target {
        @Option(
                names = "--model",
                required = true,
                paramLabel = "FILE.onnx",
                description = "Run this model in process.")
        Path model;

        @ArgGroup(exclusive = false)
        Remote remote;
    }

    static final class Remote {
        @Option(
                names = "--url",
                required = true,
                paramLabel = "URL",
                description = "The server, e.g. http://127.0.0.1:8000.")
        URI url;

        @Option(names = "--model-name", required = true, paramLabel = "M", description = "The model on the server.")
        String modelName;

        @Option(names = "--model-version", paramLabel = "V", description = "A version (default: the server's choice).")
        String modelVersion;

        @Option(
                names = "--token-file",
                paramLabel = "FILE",
                description = "File whose first line is the server's bearer token.")
        Path tokenFile;

        @Option(names = "--binary-output", description = "Ask for outputs in the binary tensor data extension.")
        boolean binaryOutput;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(
            names = "--concurrency",
            split = ",",
            paramLabel = "N[,N...]",
            description = "Closed-loop points: requests always outstanding (default: 1 unless --request-rate).")
    private List<Integer> concurrency = new ArrayList<>();

    @Option(
            names = "--request-rate",
            split = ",",
            paramLabel = "R[,R...]",
            description = "Open-loop points in requests per second; each request is timed from its scheduled start.")
    private List<Double> requestRates = new ArrayList<>();

    @Option(
            names = "--arrivals",
            paramLabel = "constant|poisson",
            description = "How the open loop spaces requests (default: constant).")
    private String arrivals = "constant";

    @Option(names = "--batch", split = ",", paramLabel = "B[,B...]", description = "Batch sizes (default: 1).")
    private List<Integer> batches = new ArrayList<>();

    @Option(
            names = "--threads",
            split = ",",
            paramLabel = "T[,T...]",
            description = "In process: ONNX Runtime intra-op threads, 0 for its default (default: 0).")
    private List<Integer> threads = new ArrayList<>();

    @Option(
            names = "--optimization",
            split = ",",
            paramLabel = "LEVEL[,...]",
            description = "In process: graph optimization levels none, basic, extended, all (default: all).")
    private List<String> optimizations = new ArrayList<>();

    @Option(
            names = "--provider",
            split = ",",
            paramLabel = "cpu|cuda",
            description = "In process: execution providers; cuda needs the onnxruntime_gpu build (default: cpu).")
    private List<String> providers = new ArrayList<>();

    @Option(
            names = "--window",
            paramLabel = "INTERVAL",
            converter = ServeCommand.DurationConverter.class,
            description = "Measurement window, e.g. 5s, 500ms (default: 5s).")
    private Duration window = MeasurementSettings.DEFAULT_WINDOW;

    @Option(
            names = "--warmup",
            paramLabel = "INTERVAL",
            converter = ServeCommand.DurationConverter.class,
            description = "Load before measuring each point (default: 2s).")
    private Duration warmup = MeasurementSettings.defaults().warmup();

    @Option(
            names = "--max-trials",
            paramLabel = "N",
            description = "Windows before a point is called unstable (default: 10).")
    private int maxTrials = MeasurementSettings.defaults().maxTrials();

    @Option(
            names = "--stability",
            paramLabel = "PERCENT",
            description = "How closely the last 3 windows must agree (default: 10).")
    private double stabilityPercent = 10;

    @Option(
            names = "--max-in-flight",
            paramLabel = "N",
            description = "Open loop: most requests in flight at once (default: 256).")
    private int maxInFlight = MeasurementSettings.defaults().maxInFlight();

    @Option(
            names = "--input",
            paramLabel = "random|zero|FILE",
            description = "Generated inputs, or a JSON (perf_analyzer's form) or CSV file (default: random).")
    private String input = "random";

    @Option(
            names = "--shape",
            paramLabel = "NAME:D1,D2",
            description = "An input's shape after the batch dimension, for its variable dimensions; repeat per input.")
    private List<String> shapes = new ArrayList<>();

    @Option(
            names = "--sequence-length",
            paramLabel = "N",
            description = "Every other variable dimension (default: 16).")
    private long sequenceLength = InputSource.DEFAULT_DYNAMIC_DIMENSION;

    @Option(
            names = "--max-p99",
            paramLabel = "MS",
            description = "Constraint: report the best-throughput stable point with p99 at or under this.")
    private Double maxP99Ms;

    @Option(names = "--format", paramLabel = "json|csv|text", description = "Output format (default: text).")
    private String format = "text";

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result here instead of stdout.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BenchPlan plan;
        try {
            plan = plan();
        } catch (IllegalArgumentException | IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchResult result;
        try {
            result = Benchmark.run(plan, progress(err));
        } catch (ServingException e) {
            err.println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench: interrupted");
            return 1;
        }
        String text = switch (format) {
            case "json" -> BenchResultFiles.toJson(result);
            case "csv" -> BenchResultFiles.toCsv(result);
            default -> BenchResultFiles.toText(result);
        };
        return CommandOutput.write(spec, text, out);
    }

    private BenchPlan plan() throws IOException {
        if (!List.of("json", "csv", "text").contains(format)) {
            throw new IllegalArgumentException("--format is json, csv or text, not '" + format + "'");
        }
        MeasurementSettings measurement = MeasurementSettings.defaults()
                .withWindow(window)
                .withWarmup(warmup)
                .withMaxTrials(maxTrials)
                .withTolerance(stabilityPercent / 100)
                .withMaxInFlight(maxInFlight);
        return new BenchPlan(
                benchTarget(),
                loads(),
                batches.isEmpty() ? List.of(1) : batches,
                sessions(),
                inputs(),
                measurement,
                maxP99Ms == null ? OptionalDouble.empty() : OptionalDouble.of(maxP99Ms));
    }

    private BenchTarget benchTarget() throws IOException {
        if (target.model != null) {
            if (!Files.isRegularFile(target.model)) {
                throw new IllegalArgumentException("--model " + target.model + " is not a file");
            }
            return new BenchTarget.OnnxFile(target.model);
        }
        Remote remote = target.remote;
        if (!threads.isEmpty() || !optimizations.isEmpty() || !providers.isEmpty()) {
            throw new IllegalArgumentException(
                    "--threads, --optimization and --provider apply in process (--model); a server has its own");
        }
        Optional<String> token = remote.tokenFile == null
                ? Optional.empty()
                : Files.readAllLines(remote.tokenFile).stream().findFirst().map(String::trim);
        return new BenchTarget.OipHttp(
                remote.url, remote.modelName, Optional.ofNullable(remote.modelVersion), remote.binaryOutput, token);
    }

    private List<LoadPoint> loads() {
        LoadPoint.Arrivals spacing = switch (arrivals.toLowerCase(Locale.ROOT)) {
            case "constant" -> LoadPoint.Arrivals.CONSTANT;
            case "poisson" -> LoadPoint.Arrivals.POISSON;
            default -> throw new IllegalArgumentException("--arrivals is constant or poisson, not '" + arrivals + "'");
        };
        List<LoadPoint> loads = new ArrayList<>();
        concurrency.forEach(clients -> loads.add(new LoadPoint.Concurrency(clients)));
        requestRates.forEach(rate -> loads.add(new LoadPoint.RequestRate(rate, spacing)));
        return loads.isEmpty() ? List.of(new LoadPoint.Concurrency(1)) : loads;
    }

    private List<SessionSettings> sessions() {
        List<SessionSettings> sessions = new ArrayList<>();
        for (String provider : providers.isEmpty() ? List.of("cpu") : providers) {
            for (String level : optimizations.isEmpty() ? List.of("all") : optimizations) {
                for (int intra : threads.isEmpty() ? List.of(0) : threads) {
                    sessions.add(new SessionSettings(
                            intra,
                            enumValue(SessionSettings.GraphOptimization.class, level, "--optimization"),
                            enumValue(SessionSettings.ExecutionProvider.class, provider, "--provider")));
                }
            }
        }
        return sessions;
    }

    private InputSource inputs() {
        Map<String, List<Long>> given = new LinkedHashMap<>();
        for (String shape : shapes) {
            int colon = shape.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(
                        "--shape is NAME:D1,D2 (dimensions after the batch), not '" + shape + "'");
            }
            List<Long> dimensions = new ArrayList<>();
            for (String dimension : shape.substring(colon + 1).split(",")) {
                try {
                    dimensions.add(Long.parseLong(dimension.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--shape " + shape + ": '" + dimension + "' is not a dimension");
                }
            }
            given.put(shape.substring(0, colon), dimensions);
        }
        return switch (input) {
            case "random" -> new InputSource.Generated(InputSource.Fill.RANDOM, given, sequenceLength);
            case "zero" -> new InputSource.Generated(InputSource.Fill.ZERO, given, sequenceLength);
            default -> {
                Path file = Path.of(input);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(
                            "--input is random, zero or a file; " + input + " is not a file");
                }
                yield new InputSource.DataFile(file);
            }
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String option) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    private static BenchProgress progress(PrintWriter err) {
        return new BenchProgress() {
            @Override
            public void pointStarted(int index, int total, String description) {
                err.printf(Locale.ROOT, "bench: [%d/%d] %s%n", index + 1, total, description);
                err.flush();
            }

            @Override
            public void windowMeasured(int trial, double throughput, double p95Ms) {
                err.printf(Locale.ROOT, "bench:   window %d: %.1f infer/s, p95 %.2f ms%n", trial, throughput, p95Ms);
                err.flush();
            }
        };
    }
}
