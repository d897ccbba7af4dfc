package org.mlopsconsole.assessment.plan;

import org.mlopsconsole.assessment.internal.Codes;

/** A plan item's size, as consultants estimate it: small, medium or large. */
public enum Effort {
    S,
    M,
    L;

    /** {@code S}, {@code M} or {@code L}. */
    public String code() {
        return name();
    }

    /** "Small", "Medium", "Large". */
    public String label() {
        return switch (this) {
            case S -> "Small";
            case M -> "Medium";
            case L -> "Large";
        };
    }

    public static Effort fromCode(String code) {
        return Codes.fromCode(values(), Effort::code, "effort", code);
    }
}
