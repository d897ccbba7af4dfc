package org.mlopsconsole.runtime.predictions;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where and how the prediction log forwards its entries as CloudEvents over HTTP, in the format of
 * KServe's payload logger (binary content mode: the body is the protocol's request or response
 * JSON, the event's attributes are {@code ce-} headers; see docs/runtime.md, "Forwarding").
 *
 * @param url where each event is POSTed (http or https)
 * @param mode which events an entry makes: its request, its response, or both
 * @param source the events' {@code ce-source}: this server's address
 * @param queueCapacity entries waiting to be sent at most; past it new ones are dropped and counted
 * @param timeout how long one POST may take before it counts as failed
 */
public record CloudEventSettings(URI url, Mode mode, URI source, int queueCapacity, Duration timeout) {

    public static final int DEFAULT_QUEUE_CAPACITY = 1_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** KServe's logger modes. */
    public enum Mode {
        ALL,
        REQUEST,
        RESPONSE;

        /** Reads all, request or response. */
        public static Mode parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the log mode is all, request or response, not '" + text + "'");
            }
        }

        boolean requests() {
            return this != RESPONSE;
        }

        boolean responses() {
            return this != REQUEST;
        }
    }

    public CloudEventSettings {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException(
                    "the log URL must be an http or https address such as http://127.0.0.1:8080/, not '" + url + "'");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("the forwarding queue must hold at least 1 entry, not " + queueCapacity);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the forwarding timeout must be positive, not " + timeout);
        }
    }

    /** Both events of every entry to {@code url}, a queue of 1 000, 5 s per POST. */
    public static CloudEventSettings to(URI url, URI source) {
        return new CloudEventSettings(url, Mode.ALL, source, DEFAULT_QUEUE_CAPACITY, DEFAULT_TIMEOUT);
    }

    public CloudEventSettings withMode(Mode newMode) {
        return new CloudEventSettings(url, newMode, source, queueCapacity, timeout);
    }

    public CloudEventSettings withQueue(int newCapacity) {
        return new CloudEventSettings(url, mode, source, newCapacity, timeout);
    }

    /** Whether an entry's request is sent (modes all and request). */
    public boolean sendsRequests() {
        return mode.requests();
    }

    /** Whether an entry's response is sent (modes all and response). */
    public boolean sendsResponses() {
        return mode.responses();
    }
}
