package org.mlopsconsole.workspace;

import java.text.Normalizer;

/**
 * The free-text fields of engagements as they are saved: trimmed, in Unicode NFC (so a name typed
 * with combining accents and one typed precomposed are the same name), at most 200 characters.
 */
public final class Names {

    public static final int MAX_LENGTH = 200;

    private Names() {}

    /** The saved form of {@code value}, empty when blank; an {@link EngagementException} when too long. */
    public static String optional(String field, String value) {
        String normalized = normalize(value);
        return normalized.isEmpty() ? "" : require(field, normalized);
    }

    /** The saved form; an {@link EngagementException} naming {@code field} when blank or too long. */
    public static String require(String field, String value) {
        String normalized = normalize(value);
        if (normalized.isEmpty()) {
            throw new EngagementException(field + " is required.");
        }
        if (normalized.length() > MAX_LENGTH) {
            throw new EngagementException(
                    field + " is " + normalized.length() + " characters long; at most " + MAX_LENGTH + " are allowed.");
        }
        return normalized;
    }

    /** Trimmed and NFC; "" for null. */
    public static String normalize(String value) {
        return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    }
}
