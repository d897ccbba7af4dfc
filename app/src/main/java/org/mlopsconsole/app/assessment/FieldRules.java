package org.mlopsconsole.app.assessment;

import java.util.Optional;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.Names;

/** The inline form checks: the same rules the repositories enforce, as messages instead of throws. */
final class FieldRules {

    private FieldRules() {}

    /** Why {@code value} cannot be saved as {@code field}; empty when it can. */
    static Optional<String> nameProblem(String field, String value) {
        try {
            Names.require(field, value);
            return Optional.empty();
        } catch (EngagementException e) {
            return Optional.of(e.getMessage());
        }
    }
}
