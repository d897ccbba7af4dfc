package org.mlopsconsole.runtime;

import java.util.Locale;

/**
 * Who may change what is served, as Triton's {@code --model-control-mode}: {@link #NONE} loads the
 * repository at start and refuses the load and unload endpoints; {@link #EXPLICIT} lets those
 * endpoints drive; {@link #POLL} also watches the repository folder (unlike Triton, the endpoints
 * stay open too).
 */
public enum ModelControl {
    NONE,
    EXPLICIT,
    POLL;

    public boolean allowsRepositoryEndpoints() {
        return this != NONE;
    }

    /** Off beyond loopback: a server others can reach does not take models from them by default. */
    public static ModelControl defaultFor(String host) {
        return ServerOptions.isLoopback(host) ? POLL : NONE;
    }

    public static ModelControl parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("model control '" + text + "' is not one of none, explicit, poll");
        }
    }
}
