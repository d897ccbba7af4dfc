package org.mlopsconsole.app.livevote;

import java.time.Duration;

/**
 * How often one client may call the live vote. A participant's page asks for the state about once
 * a second and sends a vote per tap, so {@link #DEFAULT} leaves room for quick taps while keeping
 * a misbehaving client from flooding the app; a wrong join code costs much more, so guessing one
 * (31^6 codes, behind a 256-bit link token) is hopeless.
 *
 * @param requests every request, per participant once joined, else per client address
 * @param wrongCodes wrong join codes, per client address
 */
public record RateLimits(RateLimiter.Rule requests, RateLimiter.Rule wrongCodes) {

    /** 60 requests at once then 5 a second; 5 wrong codes at once then one a minute. */
    public static final RateLimits DEFAULT = new RateLimits(
            new RateLimiter.Rule(60, Duration.ofMillis(200)), new RateLimiter.Rule(5, Duration.ofMinutes(1)));
}
