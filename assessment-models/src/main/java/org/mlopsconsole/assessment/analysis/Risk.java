package org.mlopsconsole.assessment.analysis;

import java.util.Locale;
import org.mlopsconsole.assessment.internal.Codes;

/** A question's risk, as the AWS Well-Architected Tool grades them (rule j in docs/scoring.md). */
public enum Risk {
    HIGH,
    MEDIUM,
    NONE;

    /** {@code high}, {@code medium} or {@code none}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "High risk", "Medium risk", "No risk". */
    public String words() {
        return switch (this) {
            case HIGH -> "High risk";
            case MEDIUM -> "Medium risk";
            case NONE -> "No risk";
        };
    }

    /** The risk with {@code code}; an unknown code is an {@link IllegalArgumentException} listing the codes. */
    public static Risk fromCode(String code) {
        return Codes.fromCode(values(), Risk::code, "risk", code);
    }
}
