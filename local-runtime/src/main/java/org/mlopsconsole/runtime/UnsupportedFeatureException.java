package org.mlopsconsole.runtime;

/** The request asks for something this runtime does not implement (501). */
public final class UnsupportedFeatureException extends ServingException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String message) {
        super(message, null);
    }

    public UnsupportedFeatureException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.UNSUPPORTED;
    }
}
