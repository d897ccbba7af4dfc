package org.mlopsconsole.runtime;

import java.util.OptionalLong;

/**
 * Where a model version stands, as the repository index reports it.
 *
 * @param version empty for a model none of whose versions is loaded
 * @param reason why it is not ready; empty when it is
 */
public record ModelState(String name, OptionalLong version, State state, String reason) {

    public enum State {
        /** Loading or warming up; not serving yet. */
        LOADING,
        READY,
        /** Its load failed and nothing of it serves: the reason says why (a broken config, a bad file). */
        FAILED,
        /** Not loaded or unloaded (the reason says which). */
        UNAVAILABLE
    }

    public boolean ready() {
        return state == State.READY;
    }
}
