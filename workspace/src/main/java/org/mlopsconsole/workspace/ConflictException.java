package org.mlopsconsole.workspace;

/**
 * A change that would overwrite someone else's: nothing was saved. The app shows theirs against
 * yours and lets the user keep either; the command line prints the message and exits 1.
 */
public final class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Conflict conflict;

    public ConflictException(Conflict conflict) {
        super(conflict.describe());
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
