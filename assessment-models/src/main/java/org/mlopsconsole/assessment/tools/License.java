package org.mlopsconsole.assessment.tools;

import org.mlopsconsole.assessment.internal.Codes;

/** Whether a tool can be used under an open-source licence, or needs a commercial one. */
public enum License {
    OPEN_SOURCE,
    COMMERCIAL;

    /** {@code open-source} or {@code commercial}. */
    public String code() {
        return Codes.of(this);
    }
}
