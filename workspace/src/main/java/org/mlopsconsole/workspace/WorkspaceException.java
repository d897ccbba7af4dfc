package org.mlopsconsole.workspace;

/** A workspace that cannot be opened or changed; the message is one line meant for the user. */
public class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
