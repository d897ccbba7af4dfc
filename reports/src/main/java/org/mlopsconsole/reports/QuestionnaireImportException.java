package org.mlopsconsole.reports;

import java.util.List;

/**
 * A filled questionnaire cannot be imported; nothing was imported. {@link #errors()} lists every
 * problem, each as {@code Sheet!Cell: message} (or {@code file: message} for the file as a whole),
 * the most important first: what makes the whole file wrong (another model's questionnaire, no
 * respondent sheet), then the located errors. The message shows at most {@link #SHOWN} of them
 * and counts the rest.
 */
public final class QuestionnaireImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How many errors the message lists. */
    public static final int SHOWN = 20;

    private final List<String> errors;

    public QuestionnaireImportException(String file, List<String> errors) {
        super(message(file, errors));
        this.errors = List.copyOf(errors);
    }

    private static String message(String file, List<String> errors) {
        String lines = String.join(System.lineSeparator(), errors.subList(0, Math.min(SHOWN, errors.size())));
        int more = errors.size() - SHOWN;
        return file + " cannot be imported (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "):"
                + System.lineSeparator()
                + lines
                + (more > 0 ? System.lineSeparator() + "... and " + more + " more error" + (more == 1 ? "" : "s") : "");
    }

    public List<String> errors() {
        return errors;
    }
}
