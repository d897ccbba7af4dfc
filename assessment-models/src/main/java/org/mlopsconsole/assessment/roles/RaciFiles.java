package org.mlopsconsole.assessment.roles;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mlopsconsole.assessment.internal.DocumentFields;
import org.mlopsconsole.assessment.internal.JsonText;

/**
 * RACI files ({@code "format": "mlops-console-raci"}, docs/roles-and-tools-format.md): roles and
 * activities by catalog id or defined in the file, people with their roles, and the grid as
 * activity → role → letters such as {@code "RA"}. Reading reports every problem with its place.
 */
public final class RaciFiles {

    public static final String FORMAT = "mlops-console-raci";
    public static final int FORMAT_VERSION = 1;
    private static final String KIND = "RACI";

    private static final Set<String> ROOT_FIELDS =
            Set.of("format", "formatVersion", "name", "roles", "activities", "people", "grid");
    private static final Set<String> ROLE_FIELDS = Set.of("id", "name", "description");
    private static final Set<String> ACTIVITY_FIELDS =
            Set.of("id", "name", "description", "releaseGate", "deploysModels");
    private static final Set<String> PERSON_FIELDS = Set.of("id", "name", "roles");

    private RaciFiles() {}

    /** The RACI in {@code file}; throws {@link org.mlopsconsole.assessment.DocumentValidationException}. */
    public static Raci read(Path file) {
        return DocumentFields.readFile(file, KIND, FORMAT, FORMAT_VERSION, RaciFiles::read);
    }

    /** The RACI in {@code json}; {@code file} names it in errors. */
    public static Raci parse(String file, String json) {
        return DocumentFields.read(file, json, KIND, FORMAT, FORMAT_VERSION, RaciFiles::read);
    }

    /** The file form of {@code raci}: catalog roles and activities by id, custom ones in full. */
    public static String json(Raci raci) {
        ObjectNode root = JsonText.document(FORMAT, FORMAT_VERSION);
        root.put("name", raci.name());
        ArrayNode roles = root.putArray("roles");
        raci.roles().forEach(role -> {
            if (role.isCustom()) {
                roles.addObject().put("id", role.id()).put("name", role.name()).put("description", role.description());
            } else {
                roles.add(role.id());
            }
        });
        ArrayNode activities = root.putArray("activities");
        raci.activities().forEach(activity -> {
            if (activity.stage() == Activity.Stage.CUSTOM) {
                activities
                        .addObject()
                        .put("id", activity.id())
                        .put("name", activity.name())
                        .put("description", activity.description())
                        .put("releaseGate", activity.releaseGate())
                        .put("deploysModels", activity.deploysModels());
            } else {
                activities.add(activity.id());
            }
        });
        ArrayNode people = root.putArray("people");
        raci.people().forEach(person -> {
            ObjectNode node = people.addObject().put("id", person.id()).put("name", person.name());
            person.roles().forEach(node.putArray("roles")::add);
        });
        ObjectNode grid = root.putObject("grid");
        raci.activities().forEach(activity -> {
            ObjectNode row = grid.putObject(activity.id());
            raci.roles().forEach(role -> {
                String letters = letters(raci.cell(activity.id(), role.id()));
                if (!letters.isEmpty()) {
                    row.put(role.id(), letters);
                }
            });
        });
        return JsonText.write(root);
    }

    /** "RA": the letters of a cell in R, A, C, I order. */
    public static String letters(Set<Responsibility> cell) {
        StringBuilder letters = new StringBuilder();
        cell.stream().sorted().forEach(letter -> letters.append(letter.letter()));
        return letters.toString();
    }

    private static Raci read(DocumentFields fields) {
        JsonNode root = fields.root();
        fields.unknownFields(root, "", ROOT_FIELDS);
        String name = fields.requiredText(root, "", "name");
        RoleCatalog roleCatalog = RoleCatalog.bundled();
        ActivityCatalog activityCatalog = ActivityCatalog.bundled();
        Set<String> roleIds = new HashSet<>();
        List<Role> roles = entries(fields, "roles", "role", roleIds, roleCatalog::find, (node, at) -> {
            fields.unknownFields(node, at, ROLE_FIELDS);
            return Role.custom(
                    fields.requiredText(node, at, "id"),
                    fields.requiredText(node, at, "name"),
                    fields.optionalText(node, at, "description"));
        });
        Set<String> activityIds = new HashSet<>();
        List<Activity> activities =
                entries(fields, "activities", "activity", activityIds, activityCatalog::find, (node, at) -> {
                    fields.unknownFields(node, at, ACTIVITY_FIELDS);
                    return Activity.custom(
                            fields.requiredText(node, at, "id"),
                            fields.requiredText(node, at, "name"),
                            fields.optionalText(node, at, "description"),
                            fields.optionalBoolean(node, at, "releaseGate"),
                            fields.optionalBoolean(node, at, "deploysModels"));
                });
        List<Person> people = people(fields, roleIds);
        Map<String, Map<String, Set<Responsibility>>> grid = grid(fields, activityIds, roleIds);
        return fields.errors().isEmpty() ? new Raci(name, roles, activities, people, grid) : null;
    }

