package org.mlopsconsole.app.assessment;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;

/**
 * Assessments and everything rated in them. Every change is saved when the call returns, so a
 * workshop loses nothing when the process dies.
 */
public interface AssessmentRepository {

    Assessment create(NewAssessment assessment);

    Optional<Assessment> find(long assessmentId);

    List<Assessment> forTeam(long teamId, boolean includeArchived);

    void update(Assessment assessment);

    /**
     * Saves {@code assessment} and its participant changes in one transaction: renamed participants
     * keep their ratings and notes; removed ones lose theirs; added ones are appended.
     */
    void update(Assessment assessment, ParticipantChanges changes);

    Participant addParticipant(long assessmentId, String name, String role);

    List<Participant> participants(long assessmentId);

    /** Sets one participant's rating of a question; empty clears it. */
    void rate(long participantId, String questionId, Optional<Rating> rating);

    void setParticipantNote(long participantId, String questionId, String note);

    /** Sets the facilitator's consensus rating of a question; empty clears it. */
    void setConsensus(long assessmentId, String questionId, Optional<Rating> rating);

    /** The notes and evidence recorded for a question; blank clears them. */
    void setEvidence(long assessmentId, String questionId, String evidence);

    Optional<String> evidence(long assessmentId, String questionId);

    /** Sets the target level of a dimension; empty clears it. */
    void setTarget(long assessmentId, String dimensionId, OptionalInt level);

    /** Everything rated so far, in the engine's responses format. */
    Responses responses(long assessmentId);

    /**
     * Replaces every participant, rating, note, consensus and target with {@code responses}, in one
     * transaction: all of it is saved, or nothing changes.
     */
    void replaceResponses(long assessmentId, Responses responses);
}
