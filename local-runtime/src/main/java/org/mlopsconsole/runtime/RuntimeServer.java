package org.mlopsconsole.runtime;

import java.util.Optional;
import java.util.OptionalInt;
import org.mlopsconsole.runtime.internal.http.OipServer;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;
import org.mlopsconsole.runtime.predictions.PredictionLog;

/** The Open Inference Protocol (KServe v2) REST server over a {@link LocalRuntime}. */
public final class RuntimeServer implements AutoCloseable {

    private final OipServer server;

    private RuntimeServer(OipServer server) {
        this.server = server;
    }

    /** Starts listening; the runtime keeps running when the server closes. */
    public static RuntimeServer start(LocalRuntime runtime, ServerOptions options) {
        return new RuntimeServer(OipServer.start(runtime, options));
    }

    /**
     * Starts listening with {@code /metrics} answered from the metrics (Prometheus' text format), on
     * the serving port and, when {@code metricsPort} is given (0 for any free one), also on a port
     * of its own on the same address, as Triton's metrics port, that answers nothing else. The
     * metrics port has the serving port's security: the same Host and Origin checks and token.
     */
    public static RuntimeServer start(
            LocalRuntime runtime, ServerOptions options, RuntimeMetrics metrics, OptionalInt metricsPort) {
        return start(runtime, options, Optional.of(metrics), metricsPort, Optional.empty());
    }

    /**
     * Also serves the prediction log's endpoints (outcomes, their summary, logged requests); the
     * caller registers {@code predictions} with the runtime and closes it after the server.
     */
    public static RuntimeServer start(LocalRuntime runtime, ServerOptions options, PredictionLog predictions) {
        return start(runtime, options, Optional.empty(), OptionalInt.empty(), Optional.of(predictions));
    }

    /** With what is given of metrics (and their own port) and a prediction log, as the two above. */
    public static RuntimeServer start(
            LocalRuntime runtime,
            ServerOptions options,
            Optional<RuntimeMetrics> metrics,
            OptionalInt metricsPort,
            Optional<PredictionLog> predictions) {
        if (metricsPort.isPresent() && (metricsPort.getAsInt() < 0 || metricsPort.getAsInt() > 65535)) {
            throw new InvalidInputException("Metrics port " + metricsPort.getAsInt() + " is not between 0 and 65535");
        }
        if (metricsPort.isPresent() && metrics.isEmpty()) {
            throw new InvalidInputException("A metrics port needs metrics to serve");
        }
        return new RuntimeServer(OipServer.start(
                runtime, options, new OipServer.Extensions(metrics.map(m -> m::scrape), metricsPort, predictions)));
    }

    public int port() {
        return server.port();
    }

    /** The base address, for example {@code http://127.0.0.1:8000}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The port that serves only /metrics, if the server was started with one. */
    public OptionalInt metricsPort() {
        return server.metricsPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
