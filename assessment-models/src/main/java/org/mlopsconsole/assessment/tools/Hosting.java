package org.mlopsconsole.assessment.tools;

import org.mlopsconsole.assessment.internal.Codes;

/**
 * Where a tool runs. A tool may have several: {@code ON_PREMISES} (on the client's own machines),
 * {@code CLOUD} (as a cloud service or on cloud machines), {@code KUBERNETES} (it needs a
 * Kubernetes cluster; the second seed notes that setting one up is costly).
 */
public enum Hosting {
    ON_PREMISES,
    CLOUD,
    KUBERNETES;

    /** {@code on-premises}, {@code cloud} or {@code kubernetes}. */
    public String code() {
        return Codes.of(this);
    }
}
