package org.mlopsconsole.workspace;

import java.util.Objects;

/**
 * One value of an assessment: a participant's rating or note of a question, or the assessment's
 * consensus, evidence or target. Each is one row with its own version.
 *
 * @param ownerId the participant's id for {@link CellField#RATING} and {@link CellField#PARTICIPANT_NOTE},
 *     else the assessment's
 * @param itemId the question's id, or the dimension's for {@link CellField#TARGET}
 */
public record Cell(CellField field, long ownerId, String itemId) {

    public Cell {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(itemId, "itemId");
    }

    public static Cell rating(long participantId, String questionId) {
        return new Cell(CellField.RATING, participantId, questionId);
    }

    public static Cell participantNote(long participantId, String questionId) {
        return new Cell(CellField.PARTICIPANT_NOTE, participantId, questionId);
    }

    public static Cell consensus(long assessmentId, String questionId) {
        return new Cell(CellField.CONSENSUS, assessmentId, questionId);
    }

    public static Cell evidence(long assessmentId, String questionId) {
        return new Cell(CellField.EVIDENCE, assessmentId, questionId);
    }

    public static Cell target(long assessmentId, String dimensionId) {
        return new Cell(CellField.TARGET, assessmentId, dimensionId);
    }
}
