package org.mlopsconsole.assessment.roles;

import java.util.List;
import java.util.Optional;

/**
 * A role of the catalog or of one RACI.
 *
 * @param roleSet the id of the {@link RoleSet} it belongs to ({@code custom} for a RACI's own)
 * @param synonyms other titles the source gives for the same role
 * @param commonProfile the survey's common profile this role falls under (our reading, see the
 *     format document); empty for the common profiles themselves and for custom roles
 * @param source the publication the role comes from
 */
public record Role(
        String id,
        String name,
        String roleSet,
        String description,
        List<String> synonyms,
        Optional<String> commonProfile,
        String source) {

    public Role {
        synonyms = List.copyOf(synonyms);
    }

    /** A role a RACI defines for itself. */
    public static Role custom(String id, String name, String description) {
        return new Role(
                id, name, RoleSet.CUSTOM.id(), description, List.of(), Optional.empty(), RoleSet.CUSTOM.source());
    }

    public boolean isCustom() {
        return RoleSet.CUSTOM.id().equals(roleSet);
    }
}
