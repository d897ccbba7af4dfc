package org.mlopsconsole.app.deployments;

import java.util.Optional;
import java.util.OptionalInt;
import org.mlopsconsole.runtime.GrpcServer;
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

    /**
     * The server as the app started it: where REST listens, where gRPC does (a target such as
     * {@code 127.0.0.1:8001}) when it was asked for, and the token both ask for, if any.
     */
    public record RunningServer(String baseUrl, Optional<String> grpcTarget, Optional<String> token) {
        /** What the section shows while the server runs: both addresses and the token. */
        public String describe() {
            return baseUrl
                    + grpcTarget.map(target -> "   gRPC " + target).orElse("")
                    + token.map(t -> "   token: " + t).orElse("");
        }
    }

    private final LocalRuntime runtime;
    private final Optional<PredictionLog> predictions;
    private final Optional<RuntimeMetrics> metrics;
    private RuntimeServer server;
    private Optional<GrpcServer> grpc = Optional.empty();
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

    /**
     * Starts the REST server and, on {@code grpcPort} when given (0 for any free port), the gRPC one
     * with the same host, token and limits; or returns the one running (a second start does not
     * rebind). Both start or neither: a gRPC port in use closes the REST server again.
     */
    public synchronized RunningServer start(ServerOptions options, OptionalInt grpcPort) {
        if (server == null) {
            RuntimeServer rest = RuntimeServer.start(runtime, options, metrics, OptionalInt.empty(), predictions);
            try {
                grpc = grpcPort.isPresent()
                        ? Optional.of(GrpcServer.start(runtime, options, grpcPort.getAsInt()))
                        : Optional.empty();
            } catch (RuntimeException e) {
                rest.close();
                throw e;
            }
            server = rest;
            running = new RunningServer(server.baseUrl(), grpc.map(GrpcServer::target), options.token());
        }
        return running;
    }

    public synchronized Optional<RunningServer> running() {
        return Optional.ofNullable(running);
    }

    public synchronized void stop() {
        if (server != null) {
            grpc.ifPresent(GrpcServer::close);
            grpc = Optional.empty();
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
