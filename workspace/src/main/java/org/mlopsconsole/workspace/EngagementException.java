package org.mlopsconsole.workspace;

/**
 * An engagement change that is not valid, or names an id that does not exist; the message names
 * the field or the id and what is wrong. The command line exits 1 on it.
 */
public final class EngagementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngagementException(String message) {
        super(message);
    }
}
