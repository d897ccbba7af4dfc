package org.mlopsconsole.assessment.challenges;

import java.util.List;
import org.mlopsconsole.assessment.internal.Codes;

/**
 * A challenge of operationalizing ML models, from the literature.
 *
 * @param threatens the assessment dimensions that suffer when it is not handled
 */
public record Challenge(
        String id, String name, Area area, String description, List<DimensionRef> threatens, String source) {

    public Challenge {
        threatens = List.copyOf(threatens);
    }

    /** The groups of the second seed's sections 5.2 and 5.4, and Lwakatare et al.'s quality attributes. */
    public enum Area {
        PACKAGING_INTEGRATION,
        SERVING,
        EDGE,
        MONITORING,
        TOOLING_GAP,
        QUALITY_ATTRIBUTE;

        /** {@code packaging-integration}, {@code serving}, …, as in the catalog file. */
        public String code() {
            return Codes.of(this);
        }
    }
}
