package org.mlopsconsole.assessment;

import java.util.List;

/**
 * A RACI, tool inventory or bundled catalog file is unreadable or invalid; {@link #errors()} lists
 * every problem, each with its JSON pointer, line and column.
 */
public final class DocumentValidationException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** @param kind what the file should have been, in words: "RACI", "tool inventory" */
    public DocumentValidationException(String file, String kind, List<ValidationError> errors) {
        super(
                file + " is not a valid " + kind + " (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                        + "):",
                errors);
    }
}
