package org.mlopsconsole.workspace;

import java.time.Duration;

/** One dimension on an assessment's workshop agenda and the time set aside for it. */
public record AgendaSlot(String dimensionId, Duration budget) {

    public AgendaSlot {
        if (dimensionId.isBlank()) {
            throw new IllegalArgumentException("An agenda slot names its dimension");
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("The time for '" + dimensionId + "' must be more than zero");
        }
    }
}
