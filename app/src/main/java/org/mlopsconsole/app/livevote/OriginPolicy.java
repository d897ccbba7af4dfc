package org.mlopsconsole.app.livevote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests come from the live vote's own page. Every request must name one of the server's
 * own hosts (so a foreign site's name resolved to this address, DNS rebinding, gets nothing), and
 * every POST must come from the server's own origin by its Origin header (or, without one, its
 * Referer), so another site cannot make a participant's browser vote.
 */
public final class OriginPolicy {

    private final Set<String> hosts = new LinkedHashSet<>();

    /**
     * @param boundHost the address the server listens on ("127.0.0.1", "192.168.1.20", "::1")
     * @param port its port
     */
    public OriginPolicy(String boundHost, int port) {
        hosts.add(hostAndPort(boundHost, port));
        if (isLoopback(boundHost)) {
            hosts.add(hostAndPort("localhost", port));
            hosts.add(hostAndPort("127.0.0.1", port));
            hosts.add(hostAndPort("::1", port));
        }
    }

    /** "host:port" as a Host header names it, IPv6 in brackets. */
    static String hostAndPort(String host, int port) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return (bare.contains(":") ? "[" + bare + "]" : bare).toLowerCase(Locale.ROOT) + ":" + port;
    }

    static boolean isLoopback(String host) {
        String bare = host.replace("[", "").replace("]", "");
        return bare.equals("localhost") || bare.startsWith("127.") || bare.equals("::1");
    }

    /** Whether the Host header names this server. */
    public boolean allowsHost(Optional<String> hostHeader) {
        return hostHeader
                .map(host -> hosts.contains(host.strip().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    /**
     * Whether a state-changing request comes from the server's own page: its Origin is one of the
     * server's origins; without an Origin, its Referer is a page of the server; with neither, no.
     */
    public boolean allowsWriteFrom(Optional<String> origin, Optional<String> referer) {
        if (origin.isPresent()) {
            return isOwnOrigin(origin.get());
        }
        return referer.flatMap(OriginPolicy::originOf).map(this::isOwnOrigin).orElse(false);
    }

    private boolean isOwnOrigin(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") && hosts.contains(lower.substring("http://".length()));
    }

    private static Optional<String> originOf(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null || uri.getPort() < 0) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + hostAndPort(uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
