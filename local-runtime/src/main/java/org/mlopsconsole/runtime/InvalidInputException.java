package org.mlopsconsole.runtime;

/** The request or an input file is wrong; the message says what and where (400). */
public final class InvalidInputException extends ServingException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
