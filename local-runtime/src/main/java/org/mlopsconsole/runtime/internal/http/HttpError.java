package org.mlopsconsole.runtime.internal.http;

/** An error the server answers directly with the given status and {"error": message}. */
final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
