package org.mlopsconsole.assessment.tools;

import org.mlopsconsole.assessment.internal.Codes;

/** A component's state in an inventory; the rule is on {@link ToolCoverage}. */
public enum CoverageStatus {
    COVERED,
    PARTIAL,
    MISSING;

    /** {@code covered}, {@code partial} or {@code missing}. */
    public String code() {
        return Codes.of(this);
    }
}
