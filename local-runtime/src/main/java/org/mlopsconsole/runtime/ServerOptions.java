package org.mlopsconsole.runtime;

import java.util.Optional;

/**
 * How the inference server listens and what it accepts.
 *
 * @param host the address to bind; anything but a loopback address requires a token
 * @param port 0 for any free port
 * @param token when present, every request needs {@code Authorization: Bearer <token>}
 * @param maxRequestBytes the largest request body (pushed models included)
 * @param maxJsonDepth the deepest JSON nesting accepted (nested tensor data counts)
 * @param maxTensorElements the most elements one input tensor may declare
 */
public record ServerOptions(
        String host, int port, Optional<String> token, long maxRequestBytes, int maxJsonDepth, long maxTensorElements) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_JSON_DEPTH = 64;
    public static final long DEFAULT_MAX_TENSOR_ELEMENTS = 16L * 1024 * 1024;

    public ServerOptions {
        if (token.isPresent() && token.get().isBlank()) {
            throw new InvalidInputException("The token is empty");
        }
        if (token.isEmpty() && !isLoopback(host)) {
            throw new InvalidInputException(
                    "Binding " + host
                            + " exposes the server beyond this machine: give a token (--token or --token-file) or bind 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("Port " + port + " is not between 0 and 65535");
        }
    }

    public static ServerOptions localDefaults() {
        return new ServerOptions(
                DEFAULT_HOST,
                DEFAULT_PORT,
                Optional.empty(),
                DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_MAX_JSON_DEPTH,
                DEFAULT_MAX_TENSOR_ELEMENTS);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, token, maxRequestBytes, maxJsonDepth, maxTensorElements);
    }

    public ServerOptions withHostAndToken(String newHost, Optional<String> newToken) {
        return new ServerOptions(newHost, port, newToken, maxRequestBytes, maxJsonDepth, maxTensorElements);
    }

    public ServerOptions withLimits(long newMaxRequestBytes, int newMaxJsonDepth, long newMaxTensorElements) {
        return new ServerOptions(host, port, token, newMaxRequestBytes, newMaxJsonDepth, newMaxTensorElements);
    }

    /** Only names and literals of the loopback interface count: no DNS lookup decides security. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.equals("[::1]") || host.startsWith("127.");
    }
}
