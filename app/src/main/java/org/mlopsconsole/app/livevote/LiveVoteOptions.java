package org.mlopsconsole.app.livevote;

/**
 * How a live vote is served.
 *
 * @param host the address to listen on: {@value #LOOPBACK} (this computer only, the default) or
 *     one of this computer's LAN addresses, so phones in the room reach it
 * @param port the port; 0 (the default) takes a free one
 * @param anonymous participants join without a name; each device becomes a new participant
 *     ("Anonymous 1", …)
 * @param selfPaced participants move through the questions on their own; otherwise they see the
 *     facilitator's current question
 * @param limits how often one client may call
 */
public record LiveVoteOptions(String host, int port, boolean anonymous, boolean selfPaced, RateLimits limits) {

    public static final String LOOPBACK = "127.0.0.1";

    public LiveVoteOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("give the address to listen on, e.g. " + LOOPBACK);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    /** On this computer only, a free port, by name, facilitator-paced. */
    public static LiveVoteOptions defaults() {
        return new LiveVoteOptions(LOOPBACK, 0, false, false, RateLimits.DEFAULT);
    }

    public LiveVoteOptions withHost(String newHost) {
        return new LiveVoteOptions(newHost, port, anonymous, selfPaced, limits);
    }

    public LiveVoteOptions withPort(int newPort) {
        return new LiveVoteOptions(host, newPort, anonymous, selfPaced, limits);
    }

    public LiveVoteOptions withAnonymous(boolean value) {
        return new LiveVoteOptions(host, port, value, selfPaced, limits);
    }

    public LiveVoteOptions withSelfPaced(boolean value) {
        return new LiveVoteOptions(host, port, anonymous, value, limits);
    }

    public LiveVoteOptions withLimits(RateLimits value) {
        return new LiveVoteOptions(host, port, anonymous, selfPaced, value);
    }
}
