package org.mlopsconsole.runtime;

import org.mlopsconsole.runtime.internal.grpc.GrpcEndpoint;

/**
 * The Open Inference Protocol's gRPC service ({@code inference.GRPCInferenceService}, as KServe
 * and Triton define it) over a {@link LocalRuntime}, on a port of its own. It takes the REST
 * server's {@link ServerOptions}: the address, the token (sent as {@code authorization: Bearer
 * <token>} metadata), the limits, the model control and the exit timeout; its port is given
 * apart, Triton's 8001 by default.
 */
public final class GrpcServer implements AutoCloseable {

    /** Triton's gRPC port. */
    public static final int DEFAULT_PORT = 8001;

    private final GrpcEndpoint endpoint;
    private final String host;

    private GrpcServer(GrpcEndpoint endpoint, String host) {
        this.endpoint = endpoint;
        this.host = host;
    }

    /**
     * Starts listening on {@code port} of {@code options.host()}; 0 takes any free port, which
     * {@link #port()} then reports. The runtime keeps running when the server closes.
     */
    public static GrpcServer start(LocalRuntime runtime, ServerOptions options, int port) {
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("gRPC port " + port + " is not between 0 and 65535");
        }
        return new GrpcServer(GrpcEndpoint.start(runtime, options, port), options.host());
    }

    /** The bound port. */
    public int port() {
        return endpoint.port();
    }

    /** Where a client connects, for example {@code 127.0.0.1:8001} (a gRPC target). */
    public String target() {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port();
    }

    /** Lets admitted calls finish within the exit timeout, then stops. */
    @Override
    public void close() {
        endpoint.close();
    }
}
