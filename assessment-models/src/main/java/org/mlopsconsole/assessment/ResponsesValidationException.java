package org.mlopsconsole.assessment;

import java.util.List;

/** A responses file is unreadable, malformed or does not fit its model; lists every problem. */
public final class ResponsesValidationException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ResponsesValidationException(String file, List<ValidationError> errors) {
        super(
                file + " cannot be used as responses (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                        + "):",
                errors);
    }
}
