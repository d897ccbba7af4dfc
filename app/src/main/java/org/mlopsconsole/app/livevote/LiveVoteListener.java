package org.mlopsconsole.app.livevote;

/** Hears what happens in a live vote; called on a server thread, so a UI hands it to its own. */
@FunctionalInterface
public interface LiveVoteListener {

    void on(LiveVoteEvent event);
}
