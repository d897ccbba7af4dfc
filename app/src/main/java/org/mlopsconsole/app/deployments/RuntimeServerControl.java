package org.mlopsconsole.app.deployments;

import java.util.Optional;
import java.util.OptionalInt;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.metrics.RuntimeMetrics;
import org.mlopsconsole.runtime.predictions.PredictionLog;

/**
 * Starts and stops the one inference server of the desktop app over its runtime. Owned by the
 * composition root, which closes it on exit; the Deployments section drives it.
 */
public final class RuntimeServerControl implements AutoCloseable {

    /** The server as the app started it: where it listens and the token it asks for, if any. */
    public record RunningServer(String baseUrl, Optional<String> token) {}

    private final LocalRuntime runtime;
    private final Optional<PredictionLog> predictions;
    private final Optional<RuntimeMetrics> metrics;
    private RuntimeServer server;
    private RunningServer running;

    public RuntimeServerControl(LocalRuntime runtime) {
        this(runtime, Optional.empty());
    }

    /** A server that also takes outcomes for, and lists, what {@code predictions} logs. */
    public RuntimeServerControl(LocalRuntime runtime, Optional<PredictionLog> predictions) {
        this(runtime, predictions, Optional.empty());
    }

    /** A server that also answers /metrics from the composition root's metrics (issue 15). */
    public RuntimeServerControl(
            LocalRuntime runtime, Optional<PredictionLog> predictions, Optional<RuntimeMetrics> metrics) {
        this.runtime = runtime;
        this.predictions = predictions;
        this.metrics = metrics;
    }

    /** Starts the server, or returns the one running (a second start does not rebind). */
    public synchronized RunningServer start(ServerOptions options) {
        if (server == null) {
            server = RuntimeServer.start(runtime, options, metrics, OptionalInt.empty(), predictions);
            running = new RunningServer(server.baseUrl(), options.token());
        }
        return running;
    }

    public synchronized Optional<RunningServer> running() {
        return Optional.ofNullable(running);
    }

    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            running = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
