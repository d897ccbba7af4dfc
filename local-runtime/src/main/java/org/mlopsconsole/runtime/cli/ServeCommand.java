package org.mlopsconsole.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.GrpcServer;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelControl;
import org.mlopsconsole.runtime.ModelLifecycleListener;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerLimits;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.alerts.AlertEvaluator;
import org.mlopsconsole.runtime.alerts.AlertRules;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;
import org.mlopsconsole.runtime.predictions.CloudEventSettings;
import org.mlopsconsole.runtime.predictions.JsonLinesPredictionStore;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.mlopsconsole.runtime.predictions.PredictionLogSettings;
import org.mlopsconsole.runtime.predictions.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the Open Inference Protocol server over a model repository, until interrupted.
 * Shared by {@code mlops-console serve} and the headless {@code mlops-runtime.jar}. Exit codes: 0
 * stopped, 1 it could not start (message on stderr), 2 usage errors.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the ONNX models of a repository over the Open Inference Protocol (KServe v2 REST and gRPC).",
            "Binds 127.0.0.1 unless told otherwise; any other address needs --token or --token-file.",
            "On SIGTERM it stops accepting, lets admitted requests finish (--exit-timeout) and exits."
        })
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    private String host = ServerOptions.DEFAULT_HOST;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port = ServerOptions.DEFAULT_PORT;

    @Option(
            names = "--grpc-port",
            paramLabel = "PORT",
            description = {
                "Also serve the protocol over gRPC (inference.GRPCInferenceService) on this port, with the"
                        + " same address, token and limits; 0 turns it off (default: 8001 as Triton, or a free"
                        + " port when --port is 0)."
            })
    private Integer grpcPort;

    @Option(
            names = "--poll",
            paramLabel = "INTERVAL",
            converter = DurationConverter.class,
            description =
                    "How often to look for new model versions, e.g. 5s, 500ms, 1m; 0 turns it off" + " (default: 5s).")
    private Duration poll = Duration.ofSeconds(5);

    @Option(
            names = "--token",
            arity = "0..1",
            interactive = true,
            paramLabel = "TOKEN",
            description = {
                "Bearer token every request must send. Without a value it is asked for and not echoed;"
                        + " a value given here is visible to other users of this machine (prefer the prompt"
                        + " or --token-file)."
            })
    private char[] tokenValue;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "File whose first line is the bearer token every request must send.")
    private Path tokenFile;

    @Option(
            names = "--model-control",
            paramLabel = "MODE",
            description = {
                "none: serve the repository as it is, refuse load/unload; explicit: the load and unload"
                        + " endpoints change what is served; poll: also watch the folder every --poll"
                        + " (default: poll on loopback, none on any other address)."
            })
    private String modelControl;

    @Option(
            names = "--allowed-host",
            paramLabel = "NAME",
            description = "A name clients use to reach this server (the Host header), besides its address;"
                    + " repeat for more.")
    private List<String> allowedHosts = new ArrayList<>();

    @Option(
            names = "--allowed-origin",
            paramLabel = "ORIGIN",
            description = "A web page origin, e.g. http://localhost:3000, that may call this server; repeat for more.")
    private List<String> allowedOrigins = new ArrayList<>();

    @Option(
            names = "--exit-timeout",
            paramLabel = "INTERVAL",
            converter = DurationConverter.class,
            description = "On SIGTERM, how long admitted requests may take to finish (default: 30s).")
    private Duration exitTimeout = ServerOptions.DEFAULT_EXIT_TIMEOUT;

    @Option(names = "--max-body-mb", paramLabel = "MB", description = "Largest request body (default: 64).")
    private int maxBodyMegabytes = (int) (ServerLimits.DEFAULT_MAX_REQUEST_BYTES / (1024 * 1024));

    @Option(names = "--max-json-depth", paramLabel = "N", description = "Deepest JSON nesting (default: 64).")
    private int maxJsonDepth = ServerLimits.DEFAULT_MAX_JSON_DEPTH;

    @Option(
            names = "--max-tensor-elements",
            paramLabel = "N",
            description = "Most elements one input tensor may have (default: 16777216).")
    private long maxTensorElements = ServerLimits.DEFAULT_MAX_TENSOR_ELEMENTS;

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            description = "Connections served at once; more wait to be accepted (default: 512).")
    private int maxConnections = ServerLimits.DEFAULT_MAX_CONNECTIONS;

    @Option(
            names = "--header-timeout",
            paramLabel = "INTERVAL",
            converter = DurationConverter.class,
            description = "How long a client may take to send its request headers (default: 10s).")
    private Duration headerTimeout = ServerLimits.DEFAULT_HEADER_TIMEOUT;

    @Option(
            names = "--body-timeout",
            paramLabel = "INTERVAL",
            converter = DurationConverter.class,
            description = "How long a client may take to send a request body (default: 60s).")
    private Duration bodyTimeout = ServerLimits.DEFAULT_BODY_TIMEOUT;

    @Option(
            names = "--idle-timeout",
            paramLabel = "INTERVAL",
            converter = DurationConverter.class,
            description = "How long a connection may stay silent (default: 30s).")
    private Duration idleTimeout = ServerLimits.DEFAULT_IDLE_TIMEOUT;

    @Option(
            names = "--metrics-port",
            paramLabel = "PORT",
            description = {
                "Also serve /metrics on a port of its own (Triton uses 8002), on the same address and with"
                        + " the same token; /metrics is always on the serving port too (default: off)."
            })
    private Integer metricsPort;

    @Option(
            names = "--prediction-log",
            paramLabel = "DIR",
            description = "Log answered requests as JSON Lines files in DIR and accept outcomes at"
                    + " /v2/models/{model}/outcomes (default: no log).")
    private Path predictionLog;

    @Option(
            names = "--log-sample",
            paramLabel = "FRACTION",
            description = "Share of requests logged, 0 to 1 (default: 1, every request).")
    private double logSample = 1.0;

    @Option(
            names = "--log-sample-model",
            paramLabel = "MODEL=FRACTION",
            description = "Share of one model's requests logged, overriding --log-sample; repeat for more.")
    private java.util.Map<String, Double> logSampleByModel = new java.util.LinkedHashMap<>();

    @Option(
            names = "--log-max-rows",
            paramLabel = "N",
            description = "Requests the log keeps at most, oldest dropped first (default: 1000000).")
    private long logMaxRows = Retention.DEFAULT_MAX_ROWS;

    @Option(
            names = "--log-max-age",
            paramLabel = "AGE",
            converter = AgeConverter.class,
            description = "How long the log keeps a request, e.g. 12h or 30d (default: 30d).")
    private Duration logMaxAge = Retention.DEFAULT_MAX_AGE;

    @Option(
            names = "--log-url",
            paramLabel = "URL",
            description = "Also send each logged request as CloudEvents to URL, as KServe's payload logger"
                    + " does (needs --prediction-log; default: not sent).")
    private java.net.URI logUrl;

    @Option(
            names = "--log-mode",
            paramLabel = "MODE",
            converter = LogModeConverter.class,
            description = "What --log-url receives: all (request and response events), request or response"
                    + " (default: all).")
    private CloudEventSettings.Mode logMode = CloudEventSettings.Mode.ALL;

    @Spec
    private CommandSpec spec;

    /** How often alert rules are evaluated (Prometheus' default evaluation interval is 1 minute). */
    static final Duration ALERT_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerOptions options;
        ModelRepository opened;
        try {
            options = options();
            opened = ModelRepository.open(repository);
        } catch (ServingException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Optional<PredictionLog> log;
        try {
            log = predictionLog();
        } catch (java.io.UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        LocalRuntime runtime = LocalRuntime.create(opened);
        RuntimeMetrics metrics = RuntimeMetrics.attach(runtime);
        log.ifPresent(runtime::addInferenceObserver);
        log.ifPresent(metrics::track);
        RuntimeServer server;
        try {
            server = RuntimeServer.start(
                    runtime,
                    options,
                    Optional.of(metrics),
                    metricsPort == null ? OptionalInt.empty() : OptionalInt.of(metricsPort),
                    log);
        } catch (RuntimeException e) {
            metrics.close();
            runtime.close();
            log.ifPresent(PredictionLog::close);
            err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        Optional<GrpcServer> grpc;
        try {
            grpc = startGrpc(runtime, options);
        } catch (RuntimeException e) {
            server.close();
            metrics.close();
            runtime.close();
            log.ifPresent(PredictionLog::close);
            err.println("error: " + e.getMessage());
            return 1;
        }
        AlertEvaluator alerts = startAlerts(opened, runtime, metrics, err);
        Thread shutdown = new Thread(() -> stop(server, grpc, runtime, log), "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        out.printf(Locale.ROOT, "Serving %s on %s%n", opened.root(), server.baseUrl());
        server.metricsPort()
                .ifPresent(metricsAt -> out.printf(Locale.ROOT, "Metrics also on port %d (/metrics)%n", metricsAt));
        grpc.ifPresent(at -> out.printf(Locale.ROOT, "gRPC on %s%n", at.target()));
        out.flush();
        runtime.loadAll().thenAccept(states -> report(states, out));
        if (options.effectiveModelControl() == ModelControl.POLL && !poll.isZero()) {
            runtime.pollRepository(poll);
        }
        boolean interrupted = false;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true; // restored after closing: Jetty cannot stop on an interrupted thread
        }
        Runtime.getRuntime().removeShutdownHook(shutdown);
        alerts.close();
        stop(server, grpc, runtime, log);
        metrics.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Lets an embedding caller (or a test) end a running {@link #call()}. */
    public void stop() {
        stopped.countDown();
    }

    /** The gRPC port: as given (0 is off), else Triton's 8001, or a free one beside a free REST port. */
    private Optional<GrpcServer> startGrpc(LocalRuntime runtime, ServerOptions options) {
        int grpcAt = grpcPort != null ? grpcPort : port == 0 ? 0 : GrpcServer.DEFAULT_PORT;
        if (grpcPort != null && grpcPort == 0) {
            return Optional.empty();
        }
        return Optional.of(GrpcServer.start(runtime, options, grpcAt));
    }

    private static void stop(
            RuntimeServer server, Optional<GrpcServer> grpc, LocalRuntime runtime, Optional<PredictionLog> log) {
        grpc.ifPresent(GrpcServer::close);
        server.close();
        runtime.close();
        log.ifPresent(PredictionLog::close);
    }

    private Optional<PredictionLog> predictionLog() {
        if (predictionLog == null) {
            if (logUrl != null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--log-url forwards the prediction log's entries: give --prediction-log too");
            }
            return Optional.empty();
        }
        PredictionLogSettings settings;
        try {
            settings = PredictionLogSettings.defaults()
                    .withSampling(logSample, logSampleByModel)
                    .withRetention(new Retention(logMaxRows, logMaxAge));
            if (logUrl != null) {
                java.net.URI source = java.net.URI.create(
                        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
                settings = settings.withForwarding(
                        CloudEventSettings.to(logUrl, source).withMode(logMode));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return Optional.of(PredictionLog.start(JsonLinesPredictionStore.open(predictionLog), settings));
    }

    /**
     * Evaluates the models' alerts.json rules every {@link #ALERT_INTERVAL} against the metrics;
     * raised and resolved alerts are logged and shown as mlops_alert_active. A model's rules are read
     * again whenever one of its versions becomes ready.
     */
    private static AlertEvaluator startAlerts(
            ModelRepository repository, LocalRuntime runtime, RuntimeMetrics metrics, PrintWriter err) {
        AlertEvaluator alerts = new AlertEvaluator(Clock.systemUTC(), List.of(metrics.signals()));
        metrics.track(alerts);
        AlertRules.loadAll(repository, alerts).forEach(problem -> err.println("warning: " + problem));
        err.flush();
        runtime.addLifecycleListener(new ModelLifecycleListener() {
            @Override
            public void ready(String model, long version, Duration took) {
                try {
                    alerts.setRules(model, AlertRules.read(repository, model, alerts.signals()));
                } catch (ServingException e) {
                    LOG.warn("{}", e.getMessage());
                }
            }
        });
        alerts.start(ALERT_INTERVAL);
        return alerts;
    }

    private static void report(List<ModelState> states, PrintWriter out) {
        for (ModelState state : states) {
            out.printf(
                    Locale.ROOT,
                    "  %s%s: %s%s%n",
                    state.name(),
                    state.version().isPresent() ? " v" + state.version().getAsLong() : "",
                    state.state().name().toLowerCase(Locale.ROOT),
                    state.reason().isEmpty() ? "" : " (" + state.reason() + ")");
        }
        out.flush();
    }

    private ServerOptions options() {
        ServerLimits limits = new ServerLimits(
                maxBodyMegabytes * 1024L * 1024L,
                maxJsonDepth,
                maxTensorElements,
                maxConnections,
                headerTimeout,
                bodyTimeout,
                idleTimeout);
        return new ServerOptions(
                host,
                port,
                token(),
                Optional.ofNullable(modelControl).map(ModelControl::parse),
                allowedHosts,
                allowedOrigins,
                limits,
                exitTimeout);
    }

    private Optional<String> token() {
        if (tokenValue != null && tokenFile != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give the token once: --token or --token-file, not both");
        }
        if (tokenValue != null) {
            String token = new String(tokenValue).trim();
            if (token.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--token is empty");
            }
            return Optional.of(token);
        }
        if (tokenFile == null) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
            String token = lines.isEmpty() ? "" : lines.get(0).trim();
            if (token.isEmpty()) {
                throw new org.mlopsconsole.runtime.InvalidInputException("The token file " + tokenFile + " is empty");
            }
            return Optional.of(token);
        } catch (IOException e) {
            throw new org.mlopsconsole.runtime.InvalidInputException(
                    "Cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
        }
    }

    /** Reads all, request or response. */
    static final class LogModeConverter implements CommandLine.ITypeConverter<CloudEventSettings.Mode> {
        @Override
        public CloudEventSettings.Mode convert(String value) {
            try {
                return CloudEventSettings.Mode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads 30m, 12h or 30d. */
    static final class AgeConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})(m|h|d)");

        @Override
        public Duration convert(String value) {
            Matcher matcher = FORMAT.matcher(value.trim());
            if (!matcher.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an age; write e.g. 12h or 30d");
            }
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
    }

    /** Reads 5s, 500ms, 2m or a plain number of seconds. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m)?");

        @Override
        public Duration convert(String value) {
            Matcher matcher = FORMAT.matcher(value.trim());
            if (!matcher.matches()) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not an interval; write e.g. 5s, 500ms or 1m");
            }
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
    }
}
