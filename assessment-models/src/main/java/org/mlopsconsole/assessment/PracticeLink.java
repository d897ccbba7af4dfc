package org.mlopsconsole.assessment;

/**
 * A question's link to a practice of the catalog. A {@code PRIMARY} link means the practice being
 * in place satisfies the question, so the crosswalk derives the question's rating from it; a
 * {@code RELATED} link is shown but never changes a derived rating.
 */
public record PracticeLink(String practice, Kind kind, String rationale) {

    public enum Kind {
        PRIMARY,
        RELATED;

        /** {@code primary} or {@code related}, as in model files. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A link written as a bare practice id: primary, with no rationale. */
    public static PracticeLink primary(String practice) {
        return new PracticeLink(practice, Kind.PRIMARY, "");
    }

    public boolean isPrimary() {
        return kind == Kind.PRIMARY;
    }
}
