package org.mlopsconsole.runtime;

/** ONNX Runtime or the runtime itself failed on a valid request (500). */
public final class InternalServingException extends ServingException {

    private static final long serialVersionUID = 1L;

    public InternalServingException(String message) {
        super(message, null);
    }

    public InternalServingException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.INTERNAL;
    }
}
