package org.mlopsconsole.runtime;

import java.time.Duration;

/**
 * What one client may cost the server. A request holds at most one thread, a connection at most
 * one request at a time, so with {@code maxConnections} the server always has a thread for a
 * probe on a connection it has accepted.
 *
 * @param maxRequestBytes the largest request body (pushed models included); a larger
 *     Content-Length is refused before reading, and no request decodes to more tensor bytes
 * @param maxJsonDepth the deepest JSON nesting accepted (nested tensor data counts)
 * @param maxTensorElements the most elements one input tensor may declare
 * @param maxConnections connections accepted at once; further ones wait in the listen backlog
 * @param headerTimeout how long a client may take to send a request's headers
 * @param bodyTimeout how long a client may take to send a request's body
 * @param idleTimeout how long a connection may stay silent
 */
public record ServerLimits(
        long maxRequestBytes,
        int maxJsonDepth,
        long maxTensorElements,
        int maxConnections,
        Duration headerTimeout,
        Duration bodyTimeout,
        Duration idleTimeout) {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_JSON_DEPTH = 64;
    public static final long DEFAULT_MAX_TENSOR_ELEMENTS = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    public ServerLimits {
        if (maxRequestBytes < 1 || maxJsonDepth < 1 || maxTensorElements < 1 || maxConnections < 1) {
            throw new InvalidInputException("Server limits must be positive");
        }
        for (Duration timeout : new Duration[] {headerTimeout, bodyTimeout, idleTimeout}) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new InvalidInputException("Server timeouts must be positive, not " + timeout);
            }
        }
    }

    public static ServerLimits defaults() {
        return new ServerLimits(
                DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_MAX_JSON_DEPTH,
                DEFAULT_MAX_TENSOR_ELEMENTS,
                DEFAULT_MAX_CONNECTIONS,
                DEFAULT_HEADER_TIMEOUT,
                DEFAULT_BODY_TIMEOUT,
                DEFAULT_IDLE_TIMEOUT);
    }

    public ServerLimits withSizes(long newMaxRequestBytes, int newMaxJsonDepth, long newMaxTensorElements) {
        return new ServerLimits(
                newMaxRequestBytes,
                newMaxJsonDepth,
                newMaxTensorElements,
                maxConnections,
                headerTimeout,
                bodyTimeout,
                idleTimeout);
    }

    public ServerLimits withConnections(
            int newMaxConnections, Duration newHeaderTimeout, Duration newBodyTimeout, Duration newIdleTimeout) {
        return new ServerLimits(
                maxRequestBytes,
                maxJsonDepth,
                maxTensorElements,
                newMaxConnections,
                newHeaderTimeout,
                newBodyTimeout,
                newIdleTimeout);
    }
}
