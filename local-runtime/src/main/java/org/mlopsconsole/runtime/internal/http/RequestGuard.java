package org.mlopsconsole.runtime.internal.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.ServerOptions;

/**
 * Checks every request before its endpoint sees it, so that a web page the user visits cannot
 * drive the server (see docs/decisions/0004): the Host must name this server (DNS rebinding gives
 * a foreign name), a browser's Origin must be this server's own or an allowed one, the token
 * (when set) must match, a declared body must fit, and a POST's body must be JSON (or the binary
 * extension's octet stream), which a cross-site form or a "simple" fetch cannot send.
 */
final class RequestGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** State changes beyond inference: they take JSON only (docs/decisions/0004). */
    private static final Pattern STATE_CHANGE =
            Pattern.compile("/v2/repository/models/[^/]+/(load|unload)|/v2/models/[^/]+/outcomes");

    private static final Pattern INFER = Pattern.compile("/v2/models/[^/]+(/versions/[^/]+)?/infer");
    static final String OCTET_STREAM = "application/octet-stream";

    private final ServerOptions options;
    private final String boundHost;
    private final boolean loopback;
    private final boolean wildcard;
    private final Set<String> allowedHosts;
    private final Set<String> allowedOrigins;
    private final Optional<byte[]> token;

    RequestGuard(ServerOptions options) {
        this.options = options;
        this.boundHost = hostPart(options.host());
        this.loopback = isLoopbackName(boundHost);
        this.wildcard = boundHost.equals("0.0.0.0") || boundHost.equals("::") || boundHost.isEmpty();
        this.allowedHosts = Set.copyOf(options.allowedHosts());
        this.allowedOrigins = Set.copyOf(options.allowedOrigins());
        this.token = options.token().map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    void check(Context ctx) {
        checkHost(ctx.header("Host"));
        checkOrigin(ctx.header("Origin"), ctx.header("Host"));
        authenticate(ctx);
        if (ctx.method() == HandlerType.POST) {
            checkBody(ctx);
        }
    }

    private void checkHost(String header) {
        if (header == null) {
            return; // HTTP/1.0; a browser always sends one
        }
        String host = hostPart(header);
        boolean known = allowedHosts.contains(host)
                || host.equals(boundHost)
                || (loopback && isLoopbackName(host))
                || (wildcard && isIpLiteral(host));
        if (!known) {
            throw new HttpError(
                    403,
                    "Host '" + header + "' does not name this server; a server reached by another name lists it"
                            + " with --allowed-host");
        }
    }

    private void checkOrigin(String origin, String host) {
        if (origin == null) {
            return; // not a browser, or a same-origin GET
        }
        String given = origin.trim().toLowerCase(Locale.ROOT);
        boolean own = host != null
                && (given.equals("http://" + host.toLowerCase(Locale.ROOT))
                        || given.equals("https://" + host.toLowerCase(Locale.ROOT)));
        if (!own && !allowedOrigins.contains(given)) {
            throw new HttpError(
                    403,
                    "requests from the web page at " + origin + " are refused; allow an origin with --allowed-origin");
        }
    }

    private void authenticate(Context ctx) {
        if (token.isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = new byte[0];
        if (header != null) {
            String[] parts = header.trim().split("\\s+", 2);
            if (parts.length == 2 && parts[0].equalsIgnoreCase("Bearer")) {
                given = parts[1].trim().getBytes(StandardCharsets.UTF_8);
            }
        }
        if (!MessageDigest.isEqual(given, token.get())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpError(
                    401,
                    header == null
                            ? "this server requires a token: send 'Authorization: Bearer <token>'"
                            : "the bearer token is wrong");
        }
    }

    private void checkBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxRequestBytes()) {
            ctx.header("Connection", "close");
            throw new HttpError(
                    413,
                    "the request body is larger than this server accepts (" + options.maxRequestBytes() + " bytes)");
        }
        String encoding = ctx.header("Content-Encoding");
        if (!RequestBody.knownEncoding(encoding)) {
            throw new HttpError(415, "Content-Encoding '" + encoding + "' is not accepted; send gzip or none");
        }
        String path = ctx.path();
        Optional<String> type = mediaType(ctx.header("Content-Type"));
        boolean json = type.filter(Responses.JSON::equals).isPresent();
        if (STATE_CHANGE.matcher(path).matches()) {
            if (!json) {
                throw new HttpError(415, "this endpoint takes Content-Type: application/json");
            }
        } else if (type.isPresent()
                && !json
                && !(type.get().equals(OCTET_STREAM) && INFER.matcher(path).matches())) {
            throw new HttpError(
                    415,
                    "Content-Type '" + type.get() + "' is not accepted; send application/json"
                            + (INFER.matcher(path).matches() ? " or, with binary data, " + OCTET_STREAM : ""));
        }
    }

    private static Optional<String> mediaType(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
    }

    /** The host of a Host header or address, without port or brackets, in lower case. */
    static String hostPart(String hostAndPort) {
        String host = hostAndPort.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        if (colon >= 0 && host.indexOf(':', colon + 1) < 0) {
            host = host.substring(0, colon);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static boolean isLoopbackName(String host) {
        return host.equals("localhost")
                || host.equals("::1")
                || (IPV4.matcher(host).matches() && host.startsWith("127."));
    }

    /** An address literal cannot be a rebound DNS name, so a wildcard bind accepts any. */
    private static boolean isIpLiteral(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }
}
