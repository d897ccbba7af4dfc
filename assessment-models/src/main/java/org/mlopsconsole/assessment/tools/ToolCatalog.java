package org.mlopsconsole.assessment.tools;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.internal.CatalogResources;
import org.mlopsconsole.assessment.internal.DocumentFields;

/**
 * The tools the two literature reviews name and the example tools of Kreuzberger et al.'s nine
 * components, each with its components, activities, licence and hosting ({@code catalog/tools.json}).
 */
public final class ToolCatalog {

    public static final String FORMAT = "mlops-console-tools";
    public static final int FORMAT_VERSION = 1;

    private static final String FILE = "tools.json";
    private static final Set<String> ROOT_FIELDS = Set.of("format", "formatVersion", "tools");
    private static final Set<String> TOOL_FIELDS =
            Set.of("id", "name", "aliases", "description", "components", "activities", "license", "hosting", "source");

    private static final class Bundled {
        static final ToolCatalog INSTANCE = parse("catalog/" + FILE, CatalogResources.read(FILE));
    }

    private final List<Tool> tools;

    private ToolCatalog(List<Tool> tools) {
        this.tools = List.copyOf(tools);
    }

    public static ToolCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads a tool catalog; throws {@link org.mlopsconsole.assessment.DocumentValidationException}. */
    public static ToolCatalog parse(String file, String json) {
        return DocumentFields.read(file, json, "tool catalog", FORMAT, FORMAT_VERSION, ToolCatalog::read);
    }

    public List<Tool> tools() {
        return tools;
    }

    public Optional<Tool> find(String id) {
        return tools.stream().filter(tool -> tool.id().equals(id)).findFirst();
    }

    /** The tool whose name or alias is {@code name}, ignoring case. */
    public Optional<Tool> findByName(String name) {
        return tools.stream().filter(tool -> tool.isCalled(name)).findFirst();
    }

    /** The tools providing {@code component} with {@code support}, in catalog order. */
    public List<Tool> providing(Component component, Support support) {
        return tools.stream()
                .filter(tool -> tool.support(component).orElse(null) == support)
                .toList();
    }

    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        tools.forEach(tool -> ids.add(tool.id()));
        return ids;
    }

    private static ToolCatalog read(DocumentFields fields) {
        JsonNode root = fields.root();
        fields.unknownFields(root, "", ROOT_FIELDS);
        List<Tool> tools = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        fields.forEachElement(root, "", "tools", (node, at) -> {
            fields.unknownFields(node, at, TOOL_FIELDS);
            String id = fields.requiredText(node, at, "id");
            fields.unique(id, ids, child(at, "id"), "tool");
            tools.add(new Tool(
                    id,
                    fields.requiredText(node, at, "name"),
                    fields.texts(node, at, "aliases"),
                    fields.requiredText(node, at, "description"),
                    ToolFields.components(fields, node, at),
                    ToolFields.activities(fields, node, at),
                    ToolFields.license(fields, node, at),
                    ToolFields.hosting(fields, node, at),
                    fields.requiredText(node, at, "source")));
        });
        return new ToolCatalog(tools);
    }
}
