package org.mlopsconsole.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.assessment.Responses;

/**
 * Assessments, their participants and their cells, as stored. Callers go through
 * {@link Assessments}, which checks expectations (optimistic locking), records the history and
 * runs each use case in one transaction.
 */
public interface AssessmentRepository {

    /** Inserts the assessment (status draft, version 1) without participants. */
    Assessment create(NewAssessment assessment);

    Optional<Assessment> find(long assessmentId);

    /** By date, then id: the last is the latest. */
    List<Assessment> forTeam(long teamId, boolean includeArchived);

    /**
     * Saves title, date, facilitator, status and archived when the stored version is still
     * {@code assessment.version()}; returns the saved assessment (version raised), or empty when
     * someone saved it meanwhile (nothing changed).
     */
    Optional<Assessment> update(Assessment assessment);

    List<Participant> participants(long assessmentId);

    /** The participant and the assessment it belongs to. */
    Optional<Map.Entry<Long, Participant>> findParticipant(long participantId);

    /** Appends a participant with a generated id and respondent key; the name is stored as given. */
    Participant addParticipant(long assessmentId, String name, String role);

    boolean renameParticipant(long assessmentId, Participant participant);

    /** Deletes the participant with its ratings and notes. */
    boolean removeParticipant(long assessmentId, long participantId);

    StoredCell read(Cell cell);

    /**
     * Writes {@code value} (empty clears it) when the cell's version is still
     * {@code expectedVersion} (0: never written), in one statement; false when it is not.
     */
    boolean write(Cell cell, long expectedVersion, Optional<String> value);

    /** Everything rated so far, in the engine's responses format (cleared cells left out). */
    Responses responses(long assessmentId);

    /** The notes and evidence per question. */
    Map<String, String> evidence(long assessmentId);

    /** The workshop's agenda in its order; empty when none was saved. */
    List<AgendaSlot> agenda(long assessmentId);

    /** Replaces the agenda whole (empty: back to the default). */
    void replaceAgenda(long assessmentId, List<AgendaSlot> slots);
}
