package org.mlopsconsole.app.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The message a user should read for a failure that came back from a background task. */
public final class Failures {

    private Failures() {}

    public static String message(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** The message of the innermost cause, for failures wrapped in several layers (I/O mostly). */
    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
