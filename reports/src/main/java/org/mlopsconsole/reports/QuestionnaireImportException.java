package org.mlopsconsole.reports;

import java.util.List;

/**
 * A filled questionnaire cannot be imported; nothing was imported. {@link #errors()} lists every
 * problem, each as {@code Sheet!Cell: message} (or {@code file: message} for the file as a whole).
 */
public final class QuestionnaireImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public QuestionnaireImportException(String file, List<String> errors) {
        super(file + " cannot be imported (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "):"
                + System.lineSeparator()
                + String.join(System.lineSeparator(), errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
