package org.mlopsconsole.runtime;

/** The model exists but cannot answer now: loading, failed, queue full or timed out (503). */
public final class ServiceUnavailableException extends ServingException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message) {
        super(message, null);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
