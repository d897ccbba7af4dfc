package org.mlopsconsole.runtime.internal.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ServerLimits;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.predictions.PredictionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol's REST endpoints on Javalin (see docs/runtime.md for the list), as endpoint groups
 * behind one request guard and one error mapping. Jetty is set up so that no client can hold the
 * server: a connection limit with a thread for each connection, header, body and idle timeouts,
 * JSON for Jetty's own errors, and a graceful drain on close.
 */
public final class OipServer {

    private static final Logger LOG = LoggerFactory.getLogger(OipServer.class);
    /** Threads for Jetty's selectors and acceptors besides one per connection. */
    private static final int SPARE_THREADS = 32;

    private final LocalRuntime runtime;
    private final ServerOptions options;
    private final Optional<PredictionLog> predictions;
    private final InferenceCodec codec;
    private final Responses responses;
    private final RequestGuard guard;
    private final Drain drain = new Drain();
    private final HeaderTimeouts headerTimeouts;
    /**
     * Encodes answers, so the inference thread goes back to its queue at once: encoding a MiniLM
     * answer as JSON takes about as long as computing it, and would otherwise hold the next batch.
     */
    private final ExecutorService answering =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "oip-answer");
                thread.setDaemon(true);
                return thread;
            });

    private final Optional<Supplier<String>> metrics;
    /** The extra port that serves only /metrics (Triton's metrics port), if asked for. */
    private final OptionalInt metricsPort;

    private Javalin app;
    private ServerConnector metricsConnector;

    /**
     * What a server serves besides the protocol: {@code /metrics} (404 without it), a port of its
     * own for it, and the prediction log's endpoints (404 without a log).
     */
    public record Extensions(
            Optional<Supplier<String>> metrics, OptionalInt metricsPort, Optional<PredictionLog> predictions) {

        public static Extensions none() {
            return new Extensions(Optional.empty(), OptionalInt.empty(), Optional.empty());
        }
    }

    private OipServer(LocalRuntime runtime, ServerOptions options, Extensions extensions) {
        this.runtime = runtime;
        this.options = options;
        this.metrics = extensions.metrics();
        this.metricsPort = extensions.metricsPort();
        this.predictions = extensions.predictions();
        ServerLimits limits = options.limits();
        this.codec = new InferenceCodec(limits.maxJsonDepth(), limits.maxTensorElements(), limits.maxRequestBytes());
        ErrorMapping errors = new ErrorMapping(
                runtime.repository().root(),
                List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of(System.getProperty("user.home"))));
        this.responses = new Responses(codec.mapper(), errors);
        this.guard = new RequestGuard(options);
        this.headerTimeouts = new HeaderTimeouts(limits.headerTimeout());
    }

    public static OipServer start(LocalRuntime runtime, ServerOptions options) {
        return start(runtime, options, Extensions.none());
    }

    /** With the {@code extensions} asked for (metrics, their port, a prediction log the caller registered). */
    public static OipServer start(LocalRuntime runtime, ServerOptions options, Extensions extensions) {
        OipServer server = new OipServer(runtime, options, extensions);
        server.app = Javalin.create(server::configure);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.headerTimeouts.close();
            server.answering.shutdown();
            throw e;
        }
        LOG.info(
                "Open Inference Protocol server listening on {} (model control {})",
                server.baseUrl(),
                options.effectiveModelControl().name().toLowerCase(java.util.Locale.ROOT));
        return server;
    }

    private void configure(io.javalin.config.JavalinConfig config) {
        ServerLimits limits = options.limits();
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = limits.maxRequestBytes();
        config.http.defaultContentType = Responses.JSON;
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxConnections() + SPARE_THREADS, 8);
        threads.setName("oip-http");
        config.jetty.threadPool = threads;
        config.jetty.addConnector(this::connector);
        if (metricsPort.isPresent()) {
            config.jetty.addConnector(this::metricsConnector);
        }
        config.jetty.modifyServer(this::modifyServer);
        config.jetty.modifyServletContextHandler(
                handler -> handler.setErrorHandler(new JsonErrorHandler(codec.mapper(), errorsForJetty())));
        routes(config.routes);
    }

    private ErrorMapping errorsForJetty() {
        return new ErrorMapping(
                runtime.repository().root(),
                List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of(System.getProperty("user.home"))));
    }

    private Connector metricsConnector(Server server, org.eclipse.jetty.server.HttpConfiguration http) {
        metricsConnector = (ServerConnector) connector(server, http);
        metricsConnector.setPort(metricsPort.getAsInt());
        return metricsConnector;
    }

    private Connector connector(Server server, org.eclipse.jetty.server.HttpConfiguration http) {
        ServerLimits limits = options.limits();
        http.setSendServerVersion(false);
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        // a request is admitted (and counted by the drain) once its headers are in, not its first body bytes
        http.setDelayDispatchUntilContent(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addBean(headerTimeouts);
        return connector;
    }

    private void modifyServer(Server server) {
        server.addBean(new NetworkConnectionLimit(options.limits().maxConnections(), server));
        server.setErrorHandler(new JsonErrorHandler(codec.mapper(), errorsForJetty()));
        drain.setHandler(server.getHandler());
        server.setHandler(drain);
    }

    private void routes(RoutesConfig routes) {
        routes.before(guard::check);
        routes.before(this::onlyMetricsOnMetricsPort);
        List<EndpointGroup> groups = List.of(
                new MetricsEndpoints(metrics, responses),
                new HealthEndpoints(runtime, responses),
                new StatisticsEndpoints(runtime, responses),
                new InferenceEndpoints(runtime, responses, codec, options.limits(), drain, answering),
                new RepositoryEndpoints(runtime, responses, codec, options.limits(), options.effectiveModelControl()),
                new PredictionEndpoints(predictions, responses, options.limits()));
        groups.forEach(group -> group.register(routes));
        routes.exception(Exception.class, (exception, ctx) -> responses.failure(ctx, exception));
        routes.error(
                404,
                ctx -> replaceNonJson(ctx, "no endpoint " + ctx.method() + " " + ctx.path() + "; see /openapi.json"));
        routes.error(405, ctx -> replaceNonJson(ctx, "method " + ctx.method() + " is not allowed on " + ctx.path()));
        routes.error(
                413,
                ctx -> replaceNonJson(
                        ctx,
                        "the request body is larger than this server accepts (" + options.maxRequestBytes()
                                + " bytes)"));
    }

    /** Javalin's own errors (no route, body too large) come as text; answer them as protocol errors. */
    private void replaceNonJson(Context ctx, String message) {
        String result = ctx.result();
        if (result == null || !result.startsWith("{\"error\"")) {
            responses.error(ctx, ctx.statusCode(), message);
        }
    }

    private void onlyMetricsOnMetricsPort(Context ctx) {
        if (metricsConnector != null
                && ctx.req().getLocalPort() == metricsConnector.getLocalPort()
                && !ctx.path().equals("/metrics")) {
            throw new HttpError(404, "the metrics port serves only /metrics");
        }
    }

    public int port() {
        return app.port();
    }

    /** The port that serves only /metrics, when one was asked for. */
    public OptionalInt metricsPort() {
        return metricsConnector == null ? OptionalInt.empty() : OptionalInt.of(metricsConnector.getLocalPort());
    }

    public String baseUrl() {
        String host = options.host().contains(":") && !options.host().startsWith("[")
                ? "[" + options.host() + "]"
                : options.host();
        return "http://" + host + ":" + port();
    }

    /**
     * Stops accepting connections, lets admitted requests finish within the exit timeout, answers
     * the ones still waiting for the runtime 503, then stops.
     */
    public void close() {
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof NetworkConnector network) {
                network.close();
            }
        }
        int refused = drain.drain(options.exitTimeout());
        if (refused > 0) {
            LOG.warn("Answered {} requests 503 after waiting {} for them", refused, options.exitTimeout());
        }
        app.stop();
        headerTimeouts.close();
        answering.shutdown();
    }
}
