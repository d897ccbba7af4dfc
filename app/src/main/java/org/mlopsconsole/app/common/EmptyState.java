package org.mlopsconsole.app.common;

/**
 * What an empty table or list says instead of JavaFX's "No content in table": what is missing
 * and what to do next to fill it.
 */
public record EmptyState(String missing, String nextStep) {

    public EmptyState {
        if (missing.isBlank() || nextStep.isBlank()) {
            throw new IllegalArgumentException("An empty state says what is missing and what to do next");
        }
    }

    /** Both sentences, on two lines. */
    public String text() {
        return missing + "\n" + nextStep;
    }
}
