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

    /** Oldest first. */
    List<Change> ofAssessment(long assessmentId);

    /** The latest change of {@code cell}. */
    Optional<Change> latest(Cell cell);
}
