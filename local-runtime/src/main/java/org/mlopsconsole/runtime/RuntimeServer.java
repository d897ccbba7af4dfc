package org.mlopsconsole.runtime;

import org.mlopsconsole.runtime.internal.http.OipServer;

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
