package org.mlopsconsole.assessment.tools;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.internal.DocumentFields;
import org.mlopsconsole.assessment.internal.JsonText;

/**
 * Tool inventory files ({@code "format": "mlops-console-tool-inventory"},
 * docs/roles-and-tools-format.md): catalog tools by {@code "tool"} id, optionally with the
 * components the client uses them for; the client's own tools with {@code "id"}, {@code "name"}
 * and their components; and the client's constraints. Reading reports every problem with its place.
 */
public final class InventoryFiles {

    public static final String FORMAT = "mlops-console-tool-inventory";
    public static final int FORMAT_VERSION = 1;
    private static final String KIND = "tool inventory";

    private static final Set<String> ROOT_FIELDS = Set.of("format", "formatVersion", "name", "constraints", "tools");
    private static final Set<String> CONSTRAINT_FIELDS =
            Set.of("openSourceOnly", "onPremisesOnly", "kubernetesAvailable");
    private static final Set<String> CATALOG_TOOL_FIELDS = Set.of("tool", "components", "activities", "notes");
    private static final Set<String> CUSTOM_TOOL_FIELDS = Set.of("id", "name", "components", "activities", "notes");

    private InventoryFiles() {}

    /** The inventory in {@code file}; throws {@link org.mlopsconsole.assessment.DocumentValidationException}. */
    public static ToolInventory read(Path file) {
        return DocumentFields.readFile(file, KIND, FORMAT, FORMAT_VERSION, InventoryFiles::read);
    }

    public static ToolInventory parse(String file, String json) {
        return DocumentFields.read(file, json, KIND, FORMAT, FORMAT_VERSION, InventoryFiles::read);
    }

    /** The file form: catalog tools by id, with their components only where they differ. */
    public static String json(ToolInventory inventory) {
        ObjectNode root = JsonText.document(FORMAT, FORMAT_VERSION);
        root.put("name", inventory.name());
        ToolConstraints constraints = inventory.constraints();
        root.putObject("constraints")
                .put("openSourceOnly", constraints.openSourceOnly())
                .put("onPremisesOnly", constraints.onPremisesOnly())
                .put("kubernetesAvailable", constraints.kubernetesAvailable());
        ArrayNode tools = root.putArray("tools");
        ToolCatalog catalog = ToolCatalog.bundled();
        inventory.tools().forEach(tool -> {
            ObjectNode node = tools.addObject();
            Optional<Tool> known = tool.catalogTool().flatMap(catalog::find);
            if (known.isPresent()) {
                node.put("tool", known.get().id());
            } else {
                node.put("id", tool.id()).put("name", tool.name());
            }
            if (known.isEmpty() || !known.get().components().equals(tool.components())) {
                ObjectNode components = node.putObject("components");
                tool.components().forEach((component, support) -> components.put(component.code(), support.code()));
            }
            if (known.isEmpty() || !known.get().activities().equals(tool.activities())) {
                tool.activities().forEach(node.putArray("activities")::add);
            }
            if (!tool.notes().isEmpty()) {
                node.put("notes", tool.notes());
            }
        });
        return JsonText.write(root);
    }

    private static ToolInventory read(DocumentFields fields) {
        JsonNode root = fields.root();
        fields.unknownFields(root, "", ROOT_FIELDS);
        String name = fields.requiredText(root, "", "name");
        ToolConstraints constraints = constraints(fields, root.path("constraints"));
        if (root.path("tools").isMissingNode()) {
            fields.add("", "required field \"tools\" is missing (use [] for a client without tools)");
        }
        List<InventoryTool> tools = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        fields.forEachElement(root, "", "tools", (node, at) -> {
            if (!node.isObject()) {
                fields.add(at, "a tool is an object: {\"tool\": \"<catalog id>\"} or {\"id\": …, \"name\": …}");
                return;
            }
            InventoryTool tool = node.has("tool") ? catalogTool(fields, node, at) : customTool(fields, node, at);
            fields.unique(tool.id(), ids, at, "tool");
            tools.add(tool);
        });
        return fields.errors().isEmpty() ? new ToolInventory(name, tools, constraints) : null;
    }

    private static ToolConstraints constraints(DocumentFields fields, JsonNode node) {
        if (node.isMissingNode()) {
            return ToolConstraints.NONE;
        }
        if (!node.isObject()) {
            fields.add("/constraints", "\"constraints\" must be an object");
            return ToolConstraints.NONE;
        }
        fields.unknownFields(node, "/constraints", CONSTRAINT_FIELDS);
        boolean kubernetes =
                !node.has("kubernetesAvailable") || fields.optionalBoolean(node, "/constraints", "kubernetesAvailable");
        return new ToolConstraints(
                fields.optionalBoolean(node, "/constraints", "openSourceOnly"),
                fields.optionalBoolean(node, "/constraints", "onPremisesOnly"),
                kubernetes);
    }

    private static InventoryTool catalogTool(DocumentFields fields, JsonNode node, String at) {
        fields.unknownFields(node, at, CATALOG_TOOL_FIELDS);
        String id = fields.requiredText(node, at, "tool");
        Optional<Tool> tool = ToolCatalog.bundled().find(id);
        if (tool.isEmpty() && !id.isEmpty()) {
            fields.add(
                    child(at, "tool"),
                    "unknown catalog tool \"" + id + "\"; describe it with \"id\", \"name\" and \"components\"");
        }
        Map<Component, Support> components = node.has("components")
                ? ToolFields.components(fields, node, at)
                : tool.map(Tool::components).orElse(Map.of());
        List<String> activities = node.has("activities")
                ? ToolFields.activities(fields, node, at)
                : tool.map(Tool::activities).orElse(List.of());
        return new InventoryTool(
                id,
                tool.map(Tool::name).orElse(id),
                Optional.of(id),
                components,
                activities,
                fields.optionalText(node, at, "notes"));
    }

    private static InventoryTool customTool(DocumentFields fields, JsonNode node, String at) {
        fields.unknownFields(node, at, CUSTOM_TOOL_FIELDS);
        String id = fields.requiredText(node, at, "id");
        if (ToolCatalog.bundled().find(id).isPresent()) {
            fields.add(child(at, "id"), "\"" + id + "\" is a catalog tool; write {\"tool\": \"" + id + "\"}");
        }
        if (!node.has("components")) {
            fields.add(at, "required field \"components\" is missing (use {} for a tool that is no component)");
        }
        return new InventoryTool(
                id,
                fields.requiredText(node, at, "name"),
                Optional.empty(),
                ToolFields.components(fields, node, at),
                ToolFields.activities(fields, node, at),
                fields.optionalText(node, at, "notes"));
    }
}
