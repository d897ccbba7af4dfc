package org.mlopsconsole.workspace;

/** The kinds of value an assessment holds per question (or per dimension, for targets). */
public enum CellField {
    /** A participant's rating of a question ({@code FI}, {@code LI}, {@code PI}, {@code NI}, {@code NA}). */
    RATING("rating"),
    /** A participant's note on a question. */
    PARTICIPANT_NOTE("participant note"),
    /** The facilitator's consensus rating of a question. */
    CONSENSUS("consensus"),
    /** The notes and evidence recorded for a question in the workshop. */
    EVIDENCE("notes and evidence"),
    /** The target level of a dimension (the value is the level's number). */
    TARGET("target");

    private final String label;

    CellField(String label) {
        this.label = label;
    }

    /** "rating", "notes and evidence": for messages. */
    public String label() {
        return label;
    }

    /** Whether the owner of such a value is a participant (else the assessment). */
    public boolean ofParticipant() {
        return this == RATING || this == PARTICIPANT_NOTE;
    }
}
