package org.mlopsconsole.app.cli;

/** A command's input is wrong; the message says what and where, and the command exits 1. */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
