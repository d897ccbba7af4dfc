package org.mlopsconsole.runtime;

/** No such model or version in the repository (404). */
public final class ModelNotFoundException extends ServingException {

    private static final long serialVersionUID = 1L;

    public ModelNotFoundException(String message) {
        super(message, null);
    }

    public ModelNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
