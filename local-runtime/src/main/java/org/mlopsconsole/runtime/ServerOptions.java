package org.mlopsconsole.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the inference server listens and what it accepts.
 *
 * @param host the address to bind; anything but a loopback address requires a token
 * @param port 0 for any free port
 * @param token when present, every request needs {@code Authorization: Bearer <token>}
 * @param modelControl whether the load and unload endpoints are open; empty for
 *     {@link ModelControl#defaultFor(String) the host's default}
 * @param allowedHosts names besides the bound address that a request's {@code Host} may give
 * @param allowedOrigins browser origins (for example {@code http://localhost:3000}) that may call
 *     the server besides its own
 * @param limits what one client may cost
 * @param exitTimeout how long closing waits for admitted requests before answering them 503
 */
public record ServerOptions(
        String host,
        int port,
        Optional<String> token,
        Optional<ModelControl> modelControl,
        List<String> allowedHosts,
        List<String> allowedOrigins,
        ServerLimits limits,
        Duration exitTimeout) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    public static final Duration DEFAULT_EXIT_TIMEOUT = Duration.ofSeconds(30);

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
        if (exitTimeout.isNegative()) {
            throw new InvalidInputException("The exit timeout cannot be negative");
        }
        allowedHosts = allowedHosts.stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .toList();
        allowedOrigins = allowedOrigins.stream()
                .map(origin -> origin.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    public static ServerOptions localDefaults() {
        return new ServerOptions(
                DEFAULT_HOST,
                DEFAULT_PORT,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                ServerLimits.defaults(),
                DEFAULT_EXIT_TIMEOUT);
    }

    /** The model control in force: the one given, else none beyond loopback and poll on it. */
    public ModelControl effectiveModelControl() {
        return modelControl.orElseGet(() -> ModelControl.defaultFor(host));
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, token, modelControl, allowedHosts, allowedOrigins, limits, exitTimeout);
    }

    public ServerOptions withHostAndToken(String newHost, Optional<String> newToken) {
        return new ServerOptions(
                newHost, port, newToken, modelControl, allowedHosts, allowedOrigins, limits, exitTimeout);
    }

    public ServerOptions withLimits(long newMaxRequestBytes, int newMaxJsonDepth, long newMaxTensorElements) {
        return withLimits(limits.withSizes(newMaxRequestBytes, newMaxJsonDepth, newMaxTensorElements));
    }

    public ServerOptions withLimits(ServerLimits newLimits) {
        return new ServerOptions(host, port, token, modelControl, allowedHosts, allowedOrigins, newLimits, exitTimeout);
    }

    public ServerOptions withModelControl(ModelControl newModelControl) {
        return new ServerOptions(
                host, port, token, Optional.of(newModelControl), allowedHosts, allowedOrigins, limits, exitTimeout);
    }

    public ServerOptions withAllowed(List<String> newAllowedHosts, List<String> newAllowedOrigins) {
        return new ServerOptions(
                host, port, token, modelControl, newAllowedHosts, newAllowedOrigins, limits, exitTimeout);
    }

    public ServerOptions withExitTimeout(Duration newExitTimeout) {
        return new ServerOptions(host, port, token, modelControl, allowedHosts, allowedOrigins, limits, newExitTimeout);
    }

    public long maxRequestBytes() {
        return limits.maxRequestBytes();
    }

    /** Only names and literals of the loopback interface count: no DNS lookup decides security. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.equals("[::1]") || host.startsWith("127.");
    }
}
