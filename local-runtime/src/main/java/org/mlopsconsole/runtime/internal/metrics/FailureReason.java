package org.mlopsconsole.runtime.internal.metrics;

import java.util.Locale;

/**
 * Triton's {@code reason} label of {@code nv_inference_request_failure}: REJECTED (the queue was full
 * or the request timed out in it), BACKEND (the model's execution failed) or OTHER. The runtime's
 * failure event carries its message, whose wording these checks follow.
 */
enum FailureReason {
    REJECTED,
    CANCELED,
    BACKEND,
    OTHER;

    static FailureReason of(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        if (text.contains("queue")) {
            return REJECTED;
        }
        if (text.contains("failed to run")) {
            return BACKEND;
        }
        return OTHER;
    }
}
