package org.mlopsconsole.assessment;

import java.util.List;

/** A maturity model file is not valid; {@link #errors()} lists every problem found. */
public final class ModelValidationException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ModelValidationException(String file, List<ValidationError> errors) {
        super(
                file + " is not a valid maturity model (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                        + "):",
                errors);
    }
}
