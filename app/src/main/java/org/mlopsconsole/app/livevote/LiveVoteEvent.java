package org.mlopsconsole.app.livevote;

import java.util.Optional;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.Participant;

/** What happened in a live vote, as its listeners hear it (on a server thread). */
public sealed interface LiveVoteEvent {

    /** A participant joined from a device (in anonymous mode: a participant just added). */
    record Joined(Participant participant, boolean added) implements LiveVoteEvent {}

    /** A participant's vote was saved: their rating (empty: cleared) and note of a question. */
    record Voted(Participant participant, String questionId, Optional<Rating> rating, Optional<String> note)
            implements LiveVoteEvent {}

    /** The facilitator ended the live vote. */
    record Ended() implements LiveVoteEvent {}
}
