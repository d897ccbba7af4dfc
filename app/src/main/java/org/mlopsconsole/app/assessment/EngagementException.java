package org.mlopsconsole.app.assessment;

/** An engagement change that is not valid; the message names the field and what is wrong. */
public final class EngagementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngagementException(String message) {
        super(message);
    }
}
