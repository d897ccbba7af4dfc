package org.mlopsconsole.runtime.internal.benchmark;

import ai.onnxruntime.OrtException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Names a failed request's kind the way results count them. */
final class ErrorKinds {

    private ErrorKinds() {}

    static String of(Throwable failure) {
        if (failure instanceof HttpStatusException status) {
            return "http " + status.status();
        }
        // before the read timeout: Apache's connect timeout is a SocketTimeoutException too
        if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
            return "connect";
        }
        if (failure instanceof SocketTimeoutException) {
            return "timeout";
        }
        if (failure instanceof OrtException) {
            return "onnxruntime";
        }
        if (failure instanceof java.io.IOException) {
            return "io";
        }
        return failure.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** An answer other than 200, with the server's message. */
    static final class HttpStatusException extends Exception {
        private final int status;

        HttpStatusException(int status, String body) {
            super("HTTP " + status + ": " + body);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
