package org.mlopsconsole.runtime;

/** Where a model version stands in its promotion. */
public enum ModelStage {
    NONE,
    STAGING,
    PRODUCTION
}
