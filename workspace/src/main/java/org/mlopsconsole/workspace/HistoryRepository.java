package org.mlopsconsole.workspace;

import java.util.List;
import java.util.Optional;

/** The change history of ratings, consensus, notes and targets. */
public interface HistoryRepository {

    /** Records a change by the signed-in user, now. */
    void record(
            long assessmentId,
            Cell cell,
            Optional<String> participantName,
            Optional<String> oldValue,
            Optional<String> newValue);

    /**
     * Records {@code change} as it was made (who, when, from what to what), for engagements copied
     * or imported from another workspace; its id is ignored.
     *
     * @param participantId the participant it concerns in this workspace, when they are still in
     *     the assessment
     */
    void restore(Change change, java.util.OptionalLong participantId);

    /** Oldest first. */
    List<Change> ofAssessment(long assessmentId);

    /** The latest change of {@code cell}. */
    Optional<Change> latest(Cell cell);
}
