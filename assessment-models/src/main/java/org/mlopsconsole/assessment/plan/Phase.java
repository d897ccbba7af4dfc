package org.mlopsconsole.assessment.plan;

import org.mlopsconsole.assessment.internal.Codes;

/** When a plan item is due to be done, counted from the assessment. */
public enum Phase {
    MONTHS_0_3("0-3", "0\u20133 months"),
    MONTHS_3_6("3-6", "3\u20136 months"),
    MONTHS_6_12("6-12", "6\u201312 months");

    private final String code;
    private final String label;

    Phase(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** {@code 0-3}, {@code 3-6} or {@code 6-12}. */
    public String code() {
        return code;
    }

    /** "0–3 months" (an en dash). */
    public String label() {
        return label;
    }

    public static Phase fromCode(String code) {
        return Codes.fromCode(values(), Phase::code, "phase", code);
    }
}