    /**
     * Catalog entries by id (a string) or the file's own (an object), each id once. Every id
     * written goes into {@code declared}, even a wrong one, so that its uses are not errors too.
     */
    private static <T> List<T> entries(
            DocumentFields fields,
            String field,
            String what,
            Set<String> declared,
            Function<String, Optional<T>> catalog,
            CustomReader<T> custom) {
        JsonNode root = fields.root();
        if (root.path(field).isMissingNode()) {
            fields.add("", "required field \"" + field + "\" is missing");
        }
        List<T> entries = new ArrayList<>();
        fields.forEachElement(root, "", field, (node, at) -> {
            if (node.isTextual()) {
                Optional<T> known = catalog.apply(node.asText());
                if (known.isEmpty()) {
                    fields.add(
                            at,
                            "unknown " + what + " \"" + node.asText() + "\": not in the catalog (define it here as an"
                                    + " object with \"id\" and \"name\")");
                }
                fields.unique(node.asText(), declared, at, what);
                known.ifPresent(entries::add);
            } else if (node.isObject()) {
                String id = node.path("id").asText("");
                if (catalog.apply(id).isPresent()) {
                    fields.add(
                            child(at, "id"),
                            "\"" + id + "\" is a catalog " + what + "; name it as the string \"" + id + "\"");
                }
                fields.unique(id, declared, child(at, "id"), what);
                entries.add(custom.read(node, at));
            } else {
                fields.add(at, "a " + what + " is a catalog id (text) or an object with \"id\" and \"name\"");
            }
        });
        return entries;
    }

    private static List<Person> people(DocumentFields fields, Set<String> roleIds) {
        List<Person> people = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        fields.forEachElement(fields.root(), "", "people", (node, at) -> {
            if (!node.isObject()) {
                fields.add(at, "a person is an object with \"id\", \"name\" and \"roles\"");
                return;
            }
            fields.unknownFields(node, at, PERSON_FIELDS);
            String id = fields.requiredText(node, at, "id");
            fields.unique(id, ids, child(at, "id"), "person");
            List<String> roles = fields.texts(node, at, "roles");
            for (int i = 0; i < roles.size(); i++) {
                if (!roleIds.contains(roles.get(i))) {
                    fields.add(
                            child(child(at, "roles"), i),
                            "role \"" + roles.get(i) + "\" is not one of this RACI's roles");
                }
            }
            people.add(new Person(id, fields.requiredText(node, at, "name"), roles));
        });
        return people;
    }

    private static Map<String, Map<String, Set<Responsibility>>> grid(
            DocumentFields fields, Set<String> activityIds, Set<String> roleIds) {
        Map<String, Map<String, Set<Responsibility>>> grid = new LinkedHashMap<>();
        if (fields.root().path("grid").isMissingNode()) {
            fields.add("", "required field \"grid\" is missing (use {} for an empty grid)");
        }
        fields.forEachMember(fields.root(), "", "grid", (activity, row, rowAt) -> {
            if (!activityIds.contains(activity)) {
                fields.add(rowAt, "activity \"" + activity + "\" is not one of this RACI's activities");
                return;
            }
            if (!row.isObject()) {
                fields.add(rowAt, "a grid row is an object of role id → letters, such as {\"ml-engineer\": \"RA\"}");
                return;
            }
            Map<String, Set<Responsibility>> cells = new LinkedHashMap<>();
            row.fields().forEachRemaining(cell -> {
                String at = child(rowAt, cell.getKey());
                if (!roleIds.contains(cell.getKey())) {
                    fields.add(at, "role \"" + cell.getKey() + "\" is not one of this RACI's roles");
                } else {
                    cells.put(cell.getKey(), letters(fields, cell.getValue(), at));
                }
            });
            grid.put(activity, cells);
        });
        return grid;
    }

    private static Set<Responsibility> letters(DocumentFields fields, JsonNode value, String at) {
        Set<Responsibility> letters = EnumSet.noneOf(Responsibility.class);
        if (!value.isTextual()) {
            fields.add(at, "a cell is text made of the letters R, A, C and I, such as \"RA\"");
            return letters;
        }
        for (char letter : value.asText().toCharArray()) {
            Optional<Responsibility> parsed = Responsibility.of(letter);
            if (parsed.isEmpty()) {
                fields.add(at, "'" + letter + "' in \"" + value.asText() + "\" is not a RACI letter; use R, A, C, I");
            } else if (!letters.add(parsed.get())) {
                fields.add(at, "'" + letter + "' appears twice in \"" + value.asText() + "\"");
            }
        }
        return letters;
    }

    @FunctionalInterface
    private interface CustomReader<T> {
        T read(JsonNode node, String pointer);
    }
}
