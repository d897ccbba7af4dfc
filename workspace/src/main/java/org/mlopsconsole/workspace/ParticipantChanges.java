package org.mlopsconsole.workspace;

import java.util.List;

/**
 * What an edit of an assessment does to its participants.
 *
 * @param renamed saved participants with a new name or role (same id and respondent key)
 * @param removed saved participants to delete with their ratings and notes
 * @param added participants to append
 */
public record ParticipantChanges(
        List<Participant> renamed, List<Participant> removed, List<NewAssessment.NewParticipant> added) {

    public ParticipantChanges {
        renamed = List.copyOf(renamed);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    public static ParticipantChanges none() {
        return new ParticipantChanges(List.of(), List.of(), List.of());
    }
}
