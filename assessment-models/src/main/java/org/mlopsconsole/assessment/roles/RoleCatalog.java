package org.mlopsconsole.assessment.roles;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.internal.CatalogResources;
import org.mlopsconsole.assessment.internal.DocumentFields;

/**
 * The roles of the MLOps literature, in the sets their publications define: the survey's five
 * common profiles, Kreuzberger et al.'s seven, and the sets of Karlaš, Souza and Liu as the survey
 * describes them ({@code catalog/roles.json}).
 */
public final class RoleCatalog {

    public static final String FORMAT = "mlops-console-roles";
    public static final int FORMAT_VERSION = 1;

    private static final String FILE = "roles.json";
    private static final Set<String> ROOT_FIELDS = Set.of("format", "formatVersion", "roleSets", "roles");
    private static final Set<String> SET_FIELDS = Set.of("id", "name", "source");
    private static final Set<String> ROLE_FIELDS =
            Set.of("id", "roleSet", "name", "description", "synonyms", "commonProfile");

    private static final class Bundled {
        static final RoleCatalog INSTANCE = parse("catalog/" + FILE, CatalogResources.read(FILE));
    }

    private final List<RoleSet> roleSets;
    private final List<Role> roles;

    private RoleCatalog(List<RoleSet> roleSets, List<Role> roles) {
        this.roleSets = List.copyOf(roleSets);
        this.roles = List.copyOf(roles);
    }

    public static RoleCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads a roles catalog; throws {@link org.mlopsconsole.assessment.DocumentValidationException}. */
    public static RoleCatalog parse(String file, String json) {
        return DocumentFields.read(file, json, "roles catalog", FORMAT, FORMAT_VERSION, RoleCatalog::read);
    }

    public List<RoleSet> roleSets() {
        return roleSets;
    }

    public List<Role> roles() {
        return roles;
    }

    /** The roles of one set, in catalog order. */
    public List<Role> roles(String roleSetId) {
        return roles.stream().filter(role -> role.roleSet().equals(roleSetId)).toList();
    }

    public Optional<Role> find(String id) {
        return roles.stream().filter(role -> role.id().equals(id)).findFirst();
    }

    /**
     * The catalog role a participant's saved role stands for: its id ("kreuzberger-data-scientist"),
     * or, as older workspaces saved the role typed in, its name in any case ("Data scientist": the
     * first role of that name in catalog order); empty for other text, which stays the participant's
     * own words.
     */
    public Optional<Role> recognize(String saved) {
        String text = saved.strip();
        return find(text)
                .or(() -> roles.stream()
                        .filter(role -> role.name().equalsIgnoreCase(text))
                        .findFirst());
    }

    public Optional<RoleSet> roleSet(String id) {
        return roleSets.stream().filter(set -> set.id().equals(id)).findFirst();
    }

    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        roles.forEach(role -> ids.add(role.id()));
        return ids;
    }

    private static RoleCatalog read(DocumentFields fields) {
        JsonNode root = fields.root();
        fields.unknownFields(root, "", ROOT_FIELDS);
        Map<String, RoleSet> sets = new LinkedHashMap<>();
        fields.forEachElement(root, "", "roleSets", (node, at) -> {
            fields.unknownFields(node, at, SET_FIELDS);
            RoleSet set = new RoleSet(
                    fields.requiredText(node, at, "id"),
                    fields.requiredText(node, at, "name"),
                    fields.requiredText(node, at, "source"));
            if (sets.putIfAbsent(set.id(), set) != null) {
                fields.add(at + "/id", "duplicate role set id \"" + set.id() + "\"");
            }
        });
        List<Role> roles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        fields.forEachElement(root, "", "roles", (node, at) -> {
            fields.unknownFields(node, at, ROLE_FIELDS);
            String id = fields.requiredText(node, at, "id");
            fields.unique(id, ids, child(at, "id"), "role");
            String setId = fields.requiredText(node, at, "roleSet");
            RoleSet set = sets.get(setId);
            if (set == null && !setId.isEmpty()) {
                fields.add(child(at, "roleSet"), "unknown role set \"" + setId + "\"; known: " + sets.keySet());
            }
            String profile = fields.optionalText(node, at, "commonProfile");
            roles.add(new Role(
                    id,
                    fields.requiredText(node, at, "name"),
                    setId,
                    fields.requiredText(node, at, "description"),
                    fields.texts(node, at, "synonyms"),
                    profile.isEmpty() ? Optional.empty() : Optional.of(profile),
                    set == null ? "" : set.source()));
        });
        checkProfiles(fields, roles);
        return new RoleCatalog(List.copyOf(sets.values()), roles);
    }

    /** A role's common profile must be a role of the catalog that has none itself. */
    private static void checkProfiles(DocumentFields fields, List<Role> roles) {
        Set<String> profiles = new HashSet<>();
        roles.stream().filter(role -> role.commonProfile().isEmpty()).forEach(role -> profiles.add(role.id()));
        for (int i = 0; i < roles.size(); i++) {
            Optional<String> profile = roles.get(i).commonProfile();
            if (profile.isPresent() && !profiles.contains(profile.get())) {
                fields.add(
                        "/roles/" + i + "/commonProfile",
                        "\"" + profile.get() + "\" is not a common profile of the catalog");
            }
        }
    }
}
