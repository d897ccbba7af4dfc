package org.mlopsconsole.assessment.roles;

/** A published set of roles, such as Kreuzberger et al.'s seven; {@code source} cites it. */
public record RoleSet(String id, String name, String source) {

    /** The set of roles a RACI defines for itself, outside the catalog. */
    public static final RoleSet CUSTOM = new RoleSet("custom", "Custom roles", "defined in the RACI file");
}
