package org.mlopsconsole.runtime;

import org.mlopsconsole.runtime.internal.http.OipServer;
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
     * Also serves the prediction log's endpoints (outcomes, their summary, logged requests); the
     * caller registers {@code predictions} with the runtime and closes it after the server.
     */
    public static RuntimeServer start(LocalRuntime runtime, ServerOptions options, PredictionLog predictions) {
        return new RuntimeServer(OipServer.start(runtime, options, java.util.Optional.of(predictions)));
    }

    public int port() {
        return server.port();
    }

    /** The base address, for example {@code http://127.0.0.1:8000}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.close();
    }
}
