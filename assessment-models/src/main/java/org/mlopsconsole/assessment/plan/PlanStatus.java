package org.mlopsconsole.assessment.plan;

import java.util.Locale;
import org.mlopsconsole.assessment.internal.Codes;

/** Where a plan item stands. */
public enum PlanStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    /** {@code open}, {@code in-progress} or {@code done}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Open", "In progress", "Done". */
    public String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static PlanStatus fromCode(String code) {
        return Codes.fromCode(values(), PlanStatus::code, "plan status", code);
    }
}
