package org.mlopsconsole.app.workspace;

/** A workspace that cannot be opened or changed; the message is one line meant for the user. */
public final class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
