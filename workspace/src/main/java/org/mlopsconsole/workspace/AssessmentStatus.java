package org.mlopsconsole.workspace;

/** Where an assessment stands. */
public enum AssessmentStatus {
    DRAFT("Draft"),
    IN_WORKSHOP("In workshop"),
    FINAL("Final");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
