package org.mlopsconsole.assessment.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tools of one client, with the constraints its suggestions must respect. */
public record ToolInventory(String name, List<InventoryTool> tools, ToolConstraints constraints) {

    /** @throws IllegalArgumentException when two tools share an id */
    public ToolInventory {
        tools = List.copyOf(tools);
        Set<String> ids = new HashSet<>();
        tools.forEach(tool -> {
            if (!ids.add(tool.id())) {
                throw new IllegalArgumentException("duplicate tool id \"" + tool.id() + "\" in the inventory");
            }
        });
    }

    public Optional<InventoryTool> tool(String id) {
        return tools.stream().filter(tool -> tool.id().equals(id)).findFirst();
    }

    /** Whether the inventory holds the catalog tool {@code catalogId}. */
    public boolean uses(String catalogId) {
        return tools.stream()
                .anyMatch(tool -> tool.catalogTool().filter(catalogId::equals).isPresent());
    }
}
