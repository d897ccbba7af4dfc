package org.mlopsconsole.app.livevote;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live vote's own small web server, in the app's process on a port of its own: the voting
 * page, its assets and its API under {@code /v/<token>/}, nothing else (never the model runtime's
 * server). Every request passes {@link #guard}: the server's own host, the vote's token, the vote
 * not ended, the client's rate; every POST also the server's own origin and the token in the
 * {@value #TOKEN_HEADER} header (a header no other site's page can send without a CORS preflight,
 * which this server never grants). Security headers on every answer. See docs/decisions/0008.
 */
public final class LiveVoteServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveVoteServer.class);
    /** The header every POST repeats the vote's token in. */
    public static final String TOKEN_HEADER = "X-Live-Vote-Token";
    /** The session cookie of a participant's device. */
    public static final String SESSION_COOKIE = "lv_session";
    /** Bodies are a code, a name's id or a vote with a note of at most 10,000 characters. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;

    private static final int MAX_CONNECTIONS = 64;
    private static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private final LiveVote vote;
    private final RateLimiter requests;
    private final RateLimiter wrongCodes;
    private final SecureRandom random = new SecureRandom();
    private final String prefix;
    private final LiveVoteApi api;
    private OriginPolicy origins;
    private Javalin app;
    private int port;

    private LiveVoteServer(LiveVote vote) {
        this.vote = vote;
        this.requests = new RateLimiter(vote.options().limits().requests());
        this.wrongCodes = new RateLimiter(vote.options().limits().wrongCodes());
        this.prefix = "/v/" + vote.secrets().token();
        this.api = new LiveVoteApi(vote, this);
    }

    /**
     * Serves {@code vote} on its options' host and port.
     *
     * @throws IllegalArgumentException for a wildcard address (the vote binds one address only)
     */
    public static LiveVoteServer start(LiveVote vote) {
        String host = vote.options().host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            throw new IllegalArgumentException("choose one address to serve the live vote on (" + host
                    + " would be every address of this computer): " + LiveVoteOptions.LOOPBACK
                    + " for this computer only, or its address on the room's network");
        }
        LiveVoteServer server = new LiveVoteServer(vote);
        server.app = Javalin.create(server::configure);
        server.app.start();
        server.port = server.app.port();
        server.origins = new OriginPolicy(host, server.port);
        LOG.info("Live vote of assessment {} served on {}", vote.assessmentId(), server.origin());
        return server;
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.router.ignoreTrailingSlashes = false; // "/v/<token>" redirects to the page, "/v/<token>/"
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_CONNECTIONS + 8, 2);
        threads.setName("live-vote-http");
        threads.setDaemon(true); // never keeps the app alive
        config.jetty.threadPool = threads;
        config.jetty.addConnector(this::connector);
        config.jetty.modifyServer(server -> server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server)));
        routes(config.routes);
    }

    private Connector connector(Server server, HttpConfiguration http) {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(vote.options().host());
        connector.setPort(vote.options().port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        return connector;
    }

    private void routes(RoutesConfig routes) {
        routes.before(this::guard);
        routes.get(prefix, ctx -> ctx.redirect(prefix + "/"));
        WebAssets.register(routes, prefix);
        api.register(routes, prefix);
        routes.exception(
                Refusal.class, (refusal, ctx) -> LiveVoteApi.error(ctx, refusal.status(), refusal.getMessage()));
        routes.exception(Exception.class, (failure, ctx) -> {
            LOG.warn("Live vote request {} failed", ctx.method(), failure);
            LiveVoteApi.error(ctx, 500, "Something went wrong on the facilitator's computer; try again.");
        });
        routes.error(404, ctx -> LiveVoteApi.error(ctx, 404, "Nothing here."));
        routes.error(405, ctx -> LiveVoteApi.error(ctx, 405, "Not allowed."));
        routes.error(413, ctx -> LiveVoteApi.error(ctx, 413, "That is too long to send."));
    }

    /** A request refused with a status and a sentence for the participant. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private void guard(Context ctx) {
        securityHeaders(ctx);
        if (!origins.allowsHost(Optional.ofNullable(ctx.header("Host")))) {
            throw new Refusal(403, "This live vote answers only on its own address.");
        }
        if (!tokenMatches(ctx.path())) {
            throw new Refusal(404, "Nothing here.");
        }
        if (vote.ended()) {
            throw new Refusal(410, "The live vote has ended. Thank you!");
        }
        if (!requests.tryAcquire(clientKey(ctx))) {
            ctx.header("Retry-After", String.valueOf(requests.retryAfterSeconds()));
            throw new Refusal(429, "Too many requests from this device; wait a moment.");
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            checkWrite(ctx);
        }
    }

    private void checkWrite(Context ctx) {
        if (!origins.allowsWriteFrom(
                Optional.ofNullable(ctx.header("Origin")), Optional.ofNullable(ctx.header("Referer")))) {
            throw new Refusal(403, "Refused: this request does not come from the live vote's own page.");
        }
        if (!vote.secrets().tokenMatches(ctx.header(TOKEN_HEADER))) {
            throw new Refusal(403, "Refused: the request lacks the live vote's token.");
        }
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new Refusal(415, "Send JSON.");
        }
    }

    private boolean tokenMatches(String path) {
        if (!path.startsWith("/v/")) {
            return false;
        }
        int end = path.indexOf('/', 3);
        return vote.secrets().tokenMatches(end < 0 ? path.substring(3) : path.substring(3, end));
    }

    /** A joined device by its session (many share one address behind a router), others by address. */
    private String clientKey(Context ctx) {
        String session = ctx.cookie(SESSION_COOKIE);
        return vote.knows(session) ? "session:" + session : "address:" + ctx.ip();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: browsers then send the page's Origin on its own POSTs
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** Whether {@code address} may try a join code now (it has not used up its wrong ones). */
    boolean mayTryCode(String address) {
        return wrongCodes.hasLeft(address);
    }

    void wrongCode(String address) {
        wrongCodes.tryAcquire(address);
    }

    String newSessionId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The session cookie: the vote's path only, never readable by scripts, never sent cross-site. */
    String sessionCookie(String sessionId) {
        return SESSION_COOKIE + "=" + sessionId + "; Path=" + prefix + "/; HttpOnly; SameSite=Strict";
    }

    public LiveVote vote() {
        return vote;
    }

    public int port() {
        return port;
    }

    /** "http://127.0.0.1:41234". */
    public String origin() {
        return "http://" + OriginPolicy.hostAndPort(vote.options().host(), port());
    }

    /** The link participants open (the QR code's content): the origin and the vote's token. */
    public String joinUrl() {
        return origin() + prefix + "/";
    }

    /** Ends the vote: every request is answered 410 from now on; the port stays open until {@link #close()}. */
    public void end() {
        vote.end();
    }

    /** Ends the vote and stops listening. */
    @Override
    public void close() {
        vote.end();
        app.stop();
        LOG.info("Live vote of assessment {} closed", vote.assessmentId());
    }
}
