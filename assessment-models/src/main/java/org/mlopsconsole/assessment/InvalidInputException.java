package org.mlopsconsole.assessment;

import java.util.List;
import java.util.stream.Collectors;

/** An input file (model, responses, RACI, tool inventory) is unreadable or invalid; carries every error found. */
public abstract sealed class InvalidInputException extends RuntimeException
        permits ModelValidationException, ResponsesValidationException, DocumentValidationException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    protected InvalidInputException(String summary, List<ValidationError> errors) {
        super(summary
                + System.lineSeparator()
                + errors.stream().map(ValidationError::toString).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
