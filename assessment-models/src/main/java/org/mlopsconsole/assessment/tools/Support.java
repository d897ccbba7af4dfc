package org.mlopsconsole.assessment.tools;

import org.mlopsconsole.assessment.internal.Codes;

/**
 * How much of a component's job a tool does. {@code FULL}: the job as Kreuzberger et al. describe
 * it (MLflow as a model registry). {@code PARTIAL}: part of it (object storage such as Amazon S3,
 * which stores models but keeps no stages or lineage: the paper's "simple" registry; Flask, a REST
 * layer without the rest of serving), or a tool the client uses for part of the job only.
 */
public enum Support {
    FULL,
    PARTIAL;

    /** {@code full} or {@code partial}. */
    public String code() {
        return Codes.of(this);
    }
}
