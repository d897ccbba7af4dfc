package org.mlopsconsole.assessment.tools;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.internal.Codes;
import org.mlopsconsole.assessment.internal.DocumentFields;
import org.mlopsconsole.assessment.roles.ActivityCatalog;

/** Reads the fields the tool catalog and inventories share: components, activities, licence, hosting. */
final class ToolFields {

    private ToolFields() {}

    /** {@code "components": {"C6": "full", "C9": "partial"}}. */
    static Map<Component, Support> components(DocumentFields fields, JsonNode node, String pointer) {
        Map<Component, Support> components = new EnumMap<>(Component.class);
        fields.forEachMember(node, pointer, "components", (code, value, at) -> {
            Optional<Component> component = Component.of(code);
            Optional<Support> support =
                    value.isTextual() ? Codes.parse(Support.class, value.asText()) : Optional.empty();
            if (component.isEmpty()) {
                fields.add(at, "unknown component \"" + code + "\"; use C1 to C9 (Kreuzberger et al.)");
            } else if (support.isEmpty()) {
                fields.add(at, "support must be \"full\" or \"partial\", not " + value);
            } else {
                components.put(component.get(), support.get());
            }
        });
        return components;
    }

    /** Activity ids, each one of the lifecycle activities catalog. */
    static List<String> activities(DocumentFields fields, JsonNode node, String pointer) {
        List<String> activities = fields.texts(node, pointer, "activities");
        Set<String> known = ActivityCatalog.bundled().ids();
        for (int i = 0; i < activities.size(); i++) {
            if (!known.contains(activities.get(i))) {
                fields.add(
                        child(child(pointer, "activities"), i),
                        "unknown activity \"" + activities.get(i) + "\"; known: " + String.join(", ", known));
            }
        }
        return activities.stream().filter(known::contains).toList();
    }

    static License license(DocumentFields fields, JsonNode node, String pointer) {
        String code = fields.requiredText(node, pointer, "license");
        Optional<License> license = Codes.parse(License.class, code);
        if (license.isEmpty() && !code.isEmpty()) {
            fields.add(child(pointer, "license"), "license must be " + Codes.choices(License.class));
        }
        return license.orElse(License.COMMERCIAL);
    }

    static Set<Hosting> hosting(DocumentFields fields, JsonNode node, String pointer) {
        if (node.path("hosting").isMissingNode()) {
            fields.add(pointer, "required field \"hosting\" is missing");
        }
        Set<Hosting> hosting = EnumSet.noneOf(Hosting.class);
        List<String> codes = fields.texts(node, pointer, "hosting");
        for (int i = 0; i < codes.size(); i++) {
            Optional<Hosting> parsed = Codes.parse(Hosting.class, codes.get(i));
            if (parsed.isEmpty()) {
                fields.add(child(child(pointer, "hosting"), i), "hosting must be " + Codes.choices(Hosting.class));
            }
            parsed.ifPresent(hosting::add);
        }
        return hosting;
    }
}
