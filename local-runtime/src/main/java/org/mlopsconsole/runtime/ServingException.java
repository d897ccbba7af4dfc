package org.mlopsconsole.runtime;

/**
 * Why a runtime call failed. The subclasses are the protocol's error classes; the HTTP server maps
 * them to Triton's statuses (400, 404, 503, 501, 500).
 */
public abstract sealed class ServingException extends RuntimeException
        permits InvalidInputException,
                ModelNotFoundException,
                ServiceUnavailableException,
                UnsupportedFeatureException,
                InternalServingException {

    private static final long serialVersionUID = 1L;

    protected ServingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The protocol's error class of this failure. */
    public abstract Kind kind();

    /** The protocol's error classes, as Triton names them. */
    public enum Kind {
        INVALID_INPUT,
        NOT_FOUND,
        UNAVAILABLE,
        UNSUPPORTED,
        INTERNAL
    }
}
