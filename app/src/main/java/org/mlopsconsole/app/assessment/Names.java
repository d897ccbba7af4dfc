package org.mlopsconsole.app.assessment;

/** Checks the free-text fields of engagements before they are saved. */
final class Names {

    static final int MAX_LENGTH = 200;

    private Names() {}

    /** The trimmed value, empty when blank; an {@link EngagementException} when too long. */
    static String optional(String field, String value) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? "" : require(field, trimmed);
    }

    /** The trimmed value; an {@link EngagementException} naming {@code field} when blank or too long. */
    static String require(String field, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new EngagementException(field + " is required.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new EngagementException(
                    field + " is " + trimmed.length() + " characters long; at most " + MAX_LENGTH + " are allowed.");
        }
        return trimmed;
    }
}
